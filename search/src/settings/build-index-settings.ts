import { loadDomainConfig } from '@disclosure-hub/config';
import type { DomainConfig } from '@disclosure-hub/config';
import { assertSearchLocale, searchLocales } from '../locales/search-locales';
import type { IndexSettings } from '../meili-types';
import { buildSynonyms } from './build-synonyms';
import { filterableFields } from './facet-fields';

/**
 * Searchable fields, most telling first (Meilisearch's `attribute` rule ranks a hit in the title
 * above one in the body). Document numbers come early because people paste them whole.
 */
export const searchableFields = [
  'title',
  'documentNumber',
  'indexNumber',
  'topic',
  'summary',
  'categoryName',
  'columnName',
  'departmentName',
  'publishingOrganisation',
  'city',
  'station',
  'industry',
  'text',
  'attachmentNames',
] as const;

export const sortableFields = ['dateFormedTs', 'publishedAtTs'] as const;

/**
 * Meilisearch's relevance rules in their default order, then recency: among equally relevant
 * hits the newer publication wins, but recency never beats a better text match.
 */
export const rankingRules = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAtTs:desc'];

/** Input of {@link buildIndexSettings}. */
export interface BuildIndexSettingsOptions {
  /** Defaults to `loadDomainConfig()`. */
  config?: DomainConfig;
}

/**
 * The complete settings of the index of one locale. Every field we rely on is set explicitly, so
 * applying them to an index with other settings converges to the same state.
 */
export function buildIndexSettings(locale: string, options: BuildIndexSettingsOptions = {}): IndexSettings {
  const { meiliLocale } = searchLocales[assertSearchLocale(locale)];
  const config = options.config ?? loadDomainConfig();
  return {
    displayedAttributes: ['*'],
    searchableAttributes: [...searchableFields],
    filterableAttributes: filterableFields(config),
    sortableAttributes: [...sortableFields],
    rankingRules: [...rankingRules],
    localizedAttributes: [{ attributePatterns: ['*'], locales: [meiliLocale] }],
    synonyms: buildSynonyms(config.search.synonymGroups),
    // Identifiers (索引号, 文号) must match exactly: a typo-tolerant 文号 finds the neighbouring file.
    typoTolerance: { enabled: true, disableOnAttributes: ['documentNumber', 'indexNumber'] },
    faceting: { maxValuesPerFacet: config.search.index.maxValuesPerFacet },
    pagination: { maxTotalHits: config.search.index.maxTotalHits },
  };
}
