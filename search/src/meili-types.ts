/**
 * The parts of the Meilisearch REST API (checked against v1.21) that Disclosure Hub uses.
 * Field names are Meilisearch's own, so a request body can be passed through unchanged.
 */

/** A document as Meilisearch stores it: a flat JSON object with a primary key. */
export type MeiliDocument = Record<string, unknown>;

/** Primary key value; Meilisearch accepts integers or strings of `a-zA-Z0-9-_`. */
export type DocumentId = string | number;

/** Answer of every write: the task was queued, not done. Wait for it with `waitForTask`. */
export interface EnqueuedTask {
  taskUid: number;
  indexUid: string | null;
  status: TaskStatus;
  type: string;
  enqueuedAt: string;
}

export type TaskStatus = 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';

/** Meilisearch's error body, both for HTTP errors and inside failed tasks. */
export interface MeiliErrorBody {
  message: string;
  code: string;
  type: string;
  link?: string;
}

/** A task as returned by `GET /tasks/:uid`. */
export interface Task {
  uid: number;
  batchUid: number | null;
  indexUid: string | null;
  status: TaskStatus;
  type: string;
  canceledBy: number | null;
  details?: Record<string, unknown>;
  error: MeiliErrorBody | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface IndexInfo {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface HealthStatus {
  status: 'available' | (string & {});
}

export interface VersionInfo {
  pkgVersion: string;
  commitSha: string;
  commitDate: string;
}

/**
 * Which attributes hold which language. Chinese fields use `locales: ['cmn']` (ISO 639-3; not `chi`,
 * not `zho` by convention here), so that Meilisearch segments them with jieba.
 */
export interface LocalizedAttributesRule {
  attributePatterns: string[];
  locales: string[];
}

/** Granular filterable attribute (Meilisearch ≥ 1.14); plain attribute names remain valid. */
export interface FilterableAttributesRule {
  attributePatterns: string[];
  features?: {
    facetSearch?: boolean;
    filter?: { equality?: boolean; comparison?: boolean };
  };
}

export interface TypoTolerance {
  enabled?: boolean;
  minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number };
  disableOnWords?: string[];
  disableOnAttributes?: string[];
  disableOnNumbers?: boolean;
}

/** Index settings. Every field is optional in `updateSettings`; `null` resets a field to its default. */
export interface IndexSettings {
  displayedAttributes?: string[] | null;
  searchableAttributes?: string[] | null;
  filterableAttributes?: Array<string | FilterableAttributesRule> | null;
  sortableAttributes?: string[] | null;
  rankingRules?: string[] | null;
  stopWords?: string[] | null;
  nonSeparatorTokens?: string[] | null;
  separatorTokens?: string[] | null;
  dictionary?: string[] | null;
  synonyms?: Record<string, string[]> | null;
  distinctAttribute?: string | null;
  proximityPrecision?: 'byWord' | 'byAttribute' | null;
  typoTolerance?: TypoTolerance | null;
  faceting?: { maxValuesPerFacet?: number; sortFacetValuesBy?: Record<string, 'alpha' | 'count'> } | null;
  pagination?: { maxTotalHits?: number } | null;
  searchCutoffMs?: number | null;
  localizedAttributes?: LocalizedAttributesRule[] | null;
  facetSearch?: boolean | null;
  prefixSearch?: 'indexingTime' | 'disabled' | null;
}

/** Meilisearch filter expression: a string, or arrays meaning AND of (OR of) expressions. */
export type Filter = string | Array<string | string[]>;

export interface SearchParams {
  q?: string;
  filter?: Filter;
  facets?: string[];
  sort?: string[];
  limit?: number;
  offset?: number;
  page?: number;
  hitsPerPage?: number;
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
  attributesToCrop?: string[];
  cropLength?: number;
  cropMarker?: string;
  showMatchesPosition?: boolean;
  matchingStrategy?: 'last' | 'all' | 'frequency';
  /** Query languages; for Chinese queries pass `['cmn']` so the query is segmented like the fields. */
  locales?: string[];
}

/** A hit: the document, plus `_formatted` when highlighting or cropping was asked for. */
export type SearchHit<T extends MeiliDocument = MeiliDocument> = T & {
  _formatted?: { [K in keyof T]?: unknown };
  _matchesPosition?: Record<string, Array<{ start: number; length: number }>>;
};

export interface SearchResponse<T extends MeiliDocument = MeiliDocument> {
  hits: Array<SearchHit<T>>;
  query: string;
  processingTimeMs: number;
  /** Present with offset/limit pagination. */
  limit?: number;
  offset?: number;
  estimatedTotalHits?: number;
  /** Present with page/hitsPerPage pagination. */
  page?: number;
  hitsPerPage?: number;
  totalHits?: number;
  totalPages?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  facetStats?: Record<string, { min: number; max: number }>;
}

export interface GetDocumentsParams {
  offset?: number;
  limit?: number;
  fields?: string[];
  filter?: Filter;
}

export interface ResultsPage<T> {
  results: T[];
  offset: number;
  limit: number;
  total: number;
}

export interface IndexSwap {
  indexes: [string, string];
}

/** Key actions we use; Meilisearch knows more, so any string is accepted. */
export type KeyAction =
  | '*'
  | 'search'
  | 'documents.add'
  | 'documents.get'
  | 'documents.delete'
  | 'documents.*'
  | 'indexes.create'
  | 'indexes.get'
  | 'indexes.update'
  | 'indexes.delete'
  | 'indexes.swap'
  | 'indexes.*'
  | 'tasks.get'
  | 'settings.get'
  | 'settings.update'
  | 'keys.get'
  | 'keys.create'
  | 'keys.delete'
  | (string & {});

export interface CreateKeyParams {
  name?: string;
  description?: string;
  /** Set a uid (UUID v4) to derive the same key value on every start from the same master key. */
  uid?: string;
  actions: KeyAction[];
  indexes: string[];
  /** RFC 3339 date, or `null` for a key that never expires. */
  expiresAt: string | null;
}

export interface ApiKey {
  uid: string;
  key: string;
  name: string | null;
  description: string | null;
  actions: KeyAction[];
  indexes: string[];
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}
