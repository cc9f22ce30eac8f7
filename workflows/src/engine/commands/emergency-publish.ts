import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/**
 * Publishes after department review without the remaining levels, e.g. an incident's first release.
 * Needs a written reason; the item is flagged and the skipped levels must review it afterwards.
 */
export function emergencyPublish(input: CommandContext & { reason: string }): CommandResult {
  return applyEvent({ ...input, event: { type: 'publisher.emergencyPublish', reason: input.reason } });
}
