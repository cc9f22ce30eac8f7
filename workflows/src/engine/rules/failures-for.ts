import { eventsHandledIn } from '../machines/events-handled-in';
import type { DisclosureSnapshot } from '../machines/snapshot-codec';
import { statePath } from '../machines/workflow-status';
import { workflowEventTypes, type Actor, type ItemFacts, type ReviewPolicy, type WorkflowEvent } from '../types';
import { evaluateRules } from './evaluate-rules';
import { failure, type RuleFailure } from './rule';

export interface FailuresForInput {
  readonly snapshot: DisclosureSnapshot;
  readonly actor: Actor;
  readonly item: ItemFacts;
  readonly policy: ReviewPolicy;
  readonly event: WorkflowEvent;
  readonly now: string;
  readonly skipPayloadRules?: boolean;
}

/** Every reason the event would be refused: the state first, then every failing rule. */
export function failuresFor(input: FailuresForInput): RuleFailure[] {
  const { snapshot, event } = input;
  if (!(workflowEventTypes as readonly string[]).includes(event.type)) {
    return [
      failure(
        'eventIsKnown',
        'UNKNOWN_EVENT',
        `未知的操作：${String(event.type)}。`,
        `Unknown event: ${String(event.type)}.`,
      ),
    ];
  }
  const stateFailures = eventsHandledIn(snapshot.value).includes(event.type)
    ? []
    : [
        failure(
          'eventAllowedInState',
          'EVENT_NOT_ALLOWED_IN_STATE',
          `当前状态（${statePath(snapshot.value)}）不能执行此操作。`,
          `${event.type} is not allowed in state ${statePath(snapshot.value)}.`,
        ),
      ];
  const ruleFailures = evaluateRules(
    { context: snapshot.context, actor: input.actor, item: input.item, policy: input.policy, event, now: input.now },
    { skipPayloadRules: input.skipPayloadRules ?? false },
  );
  return [...stateFailures, ...ruleFailures];
}
