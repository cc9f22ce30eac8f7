import type { Core } from '@strapi/strapi';

export const recordsTable = 'dh_workflow_records';
export const auditTable = 'dh_workflow_audit';

/**
 * The workflow's own tables: one record per document and locale (snapshot with an optimistic
 * version), and the append-only audit log. No route writes to them except the transition command;
 * nothing updates or deletes an audit row.
 */
export async function ensureWorkflowTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(recordsTable))) {
    await knex.schema.createTable(recordsTable, (table) => {
      table.string('uid', 255).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('locale', 20).notNullable();
      table.text('snapshot').notNullable();
      table.integer('version').notNullable();
      table.string('state', 80).notNullable();
      table.string('department', 80).notNullable();
      table.string('author', 80).notNullable();
      table.string('due_date', 40).nullable();
      table.boolean('due_provisional').notNullable().defaultTo(false);
      table.string('scheduled_at', 40).nullable();
      table.text('scan').nullable();
      table.timestamp('created_at').notNullable();
      table.timestamp('updated_at').notNullable();
      table.primary(['uid', 'document_id', 'locale']);
      table.index(['state']);
    });
  }
  if (!(await knex.schema.hasTable(auditTable))) {
    await knex.schema.createTable(auditTable, (table) => {
      table.increments('id');
      table.string('uid', 255).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('locale', 20).notNullable();
      table.string('actor_id', 80).notNullable();
      table.string('at', 40).notNullable();
      table.string('from_state', 120).notNullable();
      table.string('to_state', 120).notNullable();
      table.string('event', 80).notNullable();
      table.integer('version').notNullable();
      table.text('reason').nullable();
      table.text('details').nullable();
      table.index(['uid', 'document_id', 'locale']);
    });
  }
}
