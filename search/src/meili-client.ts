import { setTimeout as delay } from 'node:timers/promises';
import { SearchError } from './search-error';
import type {
  ApiKey,
  CreateKeyParams,
  DocumentId,
  EnqueuedTask,
  GetDocumentsParams,
  HealthStatus,
  IndexInfo,
  IndexSettings,
  IndexSwap,
  MeiliDocument,
  MeiliErrorBody,
  ResultsPage,
  SearchParams,
  SearchResponse,
  Task,
  VersionInfo,
} from './meili-types';

/** Options of {@link MeiliClient}. */
export interface MeiliClientOptions {
  /** Base URL, e.g. `http://127.0.0.1:7700`. */
  host: string;
  /** Master key, admin key or search key; omitted only against a server without a master key. */
  apiKey?: string;
  /** Per-request timeout; a request that takes longer fails with `MEILI_UNAVAILABLE`. Default 10 s. */
  timeoutMs?: number;
  /** Clock for task deadlines (milliseconds); tests inject one, production uses `Date.now`. */
  now?: () => number;
}

export interface WaitForTaskOptions {
  /** Default 30 s (Meilisearch's JS client defaults to 5 s, too short for large Chinese batches on a busy machine). */
  timeoutMs?: number;
  /** Polling interval, default 50 ms. */
  intervalMs?: number;
}

interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
}

const defaultRequestTimeoutMs = 10_000;
const defaultTaskTimeoutMs = 30_000;
const defaultTaskIntervalMs = 50;

/**
 * The only class in Disclosure Hub that talks to Meilisearch over the network (global `fetch`).
 * Every write returns the queued task; callers that need the effect call `waitForTask`, which
 * resolves only when the task succeeded.
 */
export class MeiliClient {
  readonly host: string;
  readonly #apiKey: string | undefined;
  readonly #timeoutMs: number;
  readonly #now: () => number;

  constructor(options: MeiliClientOptions) {
    let url: URL;
    try {
      url = new URL(options.host);
    } catch (error) {
      throw new SearchError('CONFIG_INVALID', `Meilisearch 地址无效 / invalid Meilisearch host: ${options.host}`, {
        cause: error,
      });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new SearchError('CONFIG_INVALID', `Meilisearch 地址须为 http(s) / host must be http(s): ${options.host}`);
    }
    this.host = options.host.replace(/\/+$/, '');
    this.#apiKey = options.apiKey;
    this.#timeoutMs = options.timeoutMs ?? defaultRequestTimeoutMs;
    this.#now = options.now ?? Date.now;
  }

  // --- instance ---------------------------------------------------------------------------------

  health(): Promise<HealthStatus> {
    return this.#request<HealthStatus>('GET', '/health');
  }

  /** True when the server answers `available`; never throws. */
  async isHealthy(): Promise<boolean> {
    try {
      const { status } = await this.health();
      return status === 'available';
    } catch {
      return false;
    }
  }

  version(): Promise<VersionInfo> {
    return this.#request<VersionInfo>('GET', '/version');
  }

  // --- indexes ----------------------------------------------------------------------------------

  /** Throws `MEILI_HTTP_ERROR` with `meiliCode: 'index_not_found'` when the index does not exist. */
  getIndex(uid: string): Promise<IndexInfo> {
    return this.#request<IndexInfo>('GET', `/indexes/${enc(uid)}`);
  }

  createIndex(uid: string, options: { primaryKey?: string } = {}): Promise<EnqueuedTask> {
    return this.#request<EnqueuedTask>('POST', '/indexes', { body: { uid, primaryKey: options.primaryKey } });
  }

  deleteIndex(uid: string): Promise<EnqueuedTask> {
    return this.#request<EnqueuedTask>('DELETE', `/indexes/${enc(uid)}`);
  }

  /** Atomically swaps each pair's documents, settings and task history (used for rebuilds). */
  swapIndexes(swaps: IndexSwap[]): Promise<EnqueuedTask> {
    return this.#request<EnqueuedTask>('POST', '/swap-indexes', { body: swaps });
  }

  // --- settings ---------------------------------------------------------------------------------

  /** Partial update (PATCH): fields left out keep their value. */
  updateSettings(uid: string, settings: IndexSettings): Promise<EnqueuedTask> {
    return this.#request<EnqueuedTask>('PATCH', `/indexes/${enc(uid)}/settings`, { body: settings });
  }

  getSettings(uid: string): Promise<Required<IndexSettings>> {
    return this.#request<Required<IndexSettings>>('GET', `/indexes/${enc(uid)}/settings`);
  }

  // --- documents --------------------------------------------------------------------------------

