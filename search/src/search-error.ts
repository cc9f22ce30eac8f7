/**
 * The one error class of the search package. Every error carries a machine-readable `code` from the
 * closed list below; the HTTP mapping for our own API lives in `cms`, never here.
 */
export const searchErrorCodes = [
  /** Meilisearch could not be reached: connection refused, DNS, reset, or the request timed out. */
  'MEILI_UNAVAILABLE',
  /** Meilisearch answered with a non-2xx status; see `status` and `meiliCode`. */
  'MEILI_HTTP_ERROR',
  /** An asynchronous task ended `failed` or `canceled`; `meiliCode` holds the task's error code. */
  'TASK_FAILED',
  /** An asynchronous task did not finish within the time we were willing to wait. */
  'TASK_TIMEOUT',
  /** The local Meilisearch process could not be started or did not become healthy. */
  'LOCAL_SERVER_FAILED',
  /** Missing or malformed configuration (host, key, data directory, facet keys in the catalogue). */
  'CONFIG_INVALID',
  /** Meilisearch accepted a settings update but reads back different settings; `details.differences`. */
  'SETTINGS_NOT_APPLIED',
  /** A content type uid that no catalogue category names. */
  'UNKNOWN_CONTENT_TYPE',
  /** A locale without a search index (only `zh-CN` and `en` have one). */
  'UNSUPPORTED_LOCALE',
] as const;

export type SearchErrorCode = (typeof searchErrorCodes)[number];

/** Options of {@link SearchError}; everything but `code` and the message is optional. */
export interface SearchErrorOptions {
  cause?: unknown;
  /** HTTP status of the Meilisearch answer, for `MEILI_HTTP_ERROR`. */
  status?: number;
  /** Meilisearch's own error code (`index_not_found`, `invalid_document_id`, …). */
  meiliCode?: string;
  /** Extra facts for the caller (task uid, stderr tail, …); never contains keys. */
  details?: Record<string, unknown>;
}

export class SearchError extends Error {
  override readonly name: string = 'SearchError';
  readonly code: SearchErrorCode;
  readonly status: number | undefined;
  readonly meiliCode: string | undefined;
  readonly details: Record<string, unknown>;

  constructor(code: SearchErrorCode, message: string, options: SearchErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.meiliCode = options.meiliCode;
    this.details = options.details ?? {};
  }
}
