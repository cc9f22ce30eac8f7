import type { Recipient } from '@disclosure-hub/workflows';
import { enqueueOutboxEvent } from '../outbox';
import type { Knex } from '../outbox/outbox-tables';
import type { NotificationTemplate } from './notification-templates';
import { notifyPayloadOf } from './notify-payload';

/** A notification about one document and locale, as the transition service or the deadline job records it. */
export interface NotificationInput {
  target: { uid: string; documentId: string; locale: string };
  template: NotificationTemplate;
  recipients: readonly Recipient[];
  /** Whoever caused it (`admin:12`, `system:deadlines`); they are never notified of it. */
  actorId: string;
  /** When it happened: a `Date` or an ISO 8601 time. */
  at: Date | string;
  reason?: string | null;
}

/**
 * Records a `notify` outbox event with the caller's transaction `trx`, so that staff hear of a
 * change exactly when it was committed; the `notifications` consumer turns it into rows after
 * commit. Throws `OutboxError` (`OUTBOX_INVALID_EVENT`, `OUTBOX_NOT_IN_TRANSACTION`) for a bad call.
 * Call `kickOutboxWorker()` after the commit, as for every outbox event.
 * @returns the outbox row id, or `null` when there is nobody to notify
 */
export async function enqueueNotification(trx: Knex, input: NotificationInput): Promise<number | null> {
  const { target, template, recipients, actorId, at, reason } = input;
  const payload = notifyPayloadOf({ template, recipients, actorId, at, reason });
  if (payload.recipients.length === 0) return null;
  return enqueueOutboxEvent(trx, {
    topic: 'notify',
    uid: target?.uid,
    documentId: target?.documentId,
    locale: target?.locale,
    payload: { ...payload },
  });
}
