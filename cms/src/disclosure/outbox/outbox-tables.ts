import type { Core } from '@strapi/strapi';
import { deliveryTableColumns, type JobTable } from '../jobs';

export { toDate } from '../jobs';

export const outboxTable = 'dh_outbox';
export const deliveriesTable = 'dh_outbox_deliveries';

export const deliveryStatuses = ['pending', 'delivered', 'dead'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** The knex instance or transaction Strapi hands out (`strapi.db.connection`, `{ trx }`). */
export type Knex = Core.Strapi['db']['connection'];

/**
 * The deliveries as jobs: one per event and consumer, and a consumer sees the events of one document
 * in order (a later "unpublish" must not overtake an earlier "publish" that waits for its retry).
 */
export const outboxDeliveryJobs: JobTable = {
  ...deliveryTableColumns,
  name: deliveriesTable,
  key: ['outbox_id', 'consumer'],
  order: 'outbox_id',
  sequence: {
    columns: ['consumer'],
    through: { table: outboxTable, id: 'id', foreignKey: 'outbox_id', columns: ['uid', 'document_id', 'locale'] },
  },
};

/**
 * The outbox lives in two tables of our own, like the index numbers: it is written with the
 * caller's knex transaction, and a delivery must be claimable with one conditional UPDATE, neither
 * of which the Document Service offers. One delivery row per consumer lets a failing consumer be
 * retried without replaying the event to the others.
 */
export async function ensureOutboxTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(outboxTable))) {
    await knex.schema.createTable(outboxTable, (table) => {
      table.increments('id').primary();
      table.string('topic', 20).notNullable();
      table.string('uid', 255).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('locale', 20).notNullable();
      // Text rather than json: one encoding on SQLite and PostgreSQL, parsed by us on the way out.
      table.text('payload').notNullable();
      table.timestamp('created_at').notNullable();
      // Deliveries of one document are kept in order per consumer (see `outboxDeliveryJobs`).
      table.index(['uid', 'document_id', 'locale']);
    });
  }
  if (!(await knex.schema.hasTable(deliveriesTable))) {
    await knex.schema.createTable(deliveriesTable, (table) => {
      table.integer('outbox_id').notNullable().references('id').inTable(outboxTable).onDelete('CASCADE');
      table.string('consumer', 100).notNullable();
      table.string('status', 20).notNullable();
      table.integer('attempts').notNullable().defaultTo(0);
      table.timestamp('next_attempt_at').notNullable();
      // A lease, not a lock: a worker that dies mid-delivery frees the row when the lease runs out.
      table.timestamp('claimed_until').nullable();
      table.string('claim_token', 64).nullable();
      table.timestamp('delivered_at').nullable();
      table.text('last_error').nullable();
      table.primary(['outbox_id', 'consumer']);
      table.index(['status', 'next_attempt_at']);
    });
  }
}
