import type { ConfidentialityChecklist } from '../types';
import { applyEvent } from './apply-event';
import type { CommandContext, CommandResult } from './command-types';

/** Records the confidentiality review's conclusion and clears the item. */
export function clearConfidentiality(
  input: CommandContext & { checklist: ConfidentialityChecklist; basis: string; conclusion?: string },
): CommandResult {
  return applyEvent({
    ...input,
    event: {
      type: 'confidentiality.clear',
      checklist: input.checklist,
      basis: input.basis,
      ...(input.conclusion === undefined ? {} : { conclusion: input.conclusion }),
    },
  });
}
