import { transition } from 'xstate';
import { WorkflowError } from '../../errors';
import { disclosureMachine, scanAudit } from '../machines/disclosure-machine';
import { persistSnapshot, restoreSnapshot, type DisclosureSnapshot } from '../machines/snapshot-codec';
import { statePath, workflowStatus } from '../machines/workflow-status';
import { failuresFor } from '../rules/failures-for';
import { defaultReviewPolicy, type AuditEvent, type WorkflowEvent, type WorkflowStatus } from '../types';
import type { ApplyEventInput, CommandContext, CommandResult } from './command-types';
import { effectsOf } from './effects-of';
import { inputProblem } from './input-problem';

function refuse(error: WorkflowError): CommandResult {
  return { ok: false, error };
}

function auditOf({
  event,
  before,
  after,
  input,
  at,
}: {
  event: WorkflowEvent;
  before: DisclosureSnapshot;
  after: DisclosureSnapshot;
  input: ApplyEventInput;
  at: string;
}): AuditEvent {
  const context = after.context;
  const base: AuditEvent = {
    actorId: input.actor.id,
    at,
    from: statePath(before.value),
    to: statePath(after.value),
    event: event.type,
  };
  switch (event.type) {
    case 'reviewer.return':
    case 'leader.return':
    case 'confidentiality.return':
    case 'publisher.withdraw':
      return { ...base, reason: event.reason?.trim() ?? '' };
    case 'confidentiality.dismissFinding': {
      const scan = scanAudit(input.item.scan, context.dismissals);
      return {
        ...base,
        reason: event.reason?.trim() ?? '',
        findingId: event.findingId ?? '',
        ...(scan ? { scan } : {}),
      };
    }
    case 'confidentiality.clear': {
      const record = context.confidentiality;
      return {
        ...base,
        ...(record ? { confidentiality: record } : {}),
        ...(record?.scan ? { scan: record.scan } : {}),
      };
    }
    case 'publisher.emergencyPublish': {
      const scan = scanAudit(input.item.scan, context.dismissals);
      return {
        ...base,
        reason: event.reason?.trim() ?? '',
        ...(context.emergency ? { emergency: context.emergency } : {}),
        ...(scan ? { scan } : {}),
      };
    }
    case 'reviewer.postReview': {
      const record = context.postReviews.at(-1);
      return { ...base, ...(record ? { postReview: record } : {}) };
    }
    case 'publisher.schedule':
    case 'publisher.unschedule':
      return { ...base, scheduledAt: context.scheduledAt };
    default:
      return base;
  }
}

/**
 * The generic command: check the version, restore the snapshot, collect every reason to refuse,
 * step the machine purely, and return what to persist, what to audit and what to run after commit.
 * It performs no I/O; errors come back as a typed `WorkflowError`, never thrown.
 */
export function applyEvent(input: ApplyEventInput): CommandResult {
  return applyChosenEvent(input, () => input.event);
}

/** Like `applyEvent`, for verbs whose event depends on the current state (approve, submit, return). */
export function applyChosenEvent(
  input: CommandContext,
  choose: (status: WorkflowStatus) => WorkflowEvent,
): CommandResult {
  const problem = inputProblem(input);
  if (problem !== null) return refuse(new WorkflowError('INVALID_INPUT', problem, { details: { problem } }));
  if (input.expectedVersion !== undefined && input.expectedVersion !== input.stored.version) {
    return refuse(
      new WorkflowError('VERSION_CONFLICT', 'The item was changed by someone else; reload and try again.', {
        details: { expectedVersion: input.expectedVersion, storedVersion: input.stored.version },
      }),
    );
  }
  let before: DisclosureSnapshot;
  try {
    before = restoreSnapshot(input.stored.snapshot);
  } catch (error) {
    if (error instanceof WorkflowError) return refuse(error);
    throw error;
  }
  const status = workflowStatus(before);
  const event = choose(status);
  const eventProblem = inputProblem({ ...input, event });
  if (eventProblem !== null)
    return refuse(new WorkflowError('INVALID_INPUT', eventProblem, { details: { problem: eventProblem } }));

  const policy = input.policy ?? defaultReviewPolicy;
  const at = input.now.toISOString();
  const reasons = failuresFor({ snapshot: before, actor: input.actor, item: input.item, policy, event, now: at });
  if (reasons.some((reason) => reason.code === 'EVENT_NOT_ALLOWED_IN_STATE')) {
    return refuse(
      new WorkflowError('EVENT_NOT_ALLOWED', `${event.type} is not allowed in ${statePath(before.value)}.`, {
        details: { state: statePath(before.value), event: event.type, reasons },
      }),
    );
  }
  if (reasons.length > 0) {
    return refuse(
      new WorkflowError('RULE_FAILED', reasons.map((reason) => reason.message.en).join(' '), {
        details: { state: statePath(before.value), event: event.type, reasons },
      }),
    );
  }

  const [after] = transition(disclosureMachine, before, { ...event, actor: input.actor, item: input.item, policy, at });
  if (after === before) {
    // The rules passed but no transition matched (e.g. an attribute the chart does not route).
    return refuse(
      new WorkflowError('EVENT_NOT_ALLOWED', `${event.type} changed nothing in ${statePath(before.value)}.`, {
        details: { state: statePath(before.value), event: event.type, reasons: [] },
      }),
    );
  }
  const afterStatus = workflowStatus(after);
  return {
    ok: true,
    snapshot: persistSnapshot(after),
    version: input.stored.version + 1,
    state: afterStatus,
    audit: auditOf({ event, before, after, input: { ...input, event }, at }),
    effects: effectsOf({
      before: { status, context: before.context },
      after: { status: afterStatus, context: after.context },
      event,
      item: input.item,
      policy,
    }),
  };
}
