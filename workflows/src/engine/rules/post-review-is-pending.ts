import { failure, passed, type Rule } from './rule';

/** A post-publication review is only due for a level an emergency publication skipped. */
export const postReviewIsPending: Rule = {
  name: 'postReviewIsPending',
  needsPayload: false,
  check: ({ event, context }) => {
    const level = event.type === 'reviewer.postReview' ? event.level : undefined;
    const pending =
      level === undefined ? context.postReviewPending.length > 0 : context.postReviewPending.includes(level);
    return pending
      ? passed
      : failure(
          'postReviewIsPending',
          'NO_POST_REVIEW_PENDING',
          '没有待补办的审核。',
          'No post-publication review is pending for this level.',
        );
  },
};
