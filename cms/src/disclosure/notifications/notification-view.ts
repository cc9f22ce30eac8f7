import type { NotificationItem, NotificationTemplate } from '../contracts';
import { toDate } from '../outbox/outbox-tables';
import { notificationMessage } from './notification-message';

/** A row of `dh_notifications`. */
export interface NotificationRow {
  id: number | string;
  user_id: number | string;
  template: string;
  uid: string;
  document_id: string;
  locale: string;
  title: string | null;
  reason: string | null;
  actor_id: string;
  outbox_id: number | string;
  created_at: unknown;
  read_at: unknown;
}

export function notificationView(row: NotificationRow): NotificationItem {
  const template = row.template as NotificationTemplate;
  return {
    id: Number(row.id),
    template,
    message: notificationMessage({ template, reason: row.reason }),
    uid: row.uid,
    documentId: row.document_id,
    locale: row.locale,
    title: row.title,
    reason: row.reason,
    actorId: row.actor_id,
    createdAt: toDate(row.created_at).toISOString(),
    readAt: row.read_at === null || row.read_at === undefined ? null : toDate(row.read_at).toISOString(),
  };
}
