import type { WorkflowError } from '../../errors';
import type { PersistedWorkflowSnapshot } from '../machines/snapshot-codec';
import type { Actor, AuditEvent, Effect, ItemFacts, ReviewPolicy, WorkflowEvent, WorkflowStatus } from '../types';

/** A snapshot as the caller stored it, with its optimistic-locking version. */
export interface StoredWorkflow {
  readonly snapshot: PersistedWorkflowSnapshot | string;
  readonly version: number;
}

/** What every command needs besides the event: the stored snapshot, who acts, the facts and the time. */
export interface CommandContext {
  readonly stored: StoredWorkflow;
  /** The version the caller read; a different stored version means someone else wrote first. */
  readonly expectedVersion?: number;
  readonly actor: Actor;
  readonly item: ItemFacts;
  /** Injected time; the engine never reads a clock. */
  readonly now: Date;
  readonly policy?: ReviewPolicy;
}

export interface ApplyEventInput extends CommandContext {
  readonly event: WorkflowEvent;
}

export interface CommandSuccess {
  readonly ok: true;
  /** Persist this JSON together with `version`, the audit event and the effects, in one transaction. */
  readonly snapshot: PersistedWorkflowSnapshot;
  readonly version: number;
  readonly state: WorkflowStatus;
  readonly audit: AuditEvent;
  /** Run after commit only (outbox). */
  readonly effects: readonly Effect[];
}

export interface CommandFailure {
  readonly ok: false;
  readonly error: WorkflowError;
}

export type CommandResult = CommandSuccess | CommandFailure;
