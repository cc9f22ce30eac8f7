import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';
import { loadDomainConfig } from '@disclosure-hub/config';
import { catalogByUid } from '../catalog';
import { regionCodePrefix } from './region-filter';

/** A stored document as the Document Service returns it (fields by content type). */
type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

type Documents = {
  findMany(params: object): Promise<Doc[]>;
  findFirst(params: object): Promise<Doc | null>;
  count(params: object): Promise<number>;
};

const proactive = { metadata: { attribute: { $eq: 'proactive' } } };
const documents = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as unknown as Documents;
const localeOf = (locale: unknown) => (typeof locale === 'string' && locale ? locale : 'zh-CN');

function badInput(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: code } });
}

/** A published item of any category, as the cross-category portal queries list it. */
function summaryOf(uid: string, doc: Doc) {
  const entry = catalogByUid().get(uid)!;
  return {
    uid,
    category: entry.key,
    documentId: doc.documentId,
    locale: doc.locale,
    title: doc.title,
    indexNumber: doc.metadata?.indexNumber ?? null,
    regionCode: doc.metadata?.regionCode ?? null,
    dateFormed: doc.metadata?.dateFormed ?? null,
    summary: doc.description?.summary ?? null,
    publishingOrganisation: doc.description?.publishingOrganisation ?? null,
    departmentCode: doc.metadata?.department?.code ?? null,
    publishedAt: doc.publishedAt,
  };
}

const metadataPopulate = { metadata: { populate: { department: { fields: ['code'] } } }, description: true };

const typeDefs = /* GraphQL */ `
  "一个政务公开类别的概况 / one disclosure category at a glance"
  type DisclosureCategorySummary {
    key: String!
    column: String!
    nameZh: String!
    nameEn: String!
    "已公开（主动公开）条数 / published, proactive items"
    count: Int!
    "最近发布时间 / latest publication"
    latestUpdate: DateTime
    "负责部门（谁制作谁公开）/ the producing departments"
    departments: [DisclosureDepartmentRef!]!
  }

  type DisclosureDepartmentRef {
    code: String!
    nameZh: String!
    nameEn: String!
  }

  "任一类别的已公开信息摘要 / a published item of any category"
  type DisclosureSummary {
    uid: String!
    category: String!
    documentId: ID!
    locale: String!
    title: String!
    indexNumber: String
    regionCode: String
    dateFormed: Date
    summary: String
    publishingOrganisation: String
    departmentCode: String
    publishedAt: DateTime
  }

  type DisclosureSummaryPage {
    items: [DisclosureSummary!]!
    total: Int!
    page: Int!
    pageSize: Int!
  }

  extend type Query {
    "公开目录：各类别条数、最近更新与负责部门 / the catalogue with counts, latest update and departments"
    disclosureCatalog(locale: I18NLocaleCode): [DisclosureCategorySummary!]!
    "各城市最新一期空气质量日报 / the latest daily air-quality report of each city"
    latestAirQualityDailies(locale: I18NLocaleCode): [AirQualityDaily!]!
    "按索引号查找 / an item by its index number (索引号)"
    disclosureByIndexNumber(indexNumber: String!, locale: I18NLocaleCode): DisclosureSummary
    "按行政区划查找（含下级）/ items of a region code and, by default, the regions below it"
    disclosuresByRegion(
      regionCode: String!
      includeSubregions: Boolean = true
      category: String
      page: Int = 1
      pageSize: Int = 25
      locale: I18NLocaleCode
    ): DisclosureSummaryPage!
  }
`;

/** The GraphQL plugin's extension service, typed for the parts we use. */
export const graphqlExtension = (strapi: Core.Strapi) =>
  strapi.plugin('graphql').service('extension') as {
    use(factory: () => { typeDefs: string; resolvers: object; resolversConfig: object }): void;
  };

/**
 * Queries portals need beyond the generated ones. Public, read-only, and restricted here as well as
 * by the Document Service middleware: published, proactive items only.
 */
