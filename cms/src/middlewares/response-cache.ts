import type { Core } from '@strapi/strapi';
import { createResponseCache } from '../disclosure/graphql/response-cache';

/**
 * `global::response-cache` (config/middlewares.ts, after `strapi::body`): the public read cache.
 * `RESPONSE_CACHE=false` turns it off (benchmarks compare both).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  if (process.env.RESPONSE_CACHE === 'false') return async (_ctx: unknown, next: () => Promise<void>) => next();
  return createResponseCache(strapi).middleware;
};
