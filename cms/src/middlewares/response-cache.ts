import type { Core } from '@strapi/strapi';
import { createResponseCache } from '../disclosure/graphql/response-cache';

/**
 * `global::response-cache` (config/middlewares.ts, after `strapi::body`): the public read cache.
 * `RESPONSE_CACHE=false` turns it off, read on every request (benchmarks compare both in one run).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cache = createResponseCache(strapi);
  return async (ctx: Parameters<typeof cache.middleware>[0], next: () => Promise<void>) =>
    process.env.RESPONSE_CACHE === 'false' ? next() : cache.middleware(ctx, next);
};
