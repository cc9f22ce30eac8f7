import { applyChosenEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Sends a draft to department review; after a return, this is the resubmission. */
export function submit(input: CommandContext): CommandResult {
  return applyChosenEvent(input, (status) =>
    (status.revision ?? status.state) === 'changesRequested' ? { type: 'editor.resubmit' } : { type: 'editor.submit' },
  );
}
