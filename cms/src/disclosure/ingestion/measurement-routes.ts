import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';
import { graphqlExtension } from '../graphql/portal-queries';
import { answer, WithMeta } from '../http/respond';
import { actorForApiToken } from '../workflow/token-bindings';
import { TransitionRefused } from '../workflow/transition-errors';
import { releasesTable } from './ingestion-tables';
import { stationsOfDepartment } from './ingest-batch';
import { badQuery, latestMeasurements, measurementSeries, type SeriesQuery } from './measurement-reads';

interface Ctx {
  query: Record<string, unknown>;
  get(header: string): string;
  status: number;
  body: unknown;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const integer = (v: unknown) => (v === undefined || v === '' ? undefined : /^\d+$/.test(String(v)) ? Number(v) : NaN);

const seriesQueryOf = (q: Record<string, unknown>): SeriesQuery => ({
  station: text(q.station),
  city: text(q.city),
  from: text(q.from),
  to: text(q.to),
  page: integer(q.page),
  pageSize: integer(q.pageSize),
});

export const releaseStatuses = [
  'collecting',
  'processing',
  'published',
  'awaitingReview',
  'insufficient',
  'failed',
  'outsideWindow',
] as const;

/**
 * Public reads of the measurement series (REST) and the producers' view of their releases (API
 * token bound to the department). Reads show only days whose release is published.
 */
export function registerMeasurementRoutes(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'GET',
      path: '/api/measurements/series',
      handler: (ctx: Ctx) =>
        answer(ctx, async () => {
          const page = await measurementSeries(strapi, seriesQueryOf(ctx.query));
          const { points, pagination, ...meta } = page;
          return new WithMeta(points, { ...meta, pagination });
        }),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/api/measurements/latest',
      handler: (ctx: Ctx) =>
        answer(ctx, () => latestMeasurements(strapi, { city: text(ctx.query.city), kind: text(ctx.query.kind) })),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/api/ingest/releases',
      handler: (ctx: Ctx) =>
        answer(ctx, async () => {
          const actor = await actorForApiToken(strapi, ctx.get('authorization'));
          const department = actor.departments[0]!.code;
          const status = text(ctx.query.status);
          if (status && !(releaseStatuses as readonly string[]).includes(status))
            throw badQuery(400, 'STATUS_INVALID', `status 须为 / status must be one of ${releaseStatuses.join(', ')}`);
          const keys = stationsOfDepartment(department);
          let query = strapi.db
            .connection(releasesTable)
            .whereIn('release_key', keys)
            .orderBy('local_date', 'desc')
            .limit(500);
          if (status) query = query.where('status', status);
          const date = text(ctx.query.date);
          if (date) query = query.where('local_date', date);
          const rows = (await query) as Record<string, unknown>[];
          return rows.map((r) => ({
            kind: r.kind,
            key: r.release_key,
            date: r.local_date,
            status: r.status,
            readyAt: r.ready_at,
            uid: r.uid,
            documentId: r.document_id,
            flags: r.flags ? JSON.parse(String(r.flags)) : [],
            notes: r.notes ? JSON.parse(String(r.notes)) : [],
            lateData: Boolean(r.late_data),
            attempts: Number(r.attempts),
            lastError: r.last_error ?? null,
          }));
        }),
      config: { auth: false },
    },
  ] as never);
}

const typeDefs = /* GraphQL */ `
  "某小时的监测值 / the values of one hour (µg/m³; CO mg/m³; doseRate nGy/h)"
  type MeasurementPoint {
    time: String!
    pm25: Float
    pm10: Float
    so2: Float
    no2: Float
    co: Float
    o3: Float
    o3_8h: Float
    doseRate: Float
  }

  type MeasurementSeriesPage {
    station: String
    city: String
    points: [MeasurementPoint!]!
    total: Int!
    page: Int!
    pageSize: Int!
    pageCount: Int!
  }

  "站点最新一小时（已发布日报范围内）/ a station's latest published hour"
  type StationLatest {
    station: String!
    nameZh: String!
    nameEn: String!
    kind: String!
    city: String!
    regionCode: String!
    latest: MeasurementPoint!
  }

  extend type Query {
    "站点或城市小时序列 / hourly series of a station or a city (mean of its stations)"
    measurementSeries(
      station: String
      city: String
      from: String!
      to: String!
      page: Int = 1
      pageSize: Int = 100
    ): MeasurementSeriesPage!
    "各站点最新值 / latest values per station"
    latestMeasurements(city: String, kind: String): [StationLatest!]!
  }
`;

const badInput = (error: unknown) =>
  error instanceof TransitionRefused
    ? new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', reason: error.details.code } })
    : error;

export function registerMeasurementQueries(strapi: Core.Strapi): void {
  graphqlExtension(strapi).use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        async measurementSeries(_parent: unknown, args: SeriesQuery) {
          try {
            const page = await measurementSeries(strapi, args);
            return {
              station: page.station,
              city: page.city,
              points: page.points.map((p) => ({ time: p.time, ...p.values })),
              ...page.pagination,
            };
          } catch (error) {
            throw badInput(error);
          }
        },
        async latestMeasurements(_parent: unknown, args: { city?: string; kind?: string }) {
          try {
            const latest = await latestMeasurements(strapi, {
              city: args.city ?? undefined,
              kind: args.kind ?? undefined,
            });
            return latest.map((l) => ({
              ...l,
              nameZh: l.name.zh,
              nameEn: l.name.en,
              latest: { time: l.time, ...l.values },
            }));
          } catch (error) {
            throw badInput(error);
          }
        },
      },
    },
    resolversConfig: {
      'Query.measurementSeries': { auth: false },
      'Query.latestMeasurements': { auth: false },
    },
  }));
}
