import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Schedules an approved item for publication at `at`; the scheduler sends `system.publishDue` then. */
export function schedule(input: CommandContext & { at: Date }): CommandResult {
  const at = Number.isNaN(input.at.getTime()) ? 'invalid' : input.at.toISOString();
  return applyEvent({ ...input, event: { type: 'publisher.schedule', publishAt: at } });
}
