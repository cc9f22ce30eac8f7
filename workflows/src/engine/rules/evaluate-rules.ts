import { ruleRegistry } from './rule-registry';
import type { RuleFailure, RuleInput } from './rule';

/** Every failing rule of the event, in table order: reasons, not a boolean. */
export function evaluateRules(input: RuleInput, options: { skipPayloadRules?: boolean } = {}): RuleFailure[] {
  const rules = ruleRegistry[input.event.type];
  return rules
    .filter((rule) => !(options.skipPayloadRules === true && rule.needsPayload))
    .map((rule) => rule.check(input))
    .filter((result): result is RuleFailure => !result.ok);
}
