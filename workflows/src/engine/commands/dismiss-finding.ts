import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** The confidentiality reviewer dismisses one scan finding as harmless, with a reason. */
export function dismissFinding(input: CommandContext & { findingId: string; reason: string }): CommandResult {
  return applyEvent({
    ...input,
    event: { type: 'confidentiality.dismissFinding', findingId: input.findingId, reason: input.reason },
  });
}
