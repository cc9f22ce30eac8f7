import type { Core } from '@strapi/strapi';
import { handleIngestion, ingestionPath } from '../disclosure/ingestion/ingestion-endpoint';

/**
 * `global::measurement-ingestion` (config/middlewares.ts, BEFORE `strapi::body`): serves
 * `/api/ingest/measurements` itself (POST; other methods get 405), reading the raw body with its
 * own limit; every other request passes through untouched.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Parameters<typeof handleIngestion>[1], next: () => Promise<void>) => {
    if (ctx.path !== ingestionPath) return next();
    await handleIngestion(strapi, ctx);
  };
