import type { Core } from '@strapi/strapi';

/**
 * Hourly measurements are rows in tables of their own, never one Strapi document each: a year of
 * 30 stations is about 260,000 rows. What the public sees of them is decided by the daily releases,
 * which are ordinary disclosure documents going through the workflow.
 */
export const measurementsTable = 'dh_measurements';
export const batchesTable = 'dh_ingest_batches';
export const releasesTable = 'dh_measurement_releases';

/** Column of each measurement field (SQL identifiers are snake_case). */
export const fieldColumns = {
  pm25: 'pm25',
  pm10: 'pm10',
  so2: 'so2',
  no2: 'no2',
  co: 'co',
  o3: 'o3',
  o3_8h: 'o3_8h',
  doseRate: 'dose_rate',
} as const;

export async function ensureIngestionTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(batchesTable))) {
    await knex.schema.createTable(batchesTable, (t) => {
      t.increments('id');
      t.string('actor', 80).notNullable();
      t.string('department', 64).notNullable();
      t.string('format', 8).notNullable();
      t.string('body_sha256', 64).notNullable();
      t.integer('received').notNullable();
      t.integer('accepted').notNullable();
      t.integer('duplicates').notNullable();
      t.integer('rejected').notNullable();
      t.string('received_at', 40).notNullable();
    });
  }
  if (!(await knex.schema.hasTable(measurementsTable))) {
    await knex.schema.createTable(measurementsTable, (t) => {
      t.increments('id');
      t.string('station', 40).notNullable();
      /** Hours since the Unix epoch (UTC) of the start of the hour. */
      t.integer('hour').notNullable();
      /** Local date of the hour (`YYYY-MM-DD`), the unit of daily releases. */
      t.string('local_date', 10).notNullable();
      for (const column of Object.values(fieldColumns)) t.double(column).nullable();
      t.integer('batch_id').notNullable();
      t.unique(['station', 'hour']);
      t.index(['local_date', 'station']);
    });
  }
  if (!(await knex.schema.hasTable(releasesTable))) {
    await knex.schema.createTable(releasesTable, (t) => {
      t.increments('id');
      /** `airCity` (空气质量日报 of a city) or `radiationStation` (辐射环境自动监测 of a station). */
      t.string('kind', 20).notNullable();
      /** City code or station code. */
      t.string('release_key', 40).notNullable();
      t.string('local_date', 10).notNullable();
      /** collecting → processing → published | awaitingReview | insufficient | failed; or outsideWindow. */
      t.string('status', 20).notNullable();
      /** UTC ISO time from which the release may be made (end of day + grace, or now when complete). */
      t.string('ready_at', 40).notNullable();
      t.string('uid', 120).nullable();
      t.string('document_id', 64).nullable();
      t.text('flags').nullable();
      t.text('notes').nullable();
      /** Data arrived for the day after its release was made: a person should correct it. */
      t.boolean('late_data').notNullable().defaultTo(false);
      t.integer('attempts').notNullable().defaultTo(0);
      t.text('last_error').nullable();
      t.string('created_at', 40).notNullable();
      t.string('updated_at', 40).notNullable();
      t.unique(['kind', 'release_key', 'local_date']);
      t.index(['status', 'ready_at']);
    });
  }
}
