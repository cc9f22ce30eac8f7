import type { Core } from '@strapi/strapi';
import { toDate } from '../jobs';
import { deliveriesTable, deliveryStatuses, outboxTable, type DeliveryStatus } from './outbox-tables';

/** Delivery counts per status, and how old the oldest undelivered event is (the lag). */
export type OutboxStats = Record<DeliveryStatus, number> & { oldestPendingCreatedAt: Date | null };

export async function outboxStats(strapi: Core.Strapi): Promise<OutboxStats> {
  const knex = strapi.db.connection;
  const counts: { status: string; n: number | string }[] = await knex(deliveriesTable)
    .select('status')
    .count({ n: '*' })
    .groupBy('status');
  const [oldest]: { at: unknown }[] = await knex({ d: deliveriesTable })
    .join({ o: outboxTable }, 'o.id', 'd.outbox_id')
    .where('d.status', 'pending')
    .min({ at: 'o.created_at' });
  const stats: OutboxStats = { pending: 0, delivered: 0, dead: 0, oldestPendingCreatedAt: null };
  for (const status of deliveryStatuses) stats[status] = Number(counts.find((c) => c.status === status)?.n ?? 0);
  stats.oldestPendingCreatedAt = oldest?.at === null || oldest?.at === undefined ? null : toDate(oldest.at);
  return stats;
}
