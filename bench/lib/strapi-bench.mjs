// What the Strapi benchmarks share: a throw-away app (temporary SQLite file, random secrets, quiet
// logs) booted from the compiled CMS, and the demo monitoring staff who take an air-quality item
// through the review chain.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const appDir = path.resolve(benchDir, '..', 'cms');
/** `require` as the CMS sees it (Strapi and the workspace packages). */
export const requireFromCms = createRequire(path.join(appDir, 'package.json'));

export const benchTmp = () => mkdtempSync(path.join(os.tmpdir(), 'disclosure-hub-bench-'));

/**
 * Boots Strapi on a fresh SQLite database in `tmp`. `listen: true` starts the HTTP server on a free
 * loopback port (`url`); otherwise the app is only loaded. `close()` destroys it and removes `tmp`.
 */
export async function bootStrapi({ env = {}, listen = false, tmp = benchTmp() } = {}) {
  const secret = () => randomBytes(24).toString('base64');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_FILENAME: path.join(tmp, 'bench.db'),
    STRAPI_DISABLE_CRON: 'true',
    STRAPI_LOG_LEVEL: 'error',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    ...env,
  });
  const { compileStrapi, createStrapi } = requireFromCms('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir });
  const strapi = createStrapi({ appDir, distDir });
  if (listen) await strapi.start();
  else await strapi.load();
  strapi.log.level = 'error';
  return {
    strapi,
    tmp,
    url: listen ? `http://127.0.0.1:${strapi.server.httpServer.address().port}` : undefined,
    /** A module of the compiled app, e.g. `src/disclosure/workflow/transition-service.js`. */
    dist: (relative) => requireFromCms(path.join(distDir, relative)),
    async close() {
      await strapi.destroy();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * The review chain of an air-quality item as the demo staff of the monitoring station walk it
 * (needs `DEMO_SEED=accounts`): `[actor, event]` pairs, publication included.
 */
export async function demoChainSteps(app) {
  const { actorForAdminUser } = app.dist('src/disclosure/workflow/workflow-actor.js');
  const actorOf = async (email) =>
    actorForAdminUser(app.strapi, (await app.strapi.db.query('admin::user').findOne({ where: { email } })).id);
  const [editor, reviewer, secrecy] = await Promise.all(
    ['editor.monitoring', 'reviewer.monitoring', 'secrecy'].map((name) => actorOf(`${name}@disclosure-hub.local`)),
  );
  return [
    [editor, { type: 'editor.submit' }],
    [reviewer, { type: 'reviewer.approve' }],
    [
      secrecy,
      {
        type: 'confidentiality.clear',
        checklist: { stateSecrets: true, commercialSecrets: true, personalPrivacy: true },
        basis: 'bench',
        conclusion: 'ok',
      },
    ],
    [reviewer, { type: 'publisher.publish' }],
  ];
}

/**
 * A monitoring-station daily air-quality draft for the benchmarks, written through the workflow
 * layer as `editor` (every Document Service write names its actor).
 */
export function createAirDraft(app, editor, { title, day, pm25, city = '郑州市', regionCode = '410100' }) {
  const { actingAs } = app.dist('src/disclosure/workflow/workflow-actor.js');
  return actingAs(editor, () =>
    app.strapi.documents('api::air-quality-daily.air-quality-daily').create({
      data: {
        title,
        metadata: { department: 'monitoring', dateFormed: `2026-03-${day}`, regionCode, attribute: 'proactive' },
        city,
        date: `2026-03-${day}`,
        pm25,
        pm10: 60,
        so2: 8,
        no2: 30,
        co: 0.7,
        o3Max8h: 90,
      },
    }),
  );
}
