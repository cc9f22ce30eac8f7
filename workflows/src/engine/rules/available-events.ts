import { eventsHandledIn } from '../machines/events-handled-in';
import { restoreSnapshot, type PersistedWorkflowSnapshot } from '../machines/snapshot-codec';
import {
  defaultReviewPolicy,
  type Actor,
  type ItemFacts,
  type ReviewPolicy,
  type WorkflowEvent,
  type WorkflowEventType,
} from '../types';
import { failuresFor } from './failures-for';

export interface AvailableEventsInput {
  readonly snapshot: PersistedWorkflowSnapshot | string;
  readonly item: ItemFacts;
  readonly actor: Actor;
  readonly now: Date;
  readonly policy?: ReviewPolicy;
}

/**
 * The events this actor may send now: the admin's buttons. Rules about what a form supplies (a
 * reason, a time, a checklist) are left to the form and checked again when the event arrives.
 */
export function availableEvents(input: AvailableEventsInput): WorkflowEventType[] {
  const snapshot = restoreSnapshot(input.snapshot);
  const now = input.now.toISOString();
  return eventsHandledIn(snapshot.value).filter(
    (type) =>
      failuresFor({
        snapshot,
        actor: input.actor,
        item: input.item,
        policy: input.policy ?? defaultReviewPolicy,
        // Payload-free probe; payload rules are skipped below.
        event: { type } as WorkflowEvent,
        now,
        skipPayloadRules: true,
      }).length === 0,
  );
}
