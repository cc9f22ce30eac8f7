import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Takes a published item offline with a public reason (撤回说明). */
export function withdraw(input: CommandContext & { reason: string }): CommandResult {
  return applyEvent({ ...input, event: { type: 'publisher.withdraw', reason: input.reason } });
}
