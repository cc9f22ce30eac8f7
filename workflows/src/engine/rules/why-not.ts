import { restoreSnapshot, type PersistedWorkflowSnapshot } from '../machines/snapshot-codec';
import { defaultReviewPolicy, type Actor, type ItemFacts, type ReviewPolicy, type WorkflowEvent } from '../types';
import { failuresFor } from './failures-for';
import type { RuleFailure } from './rule';

export interface WhyNotInput {
  /** The stored snapshot (parsed JSON or the JSON string). */
  readonly snapshot: PersistedWorkflowSnapshot | string;
  readonly item: ItemFacts;
  readonly actor: Actor;
  readonly event: WorkflowEvent;
  /** Passed in, never read from a clock here; schedule rules compare against it. */
  readonly now: Date;
  readonly policy?: ReviewPolicy;
}

/**
 * Every reason `actor` may not send `event` now, including "not allowed in this state"; an empty
 * list means the event would be accepted. Throws `INVALID_SNAPSHOT` for a corrupt snapshot.
 */
export function whyNot(input: WhyNotInput): RuleFailure[] {
  return failuresFor({
    snapshot: restoreSnapshot(input.snapshot),
    actor: input.actor,
    item: input.item,
    policy: input.policy ?? defaultReviewPolicy,
    event: input.event,
    now: input.now.toISOString(),
  });
}
