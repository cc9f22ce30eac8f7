import { eventsAwaitedIn, eventsHandledIn } from '../machines/events-handled-in';
import { restoreSnapshot, type PersistedWorkflowSnapshot } from '../machines/snapshot-codec';
import { statePath, workflowStatus } from '../machines/workflow-status';
import {
  defaultReviewPolicy,
  roles,
  type Actor,
  type DisclosureContext,
  type ItemFacts,
  type ReviewPolicy,
  type RevisionStage,
  type Role,
  type WorkflowEvent,
  type WorkflowEventType,
  type WorkflowState,
} from '../types';
import { confidentialityDepartment } from './actor-is-confidentiality-reviewer';
import { failuresFor } from './failures-for';

/** A role in a department that the item waits for, and the events its holders may send there now. */
export interface AwaitedRole {
  readonly role: Role;
  readonly department: string;
  /** In chart order; rules about what a form supplies (a reason, a checklist) are left to the form. */
  readonly events: readonly WorkflowEventType[];
  /** People who hold this role but may not take this step (two-person rule, other review levels). */
  readonly excludedActorIds: readonly string[];
}

/** What happens next to an item and who may do it: the chart and the rule registry read in one place. */
export interface NextStep {
  /** Full state path, e.g. `departmentReview`, `published.revising.confidentialityReview`. */
  readonly stage: string;
  readonly state: WorkflowState;
  readonly revision: RevisionStage | null;
  /**
   * Who acts next: each entry a role in a department and the events they may send there; empty when
   * nothing is pending (published.live without post-review, withdrawn, withheld, releasableOnRequest,
   * scheduled — the scheduler acts). Post-review pending after an emergency publication waits for
   * the leader or the confidentiality reviewer, also while a correction goes through the chain.
   */
  readonly waitingFor: readonly AwaitedRole[];
  /**
   * People who may not take the next review step although their role fits (two-person rule: author,
   * revision author, last editor, submitter, and reviewers of other levels when the rule says so).
   */
  readonly excludedActorIds: readonly string[];
  /** True when the next step belongs to the item's editors (draft, changesRequested, revising.draft/changesRequested). */
  readonly editorsTurn: boolean;
  /** True when content may be edited now (the states in which the chart takes `editor.edit`). */
  readonly editable: boolean;
}

export interface NextStepInput {
  /** The stored snapshot (parsed JSON or the JSON string). */
  readonly snapshot: PersistedWorkflowSnapshot | string;
  readonly item: ItemFacts;
  readonly policy?: ReviewPolicy;
}

/**
 * Who acts next does not depend on the clock: the rules that read the time judge a payload (a
 * schedule) or the scheduler, and neither is a person's pending step.
 */
const timeless = new Date(0).toISOString();

/** An actor id no stored person has, for asking what a role may do regardless of who holds it. */
const anyHolder = '\u0000anyHolder';

/** Everyone the record names: the people the two-person rule may have something against. */
function peopleNamedIn(context: DisclosureContext): string[] {
  const ids = [
    context.author,
    context.revisionAuthor,
    context.lastEditor,
    context.submittedBy,
    context.approvals.department?.by,
    context.approvals.leader?.by,
    context.confidentiality?.reviewerId,
    ...Object.values(context.dismissals).map((dismissal) => dismissal.by),
    context.lastReturn?.by,
    context.emergency?.by,
    ...context.postReviews.map((review) => review.by),
    context.online?.publishedBy,
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * What the item waits for and from whom. The events come from the chart (those the current state
 * handles, less the discretionary choices), the roles and departments from the rule registry: a
 * role is waited for when a holder of only that role, in that department, may send the event now.
 * A person named in the record is excluded when the rules refuse them one of those events. Throws
 * `INVALID_SNAPSHOT` for a corrupt snapshot.
 */
export function nextStep({ snapshot: stored, item, policy = defaultReviewPolicy }: NextStepInput): NextStep {
  const snapshot = restoreSnapshot(stored);
  const status = workflowStatus(snapshot);
  const awaited = eventsAwaitedIn(snapshot.value);
  const departments = [...new Set([item.producingDepartment, confidentialityDepartment(policy, item)])];
  const people = peopleNamedIn(snapshot.context);
  const refused = (actor: Actor, type: WorkflowEventType): boolean =>
    failuresFor({
      snapshot,
      actor,
      item,
      policy,
      // Payload-free probe; payload rules are skipped.
      event: { type } as WorkflowEvent,
      now: timeless,
      skipPayloadRules: true,
    }).length > 0;

  const waitingFor = roles.flatMap((role) =>
    departments.flatMap((department): AwaitedRole[] => {
      const holder = (id: string): Actor => ({ id, departments: [{ code: department, roles: [role] }] });
      const events = awaited.filter((type) => !refused(holder(anyHolder), type));
      if (events.length === 0) return [];
      const excludedActorIds = people.filter((id) => events.some((type) => refused(holder(id), type)));
      return [{ role, department, events, excludedActorIds }];
    }),
  );
  return {
    stage: statePath(snapshot.value),
    state: status.state,
    revision: status.revision,
    waitingFor,
    excludedActorIds: [...new Set(waitingFor.flatMap((entry) => entry.excludedActorIds))],
    editorsTurn: waitingFor.some((entry) => entry.role === 'editor'),
    editable: eventsHandledIn(snapshot.value).includes('editor.edit'),
  };
}
