import { failure, passed, type Rule } from './rule';

/** Even an emergency publication needs the producing department's own review first (先审核、后发布). */
export const departmentReviewPassed: Rule = {
  name: 'departmentReviewPassed',
  needsPayload: false,
  check: ({ context }) =>
    context.approvals.department !== undefined
      ? passed
      : failure(
          'departmentReviewPassed',
          'DEPARTMENT_REVIEW_MISSING',
          '须先经科室负责人审核。',
          'The department review must be passed first.',
        ),
};
