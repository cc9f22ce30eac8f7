import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Records that the actor changed the draft's content (they become its last editor). */
export function edit(input: CommandContext): CommandResult {
  return applyEvent({ ...input, event: { type: 'editor.edit' } });
}
