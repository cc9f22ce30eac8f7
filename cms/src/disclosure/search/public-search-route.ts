import type { Core } from '@strapi/strapi';
import {
  ensureSearchKey,
  indexUidFor,
  MeiliClient,
  publicSearchConfig,
  searchLocales,
  type PublicSearchConfig,
} from '@disclosure-hub/search';
import { answer } from '../http/respond';
import { TransitionRefused } from '../workflow/transition-errors';

interface Ctx {
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

const unavailable = (code: string, message: string) =>
  new TransitionRefused(503, 'ServiceUnavailableError', message, { code });

/**
 * `GET /api/disclosure-search/config`: the public search configuration with a search-only key
 * (see `PublicSearchConfig`), for the search widget and portals. The key is ensured in
 * Meilisearch on first use and kept across restarts. `MEILI_PUBLIC_HOST` is the address browsers
 * reach Meilisearch at (default `MEILI_HOST`, fine on one machine). The master key never leaves.
 */
export function registerPublicSearchRoute(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): void {
  let pending: Promise<PublicSearchConfig> | undefined;

  const load = async (): Promise<PublicSearchConfig> => {
    const host = env.MEILI_HOST!;
    const client = new MeiliClient({ host, apiKey: env.MEILI_MASTER_KEY ?? '', timeoutMs: 5_000 });
    const indexes = Object.keys(searchLocales).map((locale) => indexUidFor(locale, { prefix: env.MEILI_INDEX_PREFIX }));
    const key = await ensureSearchKey({ client, indexes });
    return publicSearchConfig({
      host: env.MEILI_PUBLIC_HOST || host,
      apiKey: key.key,
      indexPrefix: env.MEILI_INDEX_PREFIX,
    });
  };

  strapi.server.routes([
    {
      method: 'GET',
      path: '/api/disclosure-search/config',
      handler: (ctx: Ctx) =>
        answer(ctx, async () => {
          if (!env.MEILI_HOST) throw unavailable('SEARCH_NOT_CONFIGURED', '检索服务未配置 / search is not configured');
          pending ??= load();
          try {
            const config = await pending;
            ctx.set('Cache-Control', 'public, max-age=300');
            return config;
          } catch (error) {
            pending = undefined; // try again on the next request
            strapi.log.warn(`[disclosure-hub] public search key unavailable: ${(error as Error).message}`);
            ctx.set('Cache-Control', 'no-store');
            throw unavailable(
              'SEARCH_UNAVAILABLE',
              '检索服务暂不可用，请稍后再试 / search is unavailable, try again later',
            );
          }
        }),
      config: { auth: false },
    },
  ] as never);
}
