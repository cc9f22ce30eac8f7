#!/usr/bin/env node
// `npm run search:reconcile` and `npm run search:rebuild`: compare the published set in the
// database with each Meilisearch index and repair drift, or build fresh indexes and swap them in.
// Uses MEILI_HOST/MEILI_MASTER_KEY, else the server `npm start` is running, else starts one.
const path = require('node:path');
const { existsSync, readFileSync } = require('node:fs');

const appDir = path.resolve(__dirname, '..');
const dataDir = path.resolve(appDir, '..', '.data', 'meilisearch');

async function connect() {
  const search = require('@disclosure-hub/search');
  if (process.env.MEILI_HOST) {
    return {
      client: new search.MeiliClient({ host: process.env.MEILI_HOST, apiKey: process.env.MEILI_MASTER_KEY ?? '' }),
      stop: async () => {},
    };
  }
  const connectionFile = path.join(dataDir, 'connection.json');
  if (existsSync(connectionFile)) {
    const { host } = JSON.parse(readFileSync(connectionFile, 'utf8'));
    const apiKey = readFileSync(path.join(dataDir, 'master-key'), 'utf8').trim();
    const client = new search.MeiliClient({ host, apiKey });
    if (await client.isHealthy()) return { client, stop: async () => {} };
  }
  const server = await search.resolveMeilisearch({ env: process.env, dataDir });
  return { client: new search.MeiliClient({ host: server.host, apiKey: server.masterKey }), stop: () => server.stop() };
}

async function main() {
  const command = process.argv[2];
  if (command !== 'reconcile' && command !== 'rebuild') {
    console.error('usage: search-cli.js reconcile|rebuild');
    process.exit(2);
  }
  Object.assign(process.env, {
    DISCLOSURE_OUTBOX_WORKER: 'false',
    STRAPI_DISABLE_CRON: 'true',
    DEMO_SEED: 'false',
    STRAPI_LOG_LEVEL: 'warn',
  });
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir });
  const strapi = await createStrapi({ appDir, distDir }).load();
  const { renderProgress, searchLocales } = require('@disclosure-hub/search');
  const maintenance = require(path.join(distDir, 'src', 'disclosure', 'search', 'search-maintenance.js'));
  const { client, stop } = await connect();
  let failed = false;
  try {
    for (const locale of Object.keys(searchLocales)) {
      const onProgress = ({ phase, done, total }) =>
        process.stdout.write(`\r${renderProgress({ done, total, label: `${command} ${locale} ${phase}` })}`);
      const summary =
        command === 'reconcile'
          ? await maintenance.reconcileSearch(strapi, { client, locale, onProgress })
          : await maintenance.rebuildSearch(strapi, { client, locale, onProgress });
      process.stdout.write('\n');
      console.log(`${command} ${locale}: ${JSON.stringify(summary)}`);
    }
  } catch (error) {
    failed = true;
    console.error(`\n✖ ${error.message}`);
  } finally {
    await stop();
    await strapi.destroy();
  }
  process.exit(failed ? 1 : 0);
}

main();
