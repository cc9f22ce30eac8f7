import type { Core } from '@strapi/strapi';
import type { NotificationPage } from '../contracts';
import { TransitionRefused } from '../workflow/transition-errors';
import { notificationsTable } from './notification-tables';
import { notificationView, type NotificationRow } from './notification-view';

export const defaultPageSize = 20;
export const maxPageSize = 100;

const invalid = (code: string, field: string, message: string) =>
  new TransitionRefused(400, 'ValidationError', message, { code, field });

function positiveInteger(value: unknown, { field, fallback, max }: { field: string; fallback: number; max?: number }) {
  if (value === undefined) return fallback;
  const number = typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(number) || (max !== undefined && number > max))
    throw field === 'page'
      ? invalid('NOTIFICATION_INVALID_PAGE', field, '页码须为正整数 / page must be a positive integer')
      : invalid(
          'NOTIFICATION_INVALID_PAGE_SIZE',
          field,
          `每页条数须为 1 至 ${maxPageSize} / pageSize must be an integer from 1 to ${maxPageSize}`,
        );
  return number;
}

function unreadOnly(value: unknown): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalid('NOTIFICATION_INVALID_FILTER', 'unread', 'unread 须为 true 或 false / unread must be true or false');
}

const count = async (query: PromiseLike<{ n: number | string }[]>) => Number((await query)[0]?.n ?? 0);

/**
 * The logged-in user's own notifications: `?unread=true&page=1&pageSize=20` (pageSize at most
 * 100). Bad paging is refused with a code (`NOTIFICATION_INVALID_PAGE`, `…_PAGE_SIZE`, `…_FILTER`).
 */
export async function listNotifications(
  strapi: Core.Strapi,
  { userId, query }: { userId: number; query: Record<string, unknown> },
): Promise<NotificationPage> {
  const unread = unreadOnly(query.unread);
  const page = positiveInteger(query.page, { field: 'page', fallback: 1 });
  const pageSize = positiveInteger(query.pageSize, { field: 'pageSize', fallback: defaultPageSize, max: maxPageSize });
  const knex = strapi.db.connection;
  const mine = () => {
    const rows = knex(notificationsTable).where({ user_id: userId });
    return unread ? rows.whereNull('read_at') : rows;
  };
  const rows = (await mine()
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(pageSize)
    .offset((page - 1) * pageSize)) as NotificationRow[];
  return {
    items: rows.map(notificationView),
    unread: await count(knex(notificationsTable).where({ user_id: userId }).whereNull('read_at').count({ n: '*' })),
    total: await count(mine().count({ n: '*' })),
  };
}
