import type { Core } from '@strapi/strapi';
import { loadDomainConfig } from '@disclosure-hub/config';

const countersTable = 'dh_index_number_counters';
const allocationsTable = 'dh_index_numbers';

/**
 * Index numbers (索引号) live in two tables of our own rather than in Strapi content types:
 * Strapi does not create database-level unique constraints, and allocation must be one atomic
 * statement so that concurrent creations can never draw the same serial. Rows are never deleted,
 * so a number is never reused, even after its document is deleted.
 */
export async function ensureIndexNumberTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(countersTable))) {
    await knex.schema.createTable(countersTable, (table) => {
      table.string('scope', 100).primary();
      table.integer('serial').notNullable();
    });
  }
  if (!(await knex.schema.hasTable(allocationsTable))) {
    await knex.schema.createTable(allocationsTable, (table) => {
      table.string('index_number', 100).primary();
      table.string('scope', 100).notNullable();
      table.integer('serial').notNullable();
      table.string('content_type', 255).notNullable();
      table.string('document_id', 255).nullable().index();
      table.timestamp('allocated_at').notNullable();
    });
  }
}

function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

/** Draws the next serial for the year of formation and records the number. */
export async function allocateIndexNumber(
  strapi: Core.Strapi,
  { contentType, dateFormed }: { contentType: string; dateFormed: string },
): Promise<string> {
  const { indexNumber: scheme, organisation } = loadDomainConfig();
  const year = dateFormed.slice(0, 4);
  const scope = `${organisation.organisationCode}/${year}`;
  return strapi.db.transaction(async ({ trx }) => {
    // One statement: PostgreSQL and SQLite (3.35+) both support upsert with RETURNING.
    const result = await trx.raw(
      `INSERT INTO ${countersTable} (scope, serial) VALUES (?, 1)
       ON CONFLICT (scope) DO UPDATE SET serial = ${countersTable}.serial + 1
       RETURNING serial`,
      [scope],
    );
    const rows: { serial: number }[] = Array.isArray(result) ? result : result.rows;
    const serial = Number(rows[0]?.serial);
    const indexNumber = format(scheme.template, {
      organisationCode: organisation.organisationCode,
      year,
      serial: String(serial).padStart(scheme.serialWidth, '0'),
    });
    await trx(allocationsTable).insert({
      index_number: indexNumber,
      scope,
      serial,
      content_type: contentType,
      document_id: null,
      allocated_at: new Date(),
    });
    return indexNumber;
  });
}

/** Ties an allocated number to the document that now carries it. */
export async function recordIndexNumberOwner(
  strapi: Core.Strapi,
  { indexNumber, documentId }: { indexNumber: string; documentId: string },
): Promise<void> {
  await strapi.db.transaction(async ({ trx }) => {
    await trx(allocationsTable).where({ index_number: indexNumber }).update({ document_id: documentId });
  });
}
