import { roles, type Recipient, type Role } from '@disclosure-hub/workflows';
import { OutboxError } from '../outbox';
import { isNotificationTemplate, type NotificationTemplate } from './notification-templates';

/** The payload of a `notify` outbox event: what happened, to whom it is addressed, who caused it. */
export interface NotifyPayload {
  template: NotificationTemplate;
  /** `{ kind: 'user', id: 'admin:12' }` or `{ kind: 'role', role: 'reviewer', department: 'monitoring' }`. */
  recipients: Recipient[];
  /** The actor who caused it (`admin:12`, `system:deadlines`); never notified of their own act. */
  actorId: string;
  /** ISO 8601 time of the change. */
  at: string;
  /** The reason given with the change (a return, a withdrawal), shown in the message. */
  reason: string | null;
}

const maxIdLength = 80;

function invalid(message: string): OutboxError {
  return new OutboxError('OUTBOX_INVALID_EVENT', `notify: ${message}`);
}

const isShortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= maxIdLength;

function recipientOf(value: unknown, index: number): Recipient {
  const candidate = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (candidate.kind === 'user' && isShortString(candidate.id)) return { kind: 'user', id: candidate.id };
  if (
    candidate.kind === 'role' &&
    (roles as readonly unknown[]).includes(candidate.role) &&
    isShortString(candidate.department)
  )
    return { kind: 'role', role: candidate.role as Role, department: candidate.department };
  throw invalid(
    `recipients[${index}] must be { kind: 'user', id } or { kind: 'role', role: ${roles.join('|')}, department }`,
  );
}

function instantOf(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw invalid('at must be a Date or an ISO 8601 time');
  return date.toISOString();
}

/**
 * Checks a notification on its way into the outbox and again on its way out (a stored payload is
 * input too). Throws `OutboxError` `OUTBOX_INVALID_EVENT` naming the first bad field.
 */
export function notifyPayloadOf(value: unknown): NotifyPayload {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const { template, recipients, actorId, at, reason } = input;
  if (!isNotificationTemplate(template)) throw invalid(`unknown template ${String(template)}`);
  if (!Array.isArray(recipients)) throw invalid('recipients must be a list');
  if (!isShortString(actorId)) throw invalid(`actorId must be a non-empty string of at most ${maxIdLength} characters`);
  if (reason !== undefined && reason !== null && typeof reason !== 'string')
    throw invalid('reason must be a string or null');
  return {
    template,
    recipients: recipients.map(recipientOf),
    actorId,
    at: instantOf(at),
    // An empty reason says nothing; the message then reads as if none was given.
    reason: typeof reason === 'string' && reason.trim() !== '' ? reason : null,
  };
}
