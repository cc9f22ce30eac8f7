import type { Core } from '@strapi/strapi';
import { loadDomainConfig, measurementFields, type MonitoringStation } from '@disclosure-hub/config';
import {
  firstHourOfLocalDate,
  hourOfDate,
  isoOfHour,
  localDateOfHour,
  problem,
  sameValues,
  validateMeasurementRows,
  type Measurement,
  type MeasurementValues,
  type RawRow,
  type RowRejection,
} from '@disclosure-hub/workflows';
import { batchesTable, fieldColumns, measurementsTable, releasesTable } from './ingestion-tables';
import { kickReleaseWorker } from './release-worker-registry';
import { addDays } from '../../seed/demo-content/demo-dates';

type Knex = Core.Strapi['db']['connection'];

export type ReleaseKind = 'airCity' | 'radiationStation';

export interface IngestBatchInput {
  /** Workflow actor id of the API token, recorded with the batch. */
  actorId: string;
  /** The token's department: only its stations are accepted. */
  department: string;
  format: 'json' | 'csv';
  bodySha256: string;
  rows: RawRow[];
  /** False for historical loads already disclosed elsewhere: store and answer, make no release. */
  release?: boolean;
  now?: Date;
}

export interface RowRef {
  line: number;
  station: string;
  time: string;
}

export interface IngestBatchResult {
  batchId: number;
  format: 'json' | 'csv';
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  rows: {
    accepted: RowRef[];
    /** Already stored with the same values (a batch sent again), or repeated inside the batch. */
    duplicates: (RowRef & { reason: 'ALREADY_STORED' | 'REPEATED_IN_BATCH' })[];
    rejected: RowRejection[];
  };
  /** The daily releases this batch contributes to, and when each will be made. */
  releases: { kind: ReleaseKind; key: string; date: string; status: string; readyAt: string }[];
}

