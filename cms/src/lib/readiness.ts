import type { Core } from '@strapi/strapi';
import { MeiliClient } from '@disclosure-hub/search';

interface CheckResult {
  ok: boolean;
  latencyMs: number;
  code?: string;
}

async function timed(check: () => Promise<void>, failureCode: string): Promise<CheckResult> {
  const started = performance.now();
  try {
    await check();
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    // The reason stays in the server log; the public answer only names the failing dependency.
    return { ok: false, latencyMs: Math.round(performance.now() - started), code: failureCode };
  }
}

/**
 * `GET /_ready`: 200 when the database and Meilisearch both answer, 503 otherwise. Strapi's own
 * `/_health` only says the process is up; a load balancer should route on this one.
 */
export function registerReadiness(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'GET',
      path: '/_ready',
      handler: async (ctx: { status: number; body: unknown; set: (k: string, v: string) => void }) => {
        const host = process.env.MEILI_HOST;
        const [database, search] = await Promise.all([
          timed(async () => {
            await strapi.db.connection.raw('select 1');
          }, 'DATABASE_UNAVAILABLE'),
          host
            ? timed(async () => {
                const healthy = await new MeiliClient({
                  host,
                  apiKey: process.env.MEILI_MASTER_KEY ?? '',
                  timeoutMs: 2000,
                }).isHealthy();
                if (!healthy) throw new Error('Meilisearch is not available');
              }, 'SEARCH_UNAVAILABLE')
            : Promise.resolve<CheckResult>({ ok: false, latencyMs: 0, code: 'SEARCH_NOT_CONFIGURED' }),
        ]);
        const ready = database.ok && search.ok;
        ctx.set('Cache-Control', 'no-store');
        ctx.status = ready ? 200 : 503;
        ctx.body = { status: ready ? 'ready' : 'unavailable', checks: { database, search } };
      },
      config: { auth: false },
    },
  ]);
}
