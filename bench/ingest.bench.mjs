// Ingest throughput of hourly station measurements on a real Strapi (SQLite, HTTP on loopback):
// a year of hourly data for the 30 configured stations (~263,000 rows) through the ingestion API
// (JSON batches) and another year through the CLI (`npm run ingest`, CSV files), against the
// vanilla rate of storing each row as a Strapi document with the Document Service
// (`create` with `status: 'published'`), measured in the same run. Ratios are rows/s over that
// baseline; the goal is at least 10×.
import { writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { benchDir, bootStrapi, requireFromCms } from './lib/strapi-bench.mjs';

const { loadDomainConfig } = requireFromCms('@disclosure-hub/config');
const { isoOfHour, firstHourOfLocalDate } = requireFromCms('@disclosure-hub/workflows');

const days = Number(process.env.BENCH_DAYS ?? 365);
const baselineRows = Number(process.env.BENCH_BASELINE_ROWS ?? 200);
const batchRows = Number(process.env.BENCH_BATCH_ROWS ?? 10_000);

const { stations, utcOffset } = loadDomainConfig().monitoring;

/** Plausible hourly values of a station (deterministic). */
function valuesOf(station, hour) {
  const wave = Math.sin(hour / 7) + Math.sin(hour / 31);
  if (station.kind === 'radiation') return { doseRate: Math.round((85 + 6 * wave) * 10) / 10 };
  return {
    pm25: Math.max(5, Math.round(40 + 15 * wave)),
    pm10: Math.max(10, Math.round(75 + 20 * wave)),
    so2: 8,
    no2: Math.round(30 + 8 * wave),
    co: Math.round((0.7 + 0.2 * wave) * 10) / 10,
    o3: Math.max(5, Math.round(70 + 30 * Math.sin(hour / 4))),
  };
}

/** `days` days of hourly rows for every station of `department`, from `firstDate`. */
function yearOf(department, firstDate) {
  const first = firstHourOfLocalDate(firstDate, utcOffset);
  const rows = [];
  for (const station of stations.filter((s) => s.department === department))
    for (let h = 0; h < days * 24; h++)
      rows.push({ station: station.code, time: isoOfHour(first + h, utcOffset), ...valuesOf(station, first + h) });
  return rows;
}

const app = await bootStrapi({
  listen: true,
  env: { DEMO_SEED: 'none', DISCLOSURE_SEARCH_SYNC: 'false', DISCLOSURE_RELEASE_WORKER: 'false' },
});
const { strapi, url, tmp } = app;
try {
  const { bindToken } = app.dist('src/disclosure/workflow/token-bindings.js');
  const { runAsWorkflow } = app.dist('src/disclosure/workflow/workflow-scope.js');
  const tokens = {};
  for (const department of ['monitoring', 'radiation']) {
    const created = await strapi
      .service('admin::api-token')
      .create({ name: `bench-${department}`, type: 'full-access', lifespan: null });
    await bindToken(strapi, { tokenId: Number(created.id), department, roles: ['editor', 'publisher'], by: 'bench' });
    tokens[department] = created.accessKey;
  }

  // Baseline: one published Strapi document per measurement, through the Document Service.
  const documents = strapi.documents('api::radiation-monitoring.radiation-monitoring');
  const baselineStarted = performance.now();
  for (let i = 0; i < baselineRows; i++) {
    const date = `2023-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    await runAsWorkflow({ command: 'bench', actorId: 'bench' }, () =>
      documents.create({
        status: 'published',
        data: {
          title: `基准 ${i}`,
          metadata: { department: 'radiation', dateFormed: date, regionCode: '410100', attribute: 'proactive' },
          station: '基准站',
          stationCode: '410100-R01',
          periodStart: date,
          periodEnd: date,
          doseRateMin: 80,
          doseRateMax: 90,
          doseRateMean: 85,
        },
      }),
    );
  }
  const baselineRate = baselineRows / ((performance.now() - baselineStarted) / 1000);

  // Through the API: JSON batches of `batchRows` rows, one request at a time.
  let apiRows = 0;
  const apiStarted = performance.now();
  for (const department of ['monitoring', 'radiation']) {
    const rows = yearOf(department, '2025-01-01');
    for (let i = 0; i < rows.length; i += batchRows) {
      const response = await fetch(`${url}/api/ingest/measurements?detail=rejected`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens[department]}` },
        body: JSON.stringify(rows.slice(i, i + batchRows)),
      });
      const answer = await response.json();
      if (response.status !== 200 || answer.data.rejected > 0)
        throw new Error(`batch refused: ${JSON.stringify(answer).slice(0, 500)}`);
      apiRows += answer.data.accepted;
    }
  }
  const apiSeconds = (performance.now() - apiStarted) / 1000;

  // Through the CLI: one CSV file per department, another year.
  let cliRows = 0;
  let cliSeconds = 0;
  for (const department of ['monitoring', 'radiation']) {
    const rows = yearOf(department, '2024-01-01');
    const fields = department === 'radiation' ? ['doseRate'] : ['pm25', 'pm10', 'so2', 'no2', 'co', 'o3'];
    const file = path.join(tmp, `${department}.csv`);
    writeFileSync(
      file,
      [
        ['station', 'time', ...fields].join(','),
        ...rows.map((r) => [r.station, r.time, ...fields.map((f) => r[f])].join(',')),
      ].join('\n'),
    );
    const started = performance.now();
    // Asynchronously: the Strapi under test runs in this process and must keep serving.
    const run = await promisify(execFile)(
      process.execPath,
      [
        path.resolve(benchDir, '..', 'scripts', 'ingest.mjs'),
        '--url',
        url,
        '--token',
        tokens[department],
        '--batch-rows',
        String(batchRows),
        file,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error) => {
      throw new Error(`CLI failed (${error.code}): ${error.stdout} ${String(error.stderr).slice(-2000)}`);
    });
    cliSeconds += (performance.now() - started) / 1000;
    cliRows += JSON.parse(run.stdout.trim().split('\n').at(-1)).accepted;
  }

  const stored = Number((await strapi.db.connection('dh_measurements').count({ n: '*' }).first()).n);
  console.log(
    `${stations.length} stations × ${days} days of hourly data per path; batches of ${batchRows} rows; SQLite; ${stored} rows stored`,
  );
  console.table([
    {
      path: `Document Service create+publish, one document per row (${baselineRows} rows)`,
      rows: baselineRows,
      seconds: (baselineRows / baselineRate).toFixed(1),
      rows_per_s: Math.round(baselineRate),
      ratio: '1.0',
    },
    {
      path: 'ingestion API, JSON batches',
      rows: apiRows,
      seconds: apiSeconds.toFixed(1),
      rows_per_s: Math.round(apiRows / apiSeconds),
      ratio: (apiRows / apiSeconds / baselineRate).toFixed(1),
    },
    {
      path: 'npm run ingest (CLI), CSV files',
      rows: cliRows,
      seconds: cliSeconds.toFixed(1),
      rows_per_s: Math.round(cliRows / cliSeconds),
      ratio: (cliRows / cliSeconds / baselineRate).toFixed(1),
    },
  ]);
} finally {
  await app.close();
}
process.exit(0);
