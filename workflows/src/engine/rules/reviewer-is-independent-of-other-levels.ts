import type { ReviewLevel } from '../types';
import { failure, passed, type Rule } from './rule';

/**
 * 分级审核 means different eyes at each level: a person who signed one level of this round (or
 * authorised an emergency publication) may not also sign another, even when they hold both roles.
 */
export function reviewerIsIndependentOfOtherLevels(level: ReviewLevel | 'confidentiality' | 'postReview'): Rule {
  const name = `reviewerIsIndependentOfOtherLevels(${level})`;
  return {
    name,
    needsPayload: false,
    check: ({ actor, context }) => {
      const otherSigners = [
        level === 'department' ? undefined : context.approvals.department?.by,
        level === 'leader' ? undefined : context.approvals.leader?.by,
        level === 'confidentiality' ? undefined : context.confidentiality?.reviewerId,
        level === 'postReview' ? context.emergency?.by : undefined,
      ];
      return otherSigners.includes(actor.id)
        ? failure(
            name,
            'ALREADY_REVIEWED_AT_ANOTHER_LEVEL',
            '同一人不能在本轮审核中签署两个审核层级。',
            'The same person may not sign two review levels of one round.',
          )
        : passed;
    },
  };
}
