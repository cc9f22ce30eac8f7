import { failure, passed, type Rule } from './rule';

/** Every level the catalogue requires for the category (department review always) is signed in this round. */
export const allReviewLevelsPassed: Rule = {
  name: 'allReviewLevelsPassed',
  needsPayload: false,
  check: ({ item, context }) => {
    const required = new Set(['department', ...item.reviewLevels] as const);
    const missing = [...required].filter((level) => context.approvals[level] === undefined);
    return missing.length === 0
      ? passed
      : failure(
          'allReviewLevelsPassed',
          'REVIEW_LEVEL_MISSING',
          `尚缺审核层级：${missing.join('、')}。`,
          `Review level(s) not yet passed: ${missing.join(', ')}.`,
        );
  },
};
