import { failure, passed, type Rule } from './rule';

/** 谁制作谁公开: only members of the producing department edit, submit, review and publish an item. */
export const actorBelongsToProducingDepartment: Rule = {
  name: 'actorBelongsToProducingDepartment',
  needsPayload: false,
  check: ({ actor, item }) =>
    actor.system !== true && actor.departments.some((membership) => membership.code === item.producingDepartment)
      ? passed
      : failure(
          'actorBelongsToProducingDepartment',
          'NOT_IN_PRODUCING_DEPARTMENT',
          `只有制作部门（${item.producingDepartment}）的人员可以办理此事项。`,
          `Only members of the producing department (${item.producingDepartment}) may act on this item.`,
        ),
};
