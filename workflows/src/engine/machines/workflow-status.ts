import type { StateValue } from 'xstate';
import { revisionStages, workflowStates, type RevisionStage, type WorkflowState, type WorkflowStatus } from '../types';
import type { DisclosureSnapshot } from './snapshot-codec';

/** `draft`, `published.live`, `published.revising.departmentReview`, … */
export function statePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => (child === undefined ? key : `${key}.${statePath(child)}`))
    .join(',');
}

function isWorkflowState(name: string): name is WorkflowState {
  return (workflowStates as readonly string[]).includes(name);
}

function isRevisionStage(name: string): name is RevisionStage {
  return (revisionStages as readonly string[]).includes(name);
}

/** A readable summary of a snapshot: top-level state, revision stage, whether a version is online. */
export function workflowStatus(snapshot: DisclosureSnapshot): WorkflowStatus {
  const [top = '', ...rest] = statePath(snapshot.value).split('.');
  const revision = rest[0] === 'revising' && rest[1] !== undefined && isRevisionStage(rest[1]) ? rest[1] : null;
  if (!isWorkflowState(top)) throw new Error(`Unexpected state ${top}`);
  return {
    state: top,
    revision,
    online: snapshot.context.online !== null,
    postReviewPending: snapshot.context.postReviewPending,
    postReviewDueDate:
      snapshot.context.postReviewPending.length > 0 ? (snapshot.context.emergency?.postReviewDueDate ?? null) : null,
    scheduledAt: snapshot.context.scheduledAt,
  };
}
