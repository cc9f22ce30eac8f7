import { SearchError } from '../search-error';
import { startLocalMeilisearch } from './start-local-meilisearch';
import type { MeilisearchServer, StartLocalMeilisearchOptions } from './start-local-meilisearch';

export interface ResolveMeilisearchOptions extends Omit<StartLocalMeilisearchOptions, 'dataDir' | 'masterKey' | 'env'> {
  /** Usually `process.env`: reads `MEILI_HOST`, `MEILI_MASTER_KEY` and `NODE_ENV`. */
  env: Record<string, string | undefined>;
  /** Data directory of the local server; required when `MEILI_HOST` is not set. */
  dataDir?: string;
}

/**
 * The Meilisearch this process should use: the operator's server when `MEILI_HOST` is set (with
 * `MEILI_MASTER_KEY`, required), otherwise a local server started on `dataDir`.
 */
export async function resolveMeilisearch(options: ResolveMeilisearchOptions): Promise<MeilisearchServer> {
  const { env, dataDir, ...localOptions } = options;
  const host = env['MEILI_HOST']?.trim();
  const masterKey = env['MEILI_MASTER_KEY']?.trim() || undefined;

  if (host) {
    if (!isHttpUrl(host)) {
      throw new SearchError('CONFIG_INVALID', `MEILI_HOST 不是 http(s) 地址 / MEILI_HOST is not an http(s) URL`, {
        details: { variable: 'MEILI_HOST' },
      });
    }
    if (masterKey === undefined) {
      throw new SearchError(
        'CONFIG_INVALID',
        '设置了 MEILI_HOST 时须设置 MEILI_MASTER_KEY / MEILI_MASTER_KEY is required with MEILI_HOST',
        {
          details: { variable: 'MEILI_MASTER_KEY' },
        },
      );
    }
    return { host: host.replace(/\/+$/, ''), masterKey, pid: null, external: true, stop: async () => {} };
  }

  if (!dataDir) {
    throw new SearchError(
      'CONFIG_INVALID',
      '本地 Meilisearch 需要数据目录 / a data directory is required for the local Meilisearch',
      {
        details: { option: 'dataDir' },
      },
    );
  }
  return startLocalMeilisearch({
    ...localOptions,
    dataDir,
    env: env['NODE_ENV'] === 'production' ? 'production' : 'development',
    ...(masterKey === undefined ? {} : { masterKey }),
  });
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
