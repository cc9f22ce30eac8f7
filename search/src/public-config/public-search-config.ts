import { loadDomainConfig } from '@disclosure-hub/config';
import type { DomainConfig, LocalizedText } from '@disclosure-hub/config';
import { indexUidFor, searchLocales, type SearchLocale } from '../locales/search-locales';
import { sortableFields } from '../settings/build-index-settings';
import { facetFieldsByCatalogKey, filterableFields } from '../settings/facet-fields';

/**
 * What a public client (the search widget, a portal) needs to search Meilisearch directly:
 * where it is, a search-only key, which index serves which locale, and the facets and sorts
 * the indexes accept. Served by the CMS at `GET /api/disclosure-search/config`.
 */
export interface PublicSearchConfig {
  /** Meilisearch as browsers reach it. */
  host: string;
  /** A key that may only search the indexes below. */
  apiKey: string;
  defaultLocale: SearchLocale;
  /** Per content locale: its index and the Meilisearch language of its text (`cmn`, `eng`). */
  locales: Record<SearchLocale, { index: string; language: string }>;
  filterableAttributes: string[];
  sortableAttributes: string[];
  /** Facets every category has (search-document fields). */
  commonFacets: string[];
  columns: Array<{ key: string; name: LocalizedText }>;
  /** Each category with its column and its own facets (search-document fields). */
  categories: Array<{ key: string; column: string; name: LocalizedText; facets: string[] }>;
}

/** Input of {@link publicSearchConfig}. */
export interface PublicSearchConfigInput {
  host: string;
  apiKey: string;
  indexPrefix?: string;
  config?: DomainConfig;
}

const commonFacetKeys = ['category', 'department', 'year', 'regionCode'] as const;

export function publicSearchConfig(input: PublicSearchConfigInput): PublicSearchConfig {
  const config = input.config ?? loadDomainConfig();
  const field = (facet: string) => (facetFieldsByCatalogKey as Record<string, string>)[facet];
  const commonFacets = commonFacetKeys.map((key) => facetFieldsByCatalogKey[key]);
  const locales = Object.fromEntries(
    Object.entries(searchLocales).map(([locale, { meiliLocale }]) => [
      locale,
      { index: indexUidFor(locale, { prefix: input.indexPrefix }), language: meiliLocale },
    ]),
  ) as PublicSearchConfig['locales'];
  return {
    host: input.host.replace(/\/+$/, ''),
    apiKey: input.apiKey,
    defaultLocale: 'zh-CN',
    locales,
    filterableAttributes: filterableFields(config),
    sortableAttributes: [...sortableFields],
    commonFacets,
    columns: config.catalog.columns.map(({ key, name }) => ({ key, name })),
    categories: config.catalog.categories.map((entry) => ({
      key: entry.key,
      column: entry.column,
      name: entry.name,
      facets: entry.searchFacets
        .map(field)
        .filter((f): f is string => f !== undefined && !(commonFacets as string[]).includes(f)),
    })),
  };
}
