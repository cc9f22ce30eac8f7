import type { Core } from '@strapi/strapi';
import { reviveDeadJobs } from '../jobs';
import { OutboxError } from './outbox-error';
import { consumerRegistry } from './outbox-state';
import { outboxDeliveryJobs } from './outbox-tables';

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
  return reviveDeadJobs({
    knex: strapi.db.connection,
    table: outboxDeliveryJobs,
    scope: consumer === undefined ? {} : { consumer },
    at: now(),
  });
}
