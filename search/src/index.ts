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
