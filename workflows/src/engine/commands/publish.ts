import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Publishes an approved item, or an approved correction (which replaces the online version). */
export function publish(input: CommandContext): CommandResult {
  return applyEvent({ ...input, event: { type: 'publisher.publish' } });
}
