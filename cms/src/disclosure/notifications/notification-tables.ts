import type { Core } from '@strapi/strapi';
import type { Knex } from '../outbox/outbox-tables';

export const notificationsTable = 'dh_notifications';
export const deadlineNoticesTable = 'dh_notification_deadlines';

/**
 * One row per notification and recipient. The outbox delivers at least once, so the unique
 * (outbox_id, user_id) key makes a second delivery of the same event a no-op. The title is copied
 * at delivery: the list must not read every content type to show itself.
 *
 * `dh_notification_deadlines` remembers which deadline reminders went out on which day, with a
 * unique key, so two processes (or two runs) of the daily job remind once.
 *
 * Idempotent (it creates only what is missing): meant to be one step of the versioned migrations.
 */
export async function createNotificationTables(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(notificationsTable))) {
    await knex.schema.createTable(notificationsTable, (table) => {
      table.increments('id');
      table.integer('user_id').notNullable();
      table.string('template', 40).notNullable();
      table.string('uid', 255).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('locale', 20).notNullable();
      table.text('title').nullable();
      table.text('reason').nullable();
      table.string('actor_id', 80).notNullable();
      table.integer('outbox_id').notNullable();
      table.timestamp('created_at').notNullable();
      table.timestamp('read_at').nullable();
      table.unique(['outbox_id', 'user_id']);
      table.index(['user_id', 'read_at']);
    });
  }
  if (!(await knex.schema.hasTable(deadlineNoticesTable))) {
    await knex.schema.createTable(deadlineNoticesTable, (table) => {
      table.string('uid', 255).notNullable();
      table.string('document_id', 255).notNullable();
      table.string('locale', 20).notNullable();
      table.string('template', 40).notNullable();
      // `YYYY-MM-DD`, Asia/Shanghai: the day the reminder is for.
      table.string('day', 10).notNullable();
      table.timestamp('created_at').notNullable();
      table.primary(['uid', 'document_id', 'locale', 'template', 'day']);
      table.index(['day']);
    });
  }
}

/** Until the versioned migrations call `createNotificationTables`, bootstrap calls this. */
export async function ensureNotificationTables(strapi: Core.Strapi): Promise<void> {
  await createNotificationTables(strapi.db.connection);
}
