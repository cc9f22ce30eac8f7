#!/usr/bin/env node
// `npm run graphql:types`: boots the CMS on a throw-away SQLite database, reads its GraphQL schema
// by introspection and writes `frontends/graphql-types/schema.graphql` and `index.d.ts`, the types
// front ends import as `@disclosure-hub/graphql-types`. A test fails when they are out of date.
const path = require('node:path');
const os = require('node:os');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { randomBytes } = require('node:crypto');

const appDir = path.resolve(__dirname, '..');
const outDir = path.resolve(appDir, '..', 'frontends', 'graphql-types');

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'disclosure-hub-types-'));
  const secret = () => randomBytes(24).toString('base64');
  Object.assign(process.env, {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(tmp, 'schema.db'),
    DEMO_SEED: 'false',
    DISCLOSURE_SEARCH_SYNC: 'false',
    DISCLOSURE_OUTBOX_WORKER: 'false',
    DISCLOSURE_WEBHOOKS: 'false',
    STRAPI_DISABLE_CRON: 'true',
    STRAPI_LOG_LEVEL: 'error',
    STRAPI_TELEMETRY_DISABLED: 'true',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  });
  delete process.env.MEILI_HOST;
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const { distDir } = await compileStrapi({ appDir });
  const strapi = createStrapi({ appDir, distDir });
  await strapi.start();
  try {
    const url = `http://127.0.0.1:${strapi.server.httpServer.address().port}/graphql`;
    const { schemaFiles } = require(path.join(distDir, 'src', 'disclosure', 'graphql', 'schema-files.js'));
    const files = await schemaFiles(url);
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(outDir, name), content);
    console.log(
      `wrote ${Object.keys(files)
        .map((name) => path.relative(process.cwd(), path.join(outDir, name)))
        .join(', ')}`,
    );
  } finally {
    await strapi.destroy();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
