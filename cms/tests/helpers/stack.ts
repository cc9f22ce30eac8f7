import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStrapi, type Core } from '@strapi/strapi';
import { startLocalMeilisearch } from '@disclosure-hub/search';
import { createTestDatabase } from './database';

const cmsDir = path.resolve(__dirname, '..', '..');

export interface TestStack {
  strapi: Core.Strapi;
  /** Base URL of the running Strapi, e.g. http://127.0.0.1:40123 */
  url: string;
  meili: { host: string; masterKey: string; stop(): Promise<void> };
  /** Where this stack's Meilisearch keeps its data, to restart it in a test. */
  meiliDataDir: string;
  stop(): Promise<void>;
}

const secret = () => randomBytes(24).toString('base64');

/**
 * Boots a real Strapi (compiled by the global setup) on a free loopback port, with a temporary
 * database and a real Meilisearch of its own. Nothing is shared with another suite or run.
 */
export async function startTestStack(options: { env?: Record<string, string> } = {}): Promise<TestStack> {
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-hub-test-'));
  const meiliDataDir = path.join(tmpDir, 'meilisearch');
  const meili = await startLocalMeilisearch({ dataDir: meiliDataDir });
  // Whatever fails from here on, the Meilisearch just started must not outlive the suite.
  const database = await createTestDatabase(tmpDir).catch(async (error: unknown) => {
    await meili.stop();
    throw error;
  });

  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_DISABLE_CRON: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'error',
    BROWSER: 'false',
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: meili.masterKey,
    // Demo monitoring data make releases in the background: only suites that ask for them get them.
    DEMO_MEASUREMENTS: 'false',
    ...database.env,
    ...options.env,
  });

  const strapi = createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') });
  strapi.log.level = 'error';
  try {
    await strapi.start();
  } catch (error) {
    await meili.stop();
    await database.drop();
    throw error;
  }
  const address = strapi.server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;

  const stack: TestStack = {
    strapi,
    url,
    meili,
    meiliDataDir,
    async stop() {
      await strapi.destroy();
      // The current one: a test may have restarted Meilisearch and put the new one here.
      await stack.meili.stop();
      await database.drop();
      rmSync(tmpDir, { recursive: true, force: true });
    },
  };
  return stack;
}
