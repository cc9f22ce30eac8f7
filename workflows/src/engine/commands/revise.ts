import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Opens a correction of a published item; the published version stays online until the correction is published. */
export function revise(input: CommandContext): CommandResult {
  return applyEvent({ ...input, event: { type: 'editor.revise' } });
}
