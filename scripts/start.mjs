#!/usr/bin/env node
// `npm start`: brings up the whole product on embedded defaults: builds what must be built the
// first time, starts a local Meilisearch (unless MEILI_HOST is set), starts Strapi on
// 127.0.0.1:1337 (seeding demo data once in development), serves the front ends, prints the URLs,
// and on Ctrl-C / SIGTERM stops every child process.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { ensureEnvFile } from './lib/env-file.mjs';
import { startChild, run, stopChildren } from './lib/processes.mjs';
import { cmsBuildIsCurrent, writeCmsBuildStamp } from './lib/build-stamp.mjs';
import { waitForHttp } from './lib/wait.mjs';
import { listFrontends } from './lib/frontends.mjs';
import demo from '../cms/src/seed/demo-accounts.json' with { type: 'json' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cms = path.join(root, 'cms');
const dataDir = path.join(root, '.data');
const require = createRequire(import.meta.url);
const started = Date.now();
// The CLI file is not in @strapi/strapi's `exports`; resolve the package folder instead.
const strapiCli = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [cms] })),
  'bin',
  'strapi.js',
);
const { demoAccounts } = demo;

const step = (message) => console.log(`\n▶ ${message}`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

let stopping = false;
let meili;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\n■ 正在停止所有服务 / Stopping every service…');
  await stopChildren();
  if (meili) {
    await meili.stop();
    rmSync(path.join(dataDir, 'meilisearch', 'connection.json'), { force: true });
  }
  console.log('■ 已停止 / Stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
// `npm start` may be stopped by signalling npm itself, which exits without passing the signal on:
// when our parent goes away, shut down as if we had been signalled.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) void shutdown(0);
}, 500).unref();

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const nodeEnv = process.env.NODE_ENV ?? 'development';
  const host = process.env.HOST ?? '127.0.0.1';
  const port = process.env.PORT ?? '1337';

  step('Secrets / 密钥');
  const { generated } = ensureEnvFile(path.join(cms, '.env'));
  console.log(generated.length ? `  generated ${generated.join(', ')} into cms/.env` : '  cms/.env is complete');

  step('Building packages (config, workflows, search) / 构建软件包');
  await run({
    command: process.execPath,
    args: [require.resolve('typescript/bin/tsc'), '-b', 'config', 'workflows', 'search'],
    cwd: root,
    env: process.env,
  });

  if (cmsBuildIsCurrent(cms)) {
    step('Strapi build is current / 管理后台已构建');
  } else {
    step('Building the Strapi app and admin panel (first start takes a few minutes) / 首次构建管理后台');
    await run({
      command: process.execPath,
      args: [strapiCli, 'build'],
      cwd: cms,
      env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
    });
    writeCmsBuildStamp(cms);
  }
  if (stopping) return;

  step(
    process.env.MEILI_HOST
      ? `Using Meilisearch at ${process.env.MEILI_HOST}`
      : 'Starting local Meilisearch / 启动本地搜索服务',
  );
  const { resolveMeilisearch } = require('@disclosure-hub/search');
  meili = await resolveMeilisearch({ env: process.env, dataDir: path.join(dataDir, 'meilisearch') });
  console.log(`  Meilisearch ready at ${meili.host}`);
  // Lets `npm run search:reconcile` find the server this supervisor runs (the key stays in its own file).
  if (!meili.external)
    writeFileSync(path.join(dataDir, 'meilisearch', 'connection.json'), JSON.stringify({ host: meili.host }));
  if (stopping) return;

  step(`Starting Strapi (${nodeEnv}) / 启动 CMS`);
  const strapi = startChild({
    name: 'cms',
    command: process.execPath,
    args: [strapiCli, 'start'],
    cwd: cms,
    env: {
      ...process.env,
      NODE_ENV: nodeEnv,
      HOST: host,
      PORT: port,
      MEILI_HOST: meili.host,
      MEILI_MASTER_KEY: meili.masterKey,
      STRAPI_TELEMETRY_DISABLED: 'true',
      // Strapi exits by itself if this supervisor is killed outright (SIGKILL cannot be trapped).
      DISCLOSURE_HUB_SUPERVISOR_PID: String(process.pid),
    },
  });
  strapi.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`Strapi exited (${signal ?? `code ${code}`}); stopping everything.`);
      void shutdown(code || 1);
    }
  });
  const base = `http://${host}:${port}`;
  await waitForHttp(`${base}/_health`, { timeoutMs: 180_000, isStopping: () => stopping });
  if (stopping) return;

  const frontends = [];
  for (const frontend of listFrontends(root)) {
    step(`Serving ${frontend.name}`);
    startChild({
      name: frontend.short,
      command: 'npm',
      args: ['run', 'serve', '--workspace', frontend.name],
      cwd: root,
      env: { ...process.env, CMS_URL: base, MEILI_HOST: meili.host },
    });
    frontends.push(frontend);
  }

  console.log(`
✔ Disclosure Hub is running (${elapsed()}) / 政府环境信息公开平台已启动

  Admin 管理后台        ${base}/admin
  REST API              ${base}/api
  GraphQL               ${base}/graphql
  Search widget 检索组件  ${base}/widget   (embed: <script type="module" src="${base}/widget/disclosure-search.js">)
  Health 健康检查        ${base}/_health   Readiness 就绪检查 ${base}/_ready
  Meilisearch 搜索       ${meili.host}${frontends.map((f) => `\n  ${f.label.padEnd(22)}${f.url}`).join('')}
${
  nodeEnv === 'development'
    ? `
  Demo accounts (development only) / 演示账号（仅限开发环境）:
${demoAccounts
  .filter((a) => !a.departmentStaff)
  .map(
    (a) =>
      `    ${(a.superAdmin && process.env.DEMO_ADMIN_EMAIL ? process.env.DEMO_ADMIN_EMAIL : a.email).padEnd(40)} ${(a.superAdmin && process.env.DEMO_ADMIN_PASSWORD ? '(DEMO_ADMIN_PASSWORD)' : a.password).padEnd(22)} ${a.label}`,
  )
  .join('\n')}
    editor.<department>@disclosure-hub.local and reviewer.<department>@… (Demo2026!) for every other department`
    : ''
}

  Press Ctrl-C to stop. / 按 Ctrl-C 停止。
`);
}

main().catch(async (error) => {
  console.error(`\n✖ ${error.message}`);
  await shutdown(1);
});
