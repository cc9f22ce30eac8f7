// The only module that talks to the network: anonymous POSTs to the CMS's public GraphQL API.
import { cmsUrl } from './config';
import type { Locale } from './i18n';

export class PortalApiError extends Error {
  override name = 'PortalApiError';
  constructor(
    readonly code: 'NETWORK' | 'HTTP' | 'GRAPHQL',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

async function query<T>(text: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
  } catch (cause) {
    throw new PortalApiError('NETWORK', 'The CMS could not be reached', { cause });
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (body?.errors?.length) throw new PortalApiError('GRAPHQL', body.errors[0]!.message, { cause: body.errors });
  if (!response.ok || !body?.data) throw new PortalApiError('HTTP', `HTTP ${response.status}`);
  return body.data;
}

export interface CategorySummary {
  key: string;
  column: string;
  nameZh: string;
  nameEn: string;
  count: number;
  latestUpdate: string | null;
  departments: { code: string; nameZh: string; nameEn: string }[];
}

export interface AirQualityReport {
  documentId: string;
  city: string;
  date: string;
  aqi: number | null;
  level: number | null;
  category: string | null;
}

export interface DisclosureSummary {
  category: string;
  documentId: string;
  title: string;
  indexNumber: string | null;
  regionCode: string | null;
  dateFormed: string | null;
  publishedAt: string | null;
}

export interface FileRef {
  name: string;
  url: string;
}

export interface DisclosureItem {
  documentId: string;
  title: string;
  publishedAt: string | null;
  metadata: { indexNumber: string | null; documentNumber: string | null; dateFormed: string; regionCode: string };
  description: { topic: string | null; summary: string | null; publishingOrganisation: string | null } | null;
  [mediaField: string]: unknown;
}

export async function fetchCatalogue(locale: Locale): Promise<CategorySummary[]> {
  const data = await query<{ disclosureCatalog: CategorySummary[] }>(
    `query Catalogue($locale: I18NLocaleCode) {
      disclosureCatalog(locale: $locale) { key column nameZh nameEn count latestUpdate departments { code nameZh nameEn } }
    }`,
    { locale },
  );
  return data.disclosureCatalog;
}

export async function fetchLatestAirQuality(locale: Locale): Promise<AirQualityReport[]> {
  const data = await query<{ latestAirQualityDailies: AirQualityReport[] }>(
    `query LatestAqi($locale: I18NLocaleCode) {
      latestAirQualityDailies(locale: $locale) { documentId city date aqi level category }
    }`,
    { locale },
  );
  return data.latestAirQualityDailies;
}

export async function fetchColumn(options: {
  regionCode: string;
  category: string;
  page: number;
  pageSize: number;
  locale: Locale;
}): Promise<{ total: number; items: DisclosureSummary[] }> {
  const data = await query<{ disclosuresByRegion: { total: number; items: DisclosureSummary[] } }>(
    `query Column($regionCode: String!, $category: String, $page: Int, $pageSize: Int, $locale: I18NLocaleCode) {
      disclosuresByRegion(regionCode: $regionCode, category: $category, page: $page, pageSize: $pageSize, locale: $locale) {
        total
        items { category documentId title indexNumber regionCode dateFormed publishedAt }
      }
    }`,
    options,
  );
  return data.disclosuresByRegion;
}

/** The GraphQL name of a category key: `eia-project` → `eiaProject`. */
export function graphqlNameOf(categoryKey: string): string {
  return categoryKey.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * One item by its category's generated single query. `categoryKey` must come from the catalogue:
 * it becomes part of the query text. `mediaFields` are the type's file fields, if any.
 */
export async function fetchItem(options: {
  categoryKey: string;
  documentId: string;
  locale: Locale;
  mediaFields: readonly string[];
}): Promise<DisclosureItem | null> {
  const media = options.mediaFields.map((field) => `${field} { name url }`).join(' ');
  const data = await query<{ item: DisclosureItem | null }>(
    `query Item($documentId: ID!, $locale: I18NLocaleCode) {
      item: ${graphqlNameOf(options.categoryKey)}(documentId: $documentId, locale: $locale) {
        documentId title publishedAt
        metadata { indexNumber documentNumber dateFormed regionCode }
        description { topic summary publishingOrganisation }
        ${media}
      }
    }`,
    { documentId: options.documentId, locale: options.locale },
  );
  return data.item;
}

export interface SeriesPoint {
  time: string;
  pm25: number | null;
  pm10: number | null;
  o3: number | null;
  doseRate: number | null;
}

/**
 * The hourly data behind a daily release of monitoring data: the city's hourly means for an
 * air-quality report, the station's dose rates for a radiation day. Empty for other items and for
 * days whose release is not published.
 */
export async function fetchHourlySeries(categoryKey: string, documentId: string): Promise<SeriesPoint[]> {
  const target =
    categoryKey === 'air-quality-daily'
      ? await query<{ item: { date: string; metadata: { regionCode: string } } | null }>(
          `query Source($documentId: ID!) { item: airQualityDaily(documentId: $documentId) { date metadata { regionCode } } }`,
          { documentId },
        ).then(({ item }) => item && { city: item.metadata.regionCode, from: item.date, to: item.date })
      : categoryKey === 'radiation-monitoring'
        ? await query<{ item: { stationCode: string | null; periodStart: string; periodEnd: string } | null }>(
            `query Source($documentId: ID!) { item: radiationMonitoring(documentId: $documentId) { stationCode periodStart periodEnd } }`,
            { documentId },
          ).then(
            ({ item }) =>
              item?.stationCode && { station: item.stationCode, from: item.periodStart, to: item.periodEnd },
          )
        : null;
  if (!target) return [];
  const data = await query<{ measurementSeries: { points: SeriesPoint[] } }>(
    `query Series($station: String, $city: String, $from: String!, $to: String!) {
      measurementSeries(station: $station, city: $city, from: $from, to: $to, pageSize: 100) { points { time pm25 pm10 o3 doseRate } }
    }`,
    target,
  ).catch((error: unknown) => {
    // An unknown station or city (an item written by hand) simply has no hourly data.
    if (error instanceof PortalApiError && error.code === 'GRAPHQL') return { measurementSeries: { points: [] } };
    throw error;
  });
  return data.measurementSeries.points;
}
