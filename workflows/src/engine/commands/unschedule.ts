import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Cancels a scheduled publication; the item is approved again. */
export function unschedule(input: CommandContext): CommandResult {
  return applyEvent({ ...input, event: { type: 'publisher.unschedule' } });
}