export function registerPortalQueries(strapi: Core.Strapi): void {
  graphqlExtension(strapi).use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        async disclosureCatalog(_parent: unknown, args: { locale?: string }) {
          const locale = localeOf(args.locale);
          const config = loadDomainConfig();
          const departments = new Map(config.departments.departments.map((d) => [d.code, d]));
          return Promise.all(
            config.catalog.categories.map(async (entry) => {
              const base = { status: 'published', locale, filters: proactive };
              const [count, latest] = await Promise.all([
                documents(strapi, entry.contentType).count(base),
                documents(strapi, entry.contentType).findFirst({
                  ...base,
                  sort: 'publishedAt:desc',
                  fields: ['publishedAt'],
                }),
              ]);
              return {
                key: entry.key,
                column: entry.column,
                nameZh: entry.name.zh,
                nameEn: entry.name.en,
                count,
                latestUpdate: latest?.publishedAt ?? null,
                departments: entry.departments.map((code) => ({
                  code,
                  nameZh: departments.get(code)?.name.zh ?? code,
                  nameEn: departments.get(code)?.name.en ?? code,
                })),
              };
            }),
          );
        },

        async latestAirQualityDailies(_parent: unknown, args: { locale?: string }) {
          const uid = 'api::air-quality-daily.air-quality-daily';
          const locale = localeOf(args.locale);
          const base = { status: 'published', locale, filters: proactive };
          const cities = new Set(
            (await documents(strapi, uid).findMany({ ...base, fields: ['city'], sort: 'date:desc', limit: 1000 })).map(
              (d) => d.city as string,
            ),
          );
          const latest = await Promise.all(
            [...cities].map((city) =>
              documents(strapi, uid).findFirst({
                ...base,
                filters: { $and: [proactive, { city: { $eq: city } }] },
                sort: ['date:desc', 'publishedAt:desc'],
              }),
            ),
          );
          return latest.filter((d): d is Doc => d !== null);
        },

        async disclosureByIndexNumber(_parent: unknown, args: { indexNumber: string; locale?: string }) {
          const locale = localeOf(args.locale);
          for (const uid of catalogByUid().keys()) {
            const found = await documents(strapi, uid).findFirst({
              status: 'published',
              locale,
              filters: { $and: [proactive, { metadata: { indexNumber: { $eq: args.indexNumber } } }] },
              populate: metadataPopulate,
            });
            if (found) return summaryOf(uid, found);
          }
          return null;
        },

        async disclosuresByRegion(
          _parent: unknown,
          args: {
            regionCode: string;
            includeSubregions?: boolean;
            category?: string;
            page?: number;
            pageSize?: number;
            locale?: string;
          },
        ) {
          const locale = localeOf(args.locale);
          const page = args.page ?? 1;
          const pageSize = args.pageSize ?? 25;
          if (!Number.isInteger(page) || page < 1) throw badInput('INVALID_PAGE', 'page 须为正整数 / page must be ≥ 1');
          if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)
            throw badInput('PAGE_SIZE_TOO_LARGE', 'pageSize 须在 1–100 之间 / pageSize must be 1–100');
          if (!/^\d{6}$/.test(args.regionCode))
            throw badInput('INVALID_REGION_CODE', '行政区划代码须为6位数字 / regionCode must be 6 digits (GB/T 2260)');
          const entries = [...catalogByUid().entries()].filter(
            ([, entry]) => args.category === undefined || args.category === null || entry.key === args.category,
          );
          if (entries.length === 0) throw badInput('UNKNOWN_CATEGORY', `未知类别 / unknown category ${args.category}`);
          const filters = {
            $and: [
              proactive,
              { metadata: { regionCode: regionCodePrefix(args.regionCode, args.includeSubregions ?? true) } },
            ],
          };
          // Newest first across categories: take each category's first page-worth, merge, cut.
          const want = page * pageSize;
          const perType = await Promise.all(
            entries.map(async ([uid]) => {
              const base = { status: 'published', locale, filters };
              const [total, items] = await Promise.all([
                documents(strapi, uid).count(base),
                documents(strapi, uid).findMany({
                  ...base,
                  sort: 'publishedAt:desc',
                  limit: want,
                  populate: metadataPopulate,
                }),
              ]);
              return { total, items: items.map((doc) => summaryOf(uid, doc)) };
            }),
          );
          const merged = perType
            .flatMap((p) => p.items)
            .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)));
          return {
            items: merged.slice((page - 1) * pageSize, want),
            total: perType.reduce((sum, p) => sum + p.total, 0),
            page,
            pageSize,
          };
        },
      },
    },
    resolversConfig: {
      'Query.disclosureCatalog': { auth: false },
      'Query.latestAirQualityDailies': { auth: false },
      'Query.disclosureByIndexNumber': { auth: false },
      'Query.disclosuresByRegion': { auth: false },
    },
  }));
}
