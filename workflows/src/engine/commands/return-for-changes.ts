import { applyChosenEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Returns the item to its editors from whichever review it is in; a reason is required. */
export function returnForChanges(input: CommandContext & { reason: string }): CommandResult {
  return applyChosenEvent(input, (status) => {
    const stage = status.revision ?? status.state;
    if (stage === 'leaderReview') return { type: 'leader.return', reason: input.reason };
    if (stage === 'confidentialityReview') return { type: 'confidentiality.return', reason: input.reason };
    return { type: 'reviewer.return', reason: input.reason };
  });
}
