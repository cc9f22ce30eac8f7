import type { Core } from '@strapi/strapi';
import { OutboxError } from './outbox-error';
import { consumerRegistry } from './outbox-state';
import { deliveriesTable } from './outbox-tables';

/**
 * Gives dead deliveries (of one consumer, or all) a fresh set of attempts, due at once. The last
 * error is kept until a delivery succeeds. @returns how many deliveries were revived
 */
export async function retryDeadDeliveries(
  strapi: Core.Strapi,
  { consumer, now = () => new Date() }: { consumer?: string; now?: () => Date } = {},
): Promise<number> {
  if (consumer !== undefined && !consumerRegistry(strapi.db.connection).has(consumer))
    throw new OutboxError('OUTBOX_UNKNOWN_CONSUMER', `unknown consumer: ${consumer}`);
  const query = strapi.db.connection(deliveriesTable).where({ status: 'dead' });
  if (consumer !== undefined) query.where({ consumer });
  const revived = await query.update({
    status: 'pending',
    attempts: 0,
    next_attempt_at: now(),
    claimed_until: null,
    claim_token: null,
  });
  return Number(revived);
}
