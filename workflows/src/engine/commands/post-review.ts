import type { PostReviewLevel } from '../types';
import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Reviews, after publication, a level an emergency publication skipped. */
export function postReview(input: CommandContext & { level: PostReviewLevel; note?: string }): CommandResult {
  return applyEvent({
    ...input,
    event: {
      type: 'reviewer.postReview',
      level: input.level,
      ...(input.note === undefined ? {} : { note: input.note }),
    },
  });
}
