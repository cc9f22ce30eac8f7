import type { Core } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];

/** One versioned change to the disclosure layer's own tables. Never edit a released migration: add one. */
export interface Migration {
  /** Sortable and unique, e.g. `0002-workflow-revision-and-fingerprints`. */
  id: string;
  up(input: { strapi: Core.Strapi; knex: Knex }): Promise<void>;
}

export const migrationsTable = 'dh_migrations';
/** Any fixed number: the PostgreSQL advisory lock that serialises migrations across processes. */
const lockKey = 42_002_026;

/**
 * Applies, in order, every migration not yet recorded in `dh_migrations`, each in its own
 * transaction with its record on PostgreSQL. On PostgreSQL an advisory lock makes a second Strapi process wait
 * for the first instead of applying the same migration twice.
 */
export async function runMigrations(strapi: Core.Strapi, migrations: readonly Migration[]): Promise<string[]> {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(migrationsTable))) {
    await knex.schema
      .createTable(migrationsTable, (t) => {
        t.string('id', 120).primary();
        t.timestamp('applied_at').notNullable();
      })
      .catch(async (error: unknown) => {
        // Another process created it first.
        if (!(await knex.schema.hasTable(migrationsTable))) throw error;
      });
  }
  const applied: string[] = [];
  const postgres = ['postgres', 'pg'].includes(String(knex.client.config.client));
  for (const migration of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
    if (postgres) {
      await knex.transaction(async (trx) => {
        await trx.raw('SELECT pg_advisory_xact_lock(?)', [lockKey]);
        if (await trx(migrationsTable).where({ id: migration.id }).first()) return;
        await migration.up({ strapi, knex: trx as unknown as Knex });
        await trx(migrationsTable).insert({ id: migration.id, applied_at: new Date() });
        applied.push(migration.id);
      });
    } else {
      // SQLite has one connection and one process: a transaction here would lock out the
      // migration's own Strapi calls, so each migration is written to be re-runnable instead.
      if (await knex(migrationsTable).where({ id: migration.id }).first()) continue;
      await migration.up({ strapi, knex });
      await knex(migrationsTable).insert({ id: migration.id, applied_at: new Date() });
      applied.push(migration.id);
    }
  }
  if (applied.length > 0) strapi.log.info(`[disclosure-hub] applied migrations: ${applied.join(', ')}`);
  return applied;
}
