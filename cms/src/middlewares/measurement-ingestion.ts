import type { Core } from '@strapi/strapi';
import { handleIngestion, ingestionPath } from '../disclosure/ingestion/ingestion-endpoint';

/**
 * `global::measurement-ingestion` (config/middlewares.ts, BEFORE `strapi::body`): serves
 * `POST /api/ingest/measurements` itself, reading the raw body with its own limit; every other
 * request passes through untouched.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Parameters<typeof handleIngestion>[1], next: () => Promise<void>) => {
    if (ctx.path !== ingestionPath) return next();
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      ctx.body = {
        data: null,
        error: {
          status: 405,
          name: 'MethodNotAllowedError',
          message: 'POST only',
          details: { code: 'METHOD_NOT_ALLOWED' },
        },
      };
      return;
    }
    await handleIngestion(strapi, ctx);
  };
