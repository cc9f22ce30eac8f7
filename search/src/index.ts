export { SearchError, searchErrorCodes } from './search-error';
export type { SearchErrorCode, SearchErrorOptions } from './search-error';
export { MeiliClient } from './meili-client';
export type { MeiliClientOptions, WaitForTaskOptions } from './meili-client';
export type * from './meili-types';
export { startLocalMeilisearch } from './local-server/start-local-meilisearch';
export type {
  LocalMeilisearch,
  MeilisearchServer,
  StartLocalMeilisearchOptions,
} from './local-server/start-local-meilisearch';
export { resolveMeilisearch } from './local-server/resolve-meilisearch';
export type { ResolveMeilisearchOptions } from './local-server/resolve-meilisearch';
export { indexUidFor, isSearchLocale, searchLocales, defaultIndexPrefix } from './locales/search-locales';
export type { SearchLocale } from './locales/search-locales';
export { toSearchDocument, defaultMaxTextLength } from './documents/to-search-document';
export type { ToSearchDocumentInput } from './documents/to-search-document';
export { searchDocumentId } from './documents/catalog-entry-for-uid';
export { markdownToPlainText } from './documents/markdown-to-plain-text';
export type * from './documents/disclosure-input';
export type { SearchDocument, SearchFacetFields } from './documents/search-document';
export { buildIndexSettings, searchableFields, sortableFields, rankingRules } from './settings/build-index-settings';
export type { BuildIndexSettingsOptions } from './settings/build-index-settings';
export { buildSynonyms } from './settings/build-synonyms';
export { facetFieldsByCatalogKey, filterableFields } from './settings/facet-fields';
export { applyIndexSettings } from './settings/apply-index-settings';
export type { ApplyIndexSettingsInput } from './settings/apply-index-settings';
export type { SettingsDifference } from './settings/settings-differences';
export { createIndexer, indexerTopics } from './indexer/create-indexer';
export type {
  CreateIndexerInput,
  Indexer,
  IndexerEvent,
  IndexerResult,
  IndexerTopic,
  LoadPublished,
} from './indexer/create-indexer';
export { reconcile } from './reconcile/reconcile';
export type { ReconcileSummary } from './reconcile/reconcile';
export { rebuild } from './reconcile/rebuild';
export type { RebuildInput, RebuildSummary } from './reconcile/rebuild';
export type { ListPublished, PublishedRef, PublishedSyncInput, SyncProgress } from './reconcile/published-source';
export { renderProgress } from './reconcile/render-progress';
export type { RenderProgressInput } from './reconcile/render-progress';
export { createSearchKey } from './keys/create-search-key';
export type { CreateSearchKeyInput } from './keys/create-search-key';
export { ensureSearchKey } from './keys/ensure-search-key';
export type { EnsureSearchKeyInput } from './keys/ensure-search-key';
export { publicSearchConfig } from './public-config/public-search-config';
export type { PublicSearchConfig, PublicSearchConfigInput } from './public-config/public-search-config';
