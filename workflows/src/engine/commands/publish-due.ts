import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** The scheduler publishes a scheduled item at or after its time; it can do nothing else. */
export function publishDue(input: CommandContext): CommandResult {
  return applyEvent({ ...input, event: { type: 'system.publishDue' } });
}
