import type { PostReviewLevel } from '../types';
import { actorHasRole } from './actor-has-role';
import { actorIsConfidentialityReviewer } from './actor-is-confidentiality-reviewer';
import type { Rule, RuleInput, RuleResult } from './rule';

const leaderRole = actorHasRole('leader');

function checkLevel(level: PostReviewLevel, input: RuleInput): RuleResult {
  return level === 'leader' ? leaderRole.check(input) : actorIsConfidentialityReviewer.check(input);
}

/**
 * The post-publication review of a skipped level is done by someone entitled to that level. Without
 * a level in the event (listing buttons), any pending level the actor may review will do.
 */
export const actorCanPostReview: Rule = {
  name: 'actorCanPostReview',
  needsPayload: false,
  check: (input) => {
    const level = input.event.type === 'reviewer.postReview' ? input.event.level : undefined;
    if (level !== undefined) return checkLevel(level, input);
    const results = input.context.postReviewPending.map((pending) => checkLevel(pending, input));
    return results.find((result) => result.ok) ?? results[0] ?? checkLevel('leader', input);
  },
};
