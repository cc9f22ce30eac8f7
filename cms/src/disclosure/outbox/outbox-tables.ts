import type { Core } from '@strapi/strapi';

export const outboxTable = 'dh_outbox';
export const deliveriesTable = 'dh_outbox_deliveries';

export const deliveryStatuses = ['pending', 'delivered', 'dead'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** The knex instance or transaction Strapi hands out (`strapi.db.connection`, `{ trx }`). */
export type Knex = Core.Strapi['db']['connection'];

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
      // Deliveries of one document are kept in order per consumer (see drain-outbox.ts).
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

/** SQLite (better-sqlite3) stores dates as epoch milliseconds, PostgreSQL returns Date objects. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && /^\d+$/.test(value)) return new Date(Number(value));
  return new Date(String(value));
}
