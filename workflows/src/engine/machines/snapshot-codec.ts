import type { StateValue } from 'xstate';
import { WorkflowError } from '../../errors';
import type { DisclosureContext } from '../types';
import { disclosureMachine } from './disclosure-machine';

/** A machine snapshot: what `transition()` takes and returns. */
export type DisclosureSnapshot = ReturnType<typeof disclosureMachine.resolveState>;

/**
 * The stored form of a snapshot: plain JSON as `getPersistedSnapshot` produces it. Store it as is;
 * restore it with `restoreSnapshot`.
 */
export interface PersistedWorkflowSnapshot {
  readonly status: string;
  readonly value: StateValue;
  readonly context: DisclosureContext;
  readonly [key: string]: unknown;
}

export function persistSnapshot(snapshot: DisclosureSnapshot): PersistedWorkflowSnapshot {
  // Round-trip through JSON so the caller never holds a reference into xstate's objects.
  return JSON.parse(JSON.stringify(disclosureMachine.getPersistedSnapshot(snapshot))) as PersistedWorkflowSnapshot;
}

const stringFields = ['author', 'createdAt', 'lastEditor'] as const;
const nullableStringFields = ['revisionAuthor', 'submittedBy', 'scheduledAt'] as const;
const objectFields = ['approvals', 'dismissals'] as const;
const nullableObjectFields = ['confidentiality', 'lastReturn', 'online', 'emergency', 'withdrawal'] as const;
const arrayFields = ['postReviewPending', 'postReviews'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function contextProblem(context: unknown): string | null {
  if (!isRecord(context)) return 'context is not an object';
  for (const field of stringFields) if (typeof context[field] !== 'string') return `context.${field} must be a string`;
  for (const field of nullableStringFields)
    if (context[field] !== null && typeof context[field] !== 'string')
      return `context.${field} must be a string or null`;
  for (const field of objectFields) if (!isRecord(context[field])) return `context.${field} must be an object`;
  for (const field of nullableObjectFields)
    if (context[field] !== null && !isRecord(context[field])) return `context.${field} must be an object or null`;
  for (const field of arrayFields) if (!Array.isArray(context[field])) return `context.${field} must be an array`;
  const dueDate = isRecord(context.emergency) ? context.emergency.postReviewDueDate : null;
  if (dueDate !== undefined && dueDate !== null && typeof dueDate !== 'string')
    return 'context.emergency.postReviewDueDate must be a string or null';
  return null;
}

/** Fills in fields added after a snapshot was stored, so old rows restore with their documented defaults. */
function upgradeContext(context: DisclosureContext): DisclosureContext {
  if (context.emergency === null || context.emergency.postReviewDueDate !== undefined) return context;
  return { ...context, emergency: { ...context.emergency, postReviewDueDate: null } };
}

/**
 * Rebuilds a machine snapshot from stored JSON (a string or the parsed object). Anything that is
 * not a snapshot of this machine fails with `INVALID_SNAPSHOT` instead of steering the workflow.
 */
export function restoreSnapshot(stored: unknown): DisclosureSnapshot {
  let persisted: unknown = stored;
  if (typeof stored === 'string') {
    try {
      persisted = JSON.parse(stored);
    } catch (cause) {
      throw new WorkflowError('INVALID_SNAPSHOT', 'The stored snapshot is not valid JSON.', { cause });
    }
  }
  if (!isRecord(persisted) || persisted.status !== 'active') {
    throw new WorkflowError('INVALID_SNAPSHOT', 'The stored snapshot is not an active workflow snapshot.');
  }
  const problem = contextProblem(persisted.context);
  if (problem !== null) {
    throw new WorkflowError('INVALID_SNAPSHOT', `The stored snapshot has an invalid context: ${problem}.`, {
      details: { problem },
    });
  }
  const value = persisted.value;
  if (typeof value !== 'string' && !isRecord(value)) {
    throw new WorkflowError('INVALID_SNAPSHOT', 'The stored snapshot has no state value.');
  }
  try {
    return disclosureMachine.resolveState({
      value: value as StateValue,
      context: upgradeContext(persisted.context as DisclosureContext),
    });
  } catch (cause) {
    throw new WorkflowError('INVALID_SNAPSHOT', 'The stored snapshot names a state this machine does not have.', {
      cause,
    });
  }
}
