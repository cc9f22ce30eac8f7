import { failure, passed, type Rule } from './rule';

/**
 * Two-person rule, checked on the person rather than the role: nobody approves, clears or
 * post-reviews an item they authored, opened a revision of, edited last or submitted.
 */
export const authorIsNotReviewer: Rule = {
  name: 'authorIsNotReviewer',
  needsPayload: false,
  check: ({ actor, context }) => {
    if (actor.id === context.author || actor.id === context.revisionAuthor) {
      return failure(
        'authorIsNotReviewer',
        'AUTHOR_CANNOT_REVIEW',
        '撰稿人不能审核自己撰写的信息。',
        'The author may not review their own item.',
      );
    }
    if (actor.id === context.lastEditor) {
      return failure(
        'authorIsNotReviewer',
        'LAST_EDITOR_CANNOT_REVIEW',
        '最后修改人不能审核自己修改的信息。',
        'The last editor may not review the item they changed.',
      );
    }
    if (actor.id === context.submittedBy) {
      return failure(
        'authorIsNotReviewer',
        'SUBMITTER_CANNOT_REVIEW',
        '提交人不能审核自己提交的信息。',
        'The person who submitted the item may not review it.',
      );
    }
    return passed;
  },
};