const CHUNK = 400;
const chunks = <T>(items: T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

const monitoring = () => loadDomainConfig().monitoring;
export const stationsByCode = (): Map<string, MonitoringStation> =>
  new Map(monitoring().stations.map((s) => [s.code, s]));

export function releaseOf(station: MonitoringStation): { kind: ReleaseKind; key: string } {
  return station.kind === 'air'
    ? { kind: 'airCity', key: station.city }
    : { kind: 'radiationStation', key: station.code };
}

/** The stations whose data make up one release. */
export function stationsOfRelease(kind: ReleaseKind, key: string): MonitoringStation[] {
  return monitoring().stations.filter((s) =>
    kind === 'airCity' ? s.kind === 'air' && s.city === key : s.kind === 'radiation' && s.code === key,
  );
}

export function valuesOfRow(row: Record<string, unknown>): MeasurementValues {
  const values: MeasurementValues = {};
  for (const field of measurementFields) {
    const v = row[fieldColumns[field]];
    if (v !== null && v !== undefined) values[field] = Number(v);
  }
  return values;
}

/**
 * Validates a batch row by row and stores every valid row in ONE transaction, idempotently on
 * station + hour: a row already stored with the same values is a duplicate (nothing stored twice),
 * one stored with other values is refused (`CONFLICTS_WITH_STORED`) and the stored values stay.
 * The same transaction records the batch and schedules the daily releases the rows belong to.
 */
export async function ingestBatch(strapi: Core.Strapi, input: IngestBatchInput): Promise<IngestBatchResult> {
  const rules = monitoring();
  const now = input.now ?? new Date();
  const validated = validateMeasurementRows(input.rows, { rules, department: input.department, now });
  const ref = (m: { line: number; station: string; hour: number }): RowRef => ({
    line: m.line,
    station: m.station,
    time: isoOfHour(m.hour, rules.utcOffset),
  });
  const rejected = [...validated.rejected];
  const acceptedByLine = new Map(validated.accepted.map((m) => [m.line, m]));
  const duplicates: IngestBatchResult['rows']['duplicates'] = validated.repeated.map((r) => {
    const original = acceptedByLine.get(r.sameAs)!;
    return { ...ref({ ...original, line: r.line }), reason: 'REPEATED_IN_BATCH' };
  });

  const result = await strapi.db.transaction(async ({ trx }) => {
    const fresh: Measurement[] = [];
    const byStation = new Map<string, Measurement[]>();
    for (const m of validated.accepted) {
      const list = byStation.get(m.station);
      if (list) list.push(m);
      else byStation.set(m.station, [m]);
    }
    for (const [station, rows] of byStation) {
      let [low, high] = [Infinity, -Infinity];
      for (const m of rows) [low, high] = [Math.min(low, m.hour), Math.max(high, m.hour)];
      const stored = new Map<number, MeasurementValues>();
      const existing = await trx(measurementsTable).where('station', station).whereBetween('hour', [low, high]);
      for (const row of existing as Record<string, unknown>[]) stored.set(Number(row.hour), valuesOfRow(row));
      for (const m of rows) {
        const before = stored.get(m.hour);
        if (!before) fresh.push(m);
        else if (sameValues(before, m.values)) duplicates.push({ ...ref(m), reason: 'ALREADY_STORED' });
        else {
          const conflict = problem('CONFLICTS_WITH_STORED', undefined, 'send a correction through a reviewer');
          rejected.push({ line: m.line, station: m.station, time: ref(m).time, ...conflict, problems: [conflict] });
        }
      }
    }
    const inserted: unknown[] = await trx(batchesTable).insert(
      {
        actor: input.actorId,
        department: input.department,
        format: input.format,
        body_sha256: input.bodySha256,
        received: input.rows.length,
        accepted: fresh.length,
        duplicates: duplicates.length,
        rejected: rejected.length,
        received_at: now.toISOString(),
      },
      ['id'],
    );
    const first = inserted[0];
    const batchId = Number(typeof first === 'object' && first !== null ? (first as { id: unknown }).id : first);
    // ON CONFLICT DO NOTHING … RETURNING tells which rows this batch stored: a row another batch
    // stored meanwhile (a concurrent sender) is answered as a duplicate, never counted twice.
    const stored: Measurement[] = [];
    for (const part of chunks(fresh)) {
      const inserted = (await trx(measurementsTable)
        .insert(
          part.map((m) => ({
            station: m.station,
            hour: m.hour,
            local_date: localDateOfHour(m.hour, rules.utcOffset),
            ...Object.fromEntries(measurementFields.map((f) => [fieldColumns[f], m.values[f] ?? null])),
            batch_id: batchId,
          })),
        )
        .onConflict(['station', 'hour'])
        .ignore()
        .returning(['station', 'hour'])) as { station: string; hour: number | string }[];
      const keys = new Set(inserted.map((r) => `${r.station}@${Number(r.hour)}`));
      for (const m of part) {
        if (keys.has(`${m.station}@${m.hour}`)) stored.push(m);
        else duplicates.push({ ...ref(m), reason: 'ALREADY_STORED' });
      }
    }
    if (stored.length !== fresh.length)
      await trx(batchesTable).where({ id: batchId }).update({ accepted: stored.length, duplicates: duplicates.length });
    const releases = input.release === false ? [] : await scheduleReleases(trx, stored, now);
    return { batchId, fresh: stored, releases };
  });
  if (result.releases.some((r) => r.status === 'collecting')) kickReleaseWorker();

  rejected.sort((a, b) => a.line - b.line);
  duplicates.sort((a, b) => a.line - b.line);
  return {
    batchId: result.batchId,
    format: input.format,
    received: input.rows.length,
    accepted: result.fresh.length,
    duplicates: duplicates.length,
    rejected: rejected.length,
    rows: { accepted: result.fresh.map(ref), duplicates, rejected },
    releases: result.releases,
  };
}

const localToday = (now: Date, utcOffset: string) => localDateOfHour(hourOfDate(now), utcOffset);

/**
 * Creates or refreshes the release of every (kind, key, day) the new rows belong to. A release is
 * ready when all its stations have 24 hours, otherwise `graceHours` after the end of the day. Days
 * older than `autoReleaseWindowDays` are stored but not released automatically (historical loads).
 * Data arriving after a release was made marks it `late_data` for a person to correct.
 */
async function scheduleReleases(trx: Knex, fresh: Measurement[], now: Date): Promise<IngestBatchResult['releases']> {
  const rules = monitoring();
  const stations = stationsByCode();
  const keys = new Map<string, { kind: ReleaseKind; key: string; date: string }>();
  for (const m of fresh) {
    const release = releaseOf(stations.get(m.station)!);
    const date = localDateOfHour(m.hour, rules.utcOffset);
    keys.set(`${release.kind}|${release.key}|${date}`, { ...release, date });
  }
  const oldest = addDays(localToday(now, rules.utcOffset), -rules.release.autoReleaseWindowDays);
  const stamp = now.toISOString();
  const answer: IngestBatchResult['releases'] = [];
  for (const { kind, key, date } of keys.values()) {
    const existing = (await trx(releasesTable).where({ kind, release_key: key, local_date: date }).first()) as
      | { id: number; status: string; ready_at: string }
      | undefined;
    if (date < oldest) {
      if (!existing)
        await trx(releasesTable)
          .insert({
            kind,
            release_key: key,
            local_date: date,
            status: 'outsideWindow',
            ready_at: stamp,
            created_at: stamp,
            updated_at: stamp,
          })
          // Another instance may have opened the same day in a concurrent batch.
          .onConflict(['kind', 'release_key', 'local_date'])
          .ignore();
      answer.push({
        kind,
        key,
        date,
        status: existing?.status ?? 'outsideWindow',
        readyAt: existing?.ready_at ?? stamp,
      });
      continue;
    }
    const members = stationsOfRelease(kind, key).map((s) => s.code);
    const counts = (await trx(measurementsTable)
      .select('station')
      .count({ n: '*' })
      .where('local_date', date)
      .whereIn('station', members)
      .groupBy('station')) as { station: string; n: number | string }[];
    const complete = members.length > 0 && counts.length === members.length && counts.every((c) => Number(c.n) >= 24);
    const dayEnd = (firstHourOfLocalDate(date, rules.utcOffset) + 24 + rules.release.graceHours) * 3_600_000;
    const readyAt = complete ? stamp : new Date(Math.max(dayEnd, now.getTime())).toISOString();
    if (!existing) {
      await trx(releasesTable)
        .insert({
          kind,
          release_key: key,
          local_date: date,
          status: 'collecting',
          ready_at: readyAt,
          created_at: stamp,
          updated_at: stamp,
        })
        .onConflict(['kind', 'release_key', 'local_date'])
        .ignore();
      answer.push({ kind, key, date, status: 'collecting', readyAt });
    } else if (
      existing.status === 'collecting' ||
      existing.status === 'insufficient' ||
      existing.status === 'outsideWindow'
    ) {
      await trx(releasesTable)
        .where({ id: existing.id })
        .update({ status: 'collecting', ready_at: readyAt, updated_at: stamp });
      answer.push({ kind, key, date, status: 'collecting', readyAt });
    } else {
      await trx(releasesTable).where({ id: existing.id }).update({ late_data: true, updated_at: stamp });
      answer.push({ kind, key, date, status: existing.status, readyAt: existing.ready_at });
    }
  }
  return answer;
}

/** The release keys (city codes and station codes) of a department's stations. */
export function stationsOfDepartment(department: string): string[] {
  return [
    ...new Set(
      monitoring()
        .stations.filter((s) => s.department === department)
        .map((s) => releaseOf(s).key),
    ),
  ];
}