  /** Adds or replaces whole documents (POST), so a re-sent document is an idempotent upsert. */
  addDocuments(uid: string, documents: MeiliDocument[], options: { primaryKey?: string } = {}): Promise<EnqueuedTask> {
    return this.#request<EnqueuedTask>('POST', `/indexes/${enc(uid)}/documents`, {
      body: documents,
      query: { primaryKey: options.primaryKey },
    });
  }

  deleteDocument(uid: string, id: DocumentId): Promise<EnqueuedTask> {
    return this.#request<EnqueuedTask>('DELETE', `/indexes/${enc(uid)}/documents/${enc(String(id))}`);
  }

  deleteDocuments(uid: string, ids: DocumentId[]): Promise<EnqueuedTask> {
    return this.#request<EnqueuedTask>('POST', `/indexes/${enc(uid)}/documents/delete-batch`, { body: ids });
  }

  getDocument<T extends MeiliDocument = MeiliDocument>(
    uid: string,
    id: DocumentId,
    options: { fields?: string[] } = {},
  ): Promise<T> {
    return this.#request<T>('GET', `/indexes/${enc(uid)}/documents/${enc(String(id))}`, {
      query: { fields: options.fields?.join(',') },
    });
  }

  /** Uses `POST …/documents/fetch` because only that route accepts a filter. */
  getDocuments<T extends MeiliDocument = MeiliDocument>(
    uid: string,
    params: GetDocumentsParams = {},
  ): Promise<ResultsPage<T>> {
    return this.#request<ResultsPage<T>>('POST', `/indexes/${enc(uid)}/documents/fetch`, { body: params });
  }

  // --- search -----------------------------------------------------------------------------------

  search<T extends MeiliDocument = MeiliDocument>(uid: string, params: SearchParams = {}): Promise<SearchResponse<T>> {
    return this.#request<SearchResponse<T>>('POST', `/indexes/${enc(uid)}/search`, { body: params });
  }

  // --- keys -------------------------------------------------------------------------------------

  createKey(params: CreateKeyParams): Promise<ApiKey> {
    return this.#request<ApiKey>('POST', '/keys', { body: params });
  }

  getKeys(params: { offset?: number; limit?: number } = {}): Promise<ResultsPage<ApiKey>> {
    return this.#request<ResultsPage<ApiKey>>('GET', '/keys', { query: params });
  }

  /** Accepts the key's uid or the key itself. */
  async deleteKey(keyOrUid: string): Promise<void> {
    await this.#request<void>('DELETE', `/keys/${enc(keyOrUid)}`);
  }

  // --- tasks ------------------------------------------------------------------------------------

  getTask(taskUid: number): Promise<Task> {
    return this.#request<Task>('GET', `/tasks/${taskUid}`);
  }

  /**
   * Polls until the task is finished. Resolves with the task only when it `succeeded`; a `failed` or
   * `canceled` task throws `TASK_FAILED` (with Meilisearch's error code in `meiliCode`), and a task
   * still queued or processing at the deadline throws `TASK_TIMEOUT`.
   */
  async waitForTask(taskUid: number, options: WaitForTaskOptions = {}): Promise<Task> {
    const timeoutMs = options.timeoutMs ?? defaultTaskTimeoutMs;
    const intervalMs = options.intervalMs ?? defaultTaskIntervalMs;
    const deadline = this.#now() + timeoutMs;
    for (;;) {
      const task = await this.getTask(taskUid);
      if (task.status === 'succeeded') return task;
      if (task.status === 'failed' || task.status === 'canceled') {
        throw new SearchError(
          'TASK_FAILED',
          `Meilisearch 任务 ${taskUid} 未成功（${task.status}）/ task ${taskUid} ${task.status}: ${task.error?.message ?? ''}`,
          {
            ...(task.error ? { meiliCode: task.error.code } : {}),
            details: { taskUid, status: task.status, type: task.type, indexUid: task.indexUid, error: task.error },
          },
        );
      }
      if (this.#now() >= deadline) {
        throw new SearchError(
          'TASK_TIMEOUT',
          `Meilisearch 任务 ${taskUid} 在 ${timeoutMs} ms 内未完成 / task ${taskUid} not finished within ${timeoutMs} ms`,
          { details: { taskUid, status: task.status, type: task.type, indexUid: task.indexUid } },
        );
      }
      await delay(intervalMs);
    }
  }

  // --- transport --------------------------------------------------------------------------------

  async #request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const url = new URL(this.host + path);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = {};
    if (this.#apiKey !== undefined) headers['Authorization'] = `Bearer ${this.#apiKey}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new SearchError(
        'MEILI_UNAVAILABLE',
        `无法连接 Meilisearch / Meilisearch unreachable: ${method} ${url.origin}${url.pathname}`,
        { cause: error, details: { method, path } },
      );
    }

    if (!response.ok) {
      const body = parseErrorBody(text);
      throw new SearchError(
        'MEILI_HTTP_ERROR',
        `Meilisearch 返回 ${response.status} / Meilisearch answered ${response.status} to ${method} ${url.pathname}: ${
          body?.message ?? text.slice(0, 200)
        }`,
        {
          status: response.status,
          ...(body ? { meiliCode: body.code } : {}),
          details: { method, path, ...(body ? { type: body.type, link: body.link } : {}) },
        },
      );
    }
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new SearchError('MEILI_HTTP_ERROR', `Meilisearch 返回了非 JSON / non-JSON answer to ${method} ${path}`, {
        cause: error,
        status: response.status,
        details: { method, path },
      });
    }
  }
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}

function parseErrorBody(text: string): MeiliErrorBody | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && typeof (parsed as MeiliErrorBody).code === 'string') {
      return parsed as MeiliErrorBody;
    }
  } catch {
    // Not JSON (a proxy's HTML error page, for instance): the caller keeps the raw text.
  }
  return undefined;
}
