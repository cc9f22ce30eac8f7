import type { Role } from '../types';
import { failure, passed, rolesIn, type Rule } from './rule';

const roleNames: Record<Role, { zh: string; en: string }> = {
  editor: { zh: '撰稿人', en: 'editor' },
  reviewer: { zh: '科室负责人（审核人）', en: 'department reviewer' },
  leader: { zh: '分管领导', en: 'bureau leader' },
  confidentiality: { zh: '保密审查员', en: 'confidentiality reviewer' },
  publisher: { zh: '发布人', en: 'publisher' },
};

/** The actor holds `role` in the producing department (a role elsewhere does not count). */
export function actorHasRole(role: Role): Rule {
  const name = `actorHasRole(${role})`;
  return {
    name,
    needsPayload: false,
    check: ({ actor, item }) =>
      rolesIn(actor, item.producingDepartment).includes(role)
        ? passed
        : failure(
            name,
            'MISSING_ROLE',
            `需要在制作部门担任“${roleNames[role].zh}”角色。`,
            `Requires the ${roleNames[role].en} role in the producing department.`,
          ),
  };
}

export function roleLabel(role: Role): { zh: string; en: string } {
  return roleNames[role];
}
