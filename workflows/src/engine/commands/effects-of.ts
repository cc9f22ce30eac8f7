import { confidentialityDepartment } from '../rules/actor-is-confidentiality-reviewer';
import type {
  DisclosureContext,
  Effect,
  ItemFacts,
  Recipient,
  ReviewPolicy,
  WorkflowEvent,
  WorkflowStatus,
} from '../types';

export interface EffectsOfInput {
  readonly before: { readonly status: WorkflowStatus; readonly context: DisclosureContext };
  readonly after: { readonly status: WorkflowStatus; readonly context: DisclosureContext };
  readonly event: WorkflowEvent;
  readonly item: ItemFacts;
  readonly policy: ReviewPolicy;
}

function stage(status: WorkflowStatus): string {
  return status.revision ?? status.state;
}

function editorsOf(context: DisclosureContext): Recipient[] {
  const ids = [context.author, context.revisionAuthor, context.lastEditor].filter((id): id is string => id !== null);
  return [...new Set(ids)].map((id) => ({ kind: 'user', id }));
}

/**
 * The work a committed transition asks for, derived from what changed. The caller writes these to
 * the outbox in the same transaction as the snapshot and runs them only after commit.
 */
export function effectsOf({ before, after, event, item, policy }: EffectsOfInput): Effect[] {
  const department = item.producingDepartment;
  const role = (name: 'reviewer' | 'leader' | 'publisher'): Recipient => ({ kind: 'role', role: name, department });
  const confidentialityReviewers: Recipient = {
    kind: 'role',
    role: 'confidentiality',
    department: confidentialityDepartment(policy, item),
  };
  const effects: Effect[] = [];

  const newVersion = after.context.online !== null && after.context.online.version !== before.context.online?.version;
  if (newVersion && after.context.online !== null) {
    effects.push(
      {
        kind: 'publish',
        version: after.context.online.version,
        replaces: before.context.online?.version ?? null,
        emergency: after.context.online.emergency,
      },
      { kind: 'index' },
    );
  }
  if (event.type === 'publisher.emergencyPublish') {
    const recipients = after.context.postReviewPending.map((level) =>
      level === 'leader' ? role('leader') : confidentialityReviewers,
    );
    effects.push({ kind: 'notify', template: 'postReviewRequested', recipients });
  }
  if (before.status.online && !after.status.online) {
    effects.push(
      { kind: 'unpublish', reason: after.context.withdrawal?.reason ?? '' },
      { kind: 'unindex' },
      { kind: 'notify', template: 'withdrawn', recipients: editorsOf(before.context) },
    );
  }
  if (event.type === 'publisher.schedule' || event.type === 'publisher.unschedule') {
    effects.push({ kind: 'schedule', at: after.context.scheduledAt });
  }

  const from = stage(before.status);
  const to = stage(after.status);
  if (from !== to) {
    if (to === 'departmentReview')
      effects.push({ kind: 'notify', template: 'reviewRequested', recipients: [role('reviewer')] });
    if (to === 'leaderReview')
      effects.push({ kind: 'notify', template: 'reviewRequested', recipients: [role('leader')] });
    if (to === 'confidentialityReview') {
      effects.push({ kind: 'notify', template: 'reviewRequested', recipients: [confidentialityReviewers] });
    }
    if (to === 'changesRequested')
      effects.push({ kind: 'notify', template: 'returnedForChanges', recipients: editorsOf(after.context) });
    if (to === 'approved' && from === 'confidentialityReview')
      effects.push({ kind: 'notify', template: 'readyToPublish', recipients: [role('publisher')] });
    if (to === 'releasableOnRequest' || to === 'withheld') {
      effects.push({ kind: 'notify', template: 'reviewClosed', recipients: editorsOf(after.context) });
    }
  }
  return effects;
}
