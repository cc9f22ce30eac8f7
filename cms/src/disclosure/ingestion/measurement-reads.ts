import type { Core } from '@strapi/strapi';
import { isIsoDate, loadDomainConfig, measurementFields, type MeasurementField } from '@disclosure-hub/config';
import { isoOfHour } from '@disclosure-hub/workflows';
import { TransitionRefused } from '../workflow/transition-errors';
import { recordsTable } from '../workflow/workflow-tables';
import { fieldColumns, measurementsTable, releasesTable } from './ingestion-tables';
import { releaseOf, stationsByCode, stationsOfRelease, valuesOfRow, type ReleaseKind } from './ingest-batch';

/** A bad query (404 for an unknown station or city), answered as it is over REST and as BAD_USER_INPUT over GraphQL. */
export const badQuery = (status: 400 | 404, code: string, message: string): TransitionRefused =>
  new TransitionRefused(status, status === 404 ? 'NotFoundError' : 'ValidationError', message, { code });

export interface SeriesQuery {
  station?: string;
  city?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface SeriesPoint {
  time: string;
  values: Partial<Record<MeasurementField, number | null>>;
}

export interface SeriesPage {
  station: string | null;
  city: string | null;
  unit: Partial<Record<MeasurementField, string>>;
  points: SeriesPoint[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
}

const maxPageSize = 1000;
const maxRangeDays = 366;

/**
 * The days of a release key whose release is public now: its document's Chinese version is
 * published (not withdrawn). Hourly data are public only through a published release — the same
 * review chain as every other disclosure; nothing else of them is shown to the public.
 */
function publishedReleases(strapi: Core.Strapi, kind: ReleaseKind, key: string) {
  return strapi.db
    .connection(`${releasesTable} as r`)
    .join(`${recordsTable} as w`, function join() {
      this.on('w.uid', '=', 'r.uid').andOn('w.document_id', '=', 'r.document_id');
    })
    .where('w.locale', 'zh-CN')
    .where('w.state', 'published')
    .where('r.kind', kind)
    .where('r.release_key', key);
}

async function publishedDates(
  strapi: Core.Strapi,
  kind: ReleaseKind,
  key: string,
  from: string,
  to: string,
): Promise<string[]> {
  const rows = (await publishedReleases(strapi, kind, key)
    .whereBetween('r.local_date', [from, to])
    .select('r.local_date')) as { local_date: string }[];
  return rows.map((r) => r.local_date);
}

/** The newest published day of a release key, if any. */
async function latestPublishedDate(strapi: Core.Strapi, kind: ReleaseKind, key: string): Promise<string | undefined> {
  const row = (await publishedReleases(strapi, kind, key).orderBy('r.local_date', 'desc').first('r.local_date')) as
    | { local_date: string }
    | undefined;
  return row?.local_date;
}

function readRange(query: SeriesQuery): { from: string; to: string } {
  const { from, to } = query;
  if (!from || !to || !isIsoDate(from) || !isIsoDate(to))
    throw badQuery(
      400,
      'DATE_INVALID',
      'from 与 to 须为 YYYY-MM-DD 日期 / from and to must be dates written YYYY-MM-DD',
    );
  if (to < from) throw badQuery(400, 'DATE_RANGE_INVALID', 'to 早于 from / to is before from');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= maxRangeDays)
    throw badQuery(
      400,
      'DATE_RANGE_TOO_LONG',
      `查询区间最长 ${maxRangeDays} 天 / at most ${maxRangeDays} days per query`,
    );
  return { from, to };
}

function readPaging(query: SeriesQuery): { page: number; pageSize: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 200;
  if (!Number.isSafeInteger(page) || page < 1)
    throw badQuery(400, 'PAGE_INVALID', 'page 须为正整数 / page must be a positive integer');
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize)
    throw badQuery(400, 'PAGE_SIZE_TOO_LARGE', `pageSize 须在 1–${maxPageSize} / pageSize must be 1–${maxPageSize}`);
  return { page, pageSize };
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Hourly series of one station, or of one city (the mean of its air stations for each hour), over
 * a date range, paginated, in time order — only the days whose release is published.
 */
export async function measurementSeries(strapi: Core.Strapi, query: SeriesQuery): Promise<SeriesPage> {
  const rules = loadDomainConfig().monitoring;
  if ((query.station ? 1 : 0) + (query.city ? 1 : 0) !== 1)
    throw badQuery(400, 'SERIES_TARGET_REQUIRED', '须给出 station 或 city 之一 / give either station or city');
  const { from, to } = readRange(query);
  const { page, pageSize } = readPaging(query);
  const knex = strapi.db.connection;
  let stations: string[];
  let dates: string[];
  let fields: MeasurementField[];
  if (query.station) {
    const station = stationsByCode().get(query.station);
    if (!station) throw badQuery(404, 'STATION_UNKNOWN', `未知站点 / unknown station ${query.station}`);
    const release = releaseOf(station);
    stations = [station.code];
    dates = await publishedDates(strapi, release.kind, release.key, from, to);
    fields = station.kind === 'air' ? measurementFields.filter((f) => f !== 'doseRate') : ['doseRate'];
  } else {
    const city = rules.cities.find((c) => c.code === query.city);
    if (!city) throw badQuery(404, 'CITY_UNKNOWN', `未知城市 / unknown city ${query.city}`);
    stations = stationsOfRelease('airCity', city.code).map((s) => s.code);
    dates = await publishedDates(strapi, 'airCity', city.code, from, to);
    fields = measurementFields.filter((f) => f !== 'doseRate');
  }
  const unit = Object.fromEntries(fields.map((f) => [f, rules.fields[f].unit]));
  const empty = { station: query.station ?? null, city: query.city ?? null, unit };
  if (dates.length === 0 || stations.length === 0)
    return { ...empty, points: [], pagination: { page, pageSize, total: 0, pageCount: 0 } };

  const base = () => knex(measurementsTable).whereIn('station', stations).whereIn('local_date', dates);
  let total: number;
  let rows: Record<string, unknown>[];
  if (query.station) {
    total = Number(((await base().count({ n: '*' }).first()) as { n: number | string }).n);
    rows = await base()
      .orderBy('hour')
      .offset((page - 1) * pageSize)
      .limit(pageSize);
  } else {
    total = Number(
      ((await knex.from(base().distinct('hour').as('h')).count({ n: '*' }).first()) as { n: number | string }).n,
    );
    rows = await base()
      .select('hour', ...fields.map((f) => knex.raw('avg(??) as ??', [fieldColumns[f], fieldColumns[f]])))
      .groupBy('hour')
      .orderBy('hour')
      .offset((page - 1) * pageSize)
      .limit(pageSize);
  }
  const points = rows.map((row) => {
    const values = valuesOfRow(row);
    return {
      time: isoOfHour(Number(row.hour), rules.utcOffset),
      values: Object.fromEntries(
        fields.map((f) => [f, values[f] === undefined ? null : query.city ? round(values[f]!) : values[f]!]),
      ),
    };
  });
  return { ...empty, points, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
}

export interface LatestValues {
  station: string;
  name: { zh: string; en: string };
  kind: 'air' | 'radiation';
  city: string;
  regionCode: string;
  time: string;
  values: Partial<Record<MeasurementField, number | null>>;
}

/** The latest published hour of every station (optionally of one city or kind), for maps and tiles. */
export async function latestMeasurements(
  strapi: Core.Strapi,
  { city, kind }: { city?: string; kind?: string },
): Promise<LatestValues[]> {
  const rules = loadDomainConfig().monitoring;
  if (kind !== undefined && kind !== 'air' && kind !== 'radiation')
    throw badQuery(400, 'KIND_INVALID', 'kind 须为 air 或 radiation / kind must be air or radiation');
  if (city !== undefined && !rules.cities.some((c) => c.code === city))
    throw badQuery(404, 'CITY_UNKNOWN', `未知城市 / unknown city ${city}`);
  const stations = rules.stations.filter((s) => (!city || s.city === city) && (!kind || s.kind === kind));
  const knex = strapi.db.connection;
  const latestDateOf = new Map<string, string | undefined>();
  const answer: LatestValues[] = [];
  for (const station of stations) {
    const release = releaseOf(station);
    const releaseKey = `${release.kind}|${release.key}`;
    if (!latestDateOf.has(releaseKey))
      latestDateOf.set(releaseKey, await latestPublishedDate(strapi, release.kind, release.key));
    const date = latestDateOf.get(releaseKey);
    if (!date) continue;
    const row = (await knex(measurementsTable)
      .where({ station: station.code, local_date: date })
      .orderBy('hour', 'desc')
      .first()) as Record<string, unknown> | undefined;
    if (!row) continue;
    const values = valuesOfRow(row);
    const fields = station.kind === 'air' ? measurementFields.filter((f) => f !== 'doseRate') : (['doseRate'] as const);
    answer.push({
      station: station.code,
      name: station.name,
      kind: station.kind,
      city: station.city,
      regionCode: station.regionCode,
      time: isoOfHour(Number(row.hour), rules.utcOffset),
      values: Object.fromEntries(fields.map((f) => [f, values[f] ?? null])),
    });
  }
  return answer;
}
