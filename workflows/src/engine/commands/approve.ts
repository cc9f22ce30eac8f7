import { applyChosenEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Approves at the level under review: the department head in department review, the leader in leader review. */
export function approve(input: CommandContext & { note?: string }): CommandResult {
  const note = input.note === undefined ? {} : { note: input.note };
  return applyChosenEvent(input, (status) =>
    (status.revision ?? status.state) === 'leaderReview'
      ? { type: 'leader.approve', ...note }
      : { type: 'reviewer.approve', ...note },
  );
}
