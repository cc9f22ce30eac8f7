import type { Core } from '@strapi/strapi';
import { deliveryTableColumns, type JobTable } from '../jobs';

export const webhookDeliveriesTable = 'dh_webhook_deliveries';
export const webhookAttemptsTable = 'dh_webhook_attempts';

export const webhookDeliveryStatuses = ['pending', 'delivered', 'dead'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/**
 * The deliveries as jobs: one per channel and outbox event, and a channel hears of one document's
 * events in order (a withdrawal must not overtake the publication it withdraws while that one waits
 * for its retry).
 */
export const webhookDeliveryJobs: JobTable = {
  ...deliveryTableColumns,
  name: webhookDeliveriesTable,
  key: ['id'],
  order: 'id',
  sequence: { columns: ['channel_id', 'uid', 'document_id', 'locale'] },
};

/**
 * Webhook deliveries live in tables of our own, like the outbox: a delivery must be claimable with
 * one conditional UPDATE, and the fan-out must be idempotent through a unique key, neither of which
 * the Document Service offers. One row per channel and outbox event; the item is frozen when the
 * event fans out, so that every retry sends the same body.
 */
export async function ensureWebhookTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(webhookDeliveriesTable))) {
    await knex.schema.createTable(webhookDeliveriesTable, (table) => {
      table.increments('id').primary();
      // No foreign key to `portal_channels`: Strapi owns that table and may rebuild it.
      table.integer('channel_id').notNullable();
      table.integer('outbox_id').notNullable();
      table.string('topic', 20).notNullable();
      table.string('uid', 255).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('locale', 20).notNullable();
      // JSON of the `item` of the body; text for one encoding on SQLite and PostgreSQL.
      table.text('item').notNullable();
      table.timestamp('occurred_at').notNullable();
      table.string('status', 20).notNullable();
      table.integer('attempts').notNullable().defaultTo(0);
      table.timestamp('next_attempt_at').notNullable();
      // A lease, not a lock: a worker that dies mid-request frees the row when the lease runs out.
      table.timestamp('claimed_until').nullable();
      table.string('claim_token', 64).nullable();
      table.integer('last_status_code').nullable();
      table.text('last_error').nullable();
      table.timestamp('created_at').notNullable();
      table.timestamp('delivered_at').nullable();
      // The outbox delivers at least once; this key makes a repeated fan-out a no-op.
      table.unique(['channel_id', 'outbox_id']);
      table.index(['status', 'next_attempt_at']);
      // Deliveries of one document are kept in order per channel (see `webhookDeliveryJobs`).
      table.index(['channel_id', 'uid', 'document_id', 'locale']);
    });
  }
  if (!(await knex.schema.hasTable(webhookAttemptsTable))) {
    await knex.schema.createTable(webhookAttemptsTable, (table) => {
      table.increments('id').primary();
      table.integer('delivery_id').notNullable().references('id').inTable(webhookDeliveriesTable).onDelete('CASCADE');
      table.timestamp('attempted_at').notNullable();
      // Null when no answer came (refused connection, timeout).
      table.integer('status_code').nullable();
      table.integer('duration_ms').notNullable();
      table.text('error').nullable();
      table.index(['delivery_id']);
    });
  }
}
