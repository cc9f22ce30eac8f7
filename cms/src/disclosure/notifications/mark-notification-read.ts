import type { Core } from '@strapi/strapi';
import type { NotificationItem } from '../contracts';
import { TransitionRefused } from '../workflow/transition-errors';
import { notificationsTable } from './notification-tables';
import { notificationView, type NotificationRow } from './notification-view';

const notFound = () =>
  new TransitionRefused(404, 'NotFoundError', '找不到该通知 / no such notification', {
    code: 'NOTIFICATION_NOT_FOUND',
  });

/**
 * Marks one of the user's own notifications read (the first reading time is kept). Another
 * user's notification is answered exactly like a missing one: 404 `NOTIFICATION_NOT_FOUND`.
 */
export async function markNotificationRead(
  strapi: Core.Strapi,
  { userId, id, now = new Date() }: { userId: number; id: string | undefined; now?: Date },
): Promise<NotificationItem> {
  if (typeof id !== 'string' || !/^[1-9]\d{0,9}$/.test(id)) throw notFound();
  const knex = strapi.db.connection;
  const mine = () => knex(notificationsTable).where({ id: Number(id), user_id: userId });
  await mine().whereNull('read_at').update({ read_at: now });
  const row = (await mine().first()) as NotificationRow | undefined;
  if (!row) throw notFound();
  return notificationView(row);
}
