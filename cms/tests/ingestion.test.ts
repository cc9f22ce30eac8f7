import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MeiliClient, indexUidFor } from '@disclosure-hub/search';
import { isoOfHour } from '@disclosure-hub/workflows';
import { startTestStack, type TestStack } from './helpers/stack';
import { adminLogin, graphql, request } from './helpers/api';
import { demoPassword } from './helpers/chain';
import {
  airDay,
  airStationsOf,
  hourTime,
  localDate,
  monitoring,
  newProducerToken,
  settledRelease,
} from './helpers/measurements';
import { measurementsTable } from '../src/disclosure/ingestion';
import { seedDemoMeasurements } from '../src/seed/seed-demo-measurements';

const offset = monitoring.utcOffset;
let stack: TestStack;
let airToken: string;
let radiationToken: string;
let meili: MeiliClient;
const zhengzhouAir = airStationsOf('410100');

const post = (body: string | Buffer, { token = airToken, type = 'application/json', query = '' } = {}) =>
  fetch(`${stack.url}/api/ingest/measurements${query}`, {
    method: 'POST',
    headers: { 'Content-Type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body,
  }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));

const postRows = (rows: unknown[], options: Parameters<typeof post>[1] = {}) => post(JSON.stringify(rows), options);
const storedCount = async () =>
  Number(((await stack.strapi.db.connection(measurementsTable).count({ n: '*' }).first()) as any).n);

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const releaseOf = async (key: string, date: string, token = airToken) => {
  const answer = await request(`${stack.url}/api/ingest/releases?date=${date}`, { token });
  return (answer.body.data as any[]).find((r) => r.key === key);
};
const settled = (key: string, date: string, token = airToken, timeoutMs?: number) =>
  settledRelease(stack.url, token, key, date, timeoutMs);

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  airToken = await newProducerToken(stack.strapi, 'monitoring');
  radiationToken = await newProducerToken(stack.strapi, 'radiation');
  meili = new MeiliClient({ host: stack.meili.host, apiKey: stack.meili.masterKey });
});

afterAll(async () => {
  await stack?.stop();
});

describe('the ingestion API answers every row', () => {
  const date = localDate(5);

  it('stores a valid JSON batch and answers each row', async () => {
    const rows = airDay(date, [zhengzhouAir[0]!], 3);
    const answer = await postRows(rows);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ received: 3, accepted: 3, duplicates: 0, rejected: 0, format: 'json' });
    expect(answer.body.data.rows.accepted.map((r: any) => r.line)).toEqual([1, 2, 3]);
    expect(answer.body.data.rows.accepted[0].time).toBe(hourTime(date, 0));
  });

  it('stores nothing twice when the same batch is sent again', async () => {
    const before = await storedCount();
    const answer = await postRows(airDay(date, [zhengzhouAir[0]!], 3));
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ accepted: 0, duplicates: 3, rejected: 0 });
    expect(answer.body.data.rows.duplicates[0]).toMatchObject({ line: 1, reason: 'ALREADY_STORED' });
    expect(await storedCount()).toBe(before);
  });

  it('stores each row once when the same batch arrives twice at the same time', async () => {
    const before = await storedCount();
    const rows = airDay(localDate(7), [zhengzhouAir[6]!], 24);
    const [first, second] = await Promise.all([postRows(rows), postRows(rows)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.data.accepted + second.body.data.accepted).toBe(24);
    expect(first.body.data.duplicates + second.body.data.duplicates).toBe(24);
    expect(await storedCount()).toBe(before + 24);
  });

  it('keeps the valid rows of a partly invalid batch and gives each rejected row its line and code', async () => {
    const before = await storedCount();
    const future = new Date(Date.now() + 3 * 3_600_000);
    const rows = [
      { station: zhengzhouAir[1], time: hourTime(date, 0), pm25: 31, pm10: 60, so2: 8, no2: 30, co: 0.6, o3: 40 },
      { station: zhengzhouAir[1], time: hourTime(date, 1), pm25: 'high' },
      { station: zhengzhouAir[1], time: hourTime(date, 2), pm25: -4 },
      { station: zhengzhouAir[1], time: hourTime(date, 3), pm25: 1e9 },
      { station: zhengzhouAir[1], time: isoOfHour(Math.floor(future.getTime() / 3_600_000), offset), pm25: 30 },
      { station: 'XX-UNKNOWN', time: hourTime(date, 4), pm25: 30 },
      { station: '410100-R01', time: hourTime(date, 4), doseRate: 80 },
      { station: zhengzhouAir[0], time: hourTime(date, 0), pm25: 99 },
      { station: zhengzhouAir[1], time: hourTime(date, 5), pm25: 33 },
    ];
    const answer = await postRows(rows);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ received: 9, accepted: 2, rejected: 7 });
    expect(answer.body.data.rows.rejected.map((r: any) => [r.line, r.code])).toEqual([
      [2, 'VALUE_NOT_NUMBER'],
      [3, 'VALUE_NEGATIVE'],
      [4, 'VALUE_OUT_OF_RANGE'],
      [5, 'TIME_IN_FUTURE'],
      [6, 'STATION_UNKNOWN'],
      [7, 'STATION_NOT_IN_DEPARTMENT'],
      [8, 'CONFLICTS_WITH_STORED'],
    ]);
    expect(answer.body.data.rows.rejected[0]).toMatchObject({ field: 'pm25', message: expect.stringContaining('/') });
    expect(await storedCount()).toBe(before + 2);
  });

  it('reads CSV with a header row, reporting file lines', async () => {
    const csv = [
      'station,time,pm25,pm10,so2,no2,co,o3',
      `${zhengzhouAir[2]},${hourTime(date, 0)},35,70,8,30,0.6,40`,
      `${zhengzhouAir[2]},${hourTime(date, 1)},abc,70,8,30,0.6,40`,
      '',
      `${zhengzhouAir[2]},${hourTime(date, 2)},36,,8,30,0.6,41`,
    ].join('\r\n');
    const answer = await post(csv, { type: 'text/csv' });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ format: 'csv', received: 3, accepted: 2, rejected: 1 });
    expect(answer.body.data.rows.rejected[0]).toMatchObject({ line: 3, code: 'VALUE_NOT_NUMBER', field: 'pm25' });
    expect(answer.body.data.rows.accepted.map((r: any) => r.line)).toEqual([2, 5]);
  });

  it.each([
    [
      'a CSV without a header row',
      `${zhengzhouAir[0]},${hourTime(date, 9)},35\n`,
      'text/csv',
      400,
      'CSV_HEADER_MISSING',
    ],
    ['a CSV with an unknown column', 'station,time,pm2.5\n', 'text/csv', 400, 'CSV_HEADER_INVALID'],
    ['malformed JSON', '[{"station": ', 'application/json', 400, 'BODY_NOT_JSON'],
    ['a JSON object instead of an array', '{"station":"x"}', 'application/json', 400, 'BATCH_NOT_ARRAY'],
    ['an empty array', '[]', 'application/json', 400, 'BATCH_EMPTY'],
    ['an XML body', '<rows/>', 'application/xml', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('refuses %s as a whole with a coded 4xx and stores nothing', async (_name, body, type, status, code) => {
    const before = await storedCount();
    const answer = await post(body, { type });
    expect(answer.status).toBe(status);
    expect(answer.body.error.details.code).toBe(code);
    expect(await storedCount()).toBe(before);
  });

  it('answers 422 with every reason when no row is valid', async () => {
    const answer = await postRows([{ station: 'nope', time: 'yesterday' }, 42]);
    expect(answer.status).toBe(422);
    expect(answer.body.error.details.code).toBe('NO_VALID_ROWS');
    expect(answer.body.error.details.batch.rows.rejected.map((r: any) => r.code)).toEqual([
      'STATION_UNKNOWN',
      'ROW_NOT_OBJECT',
    ]);
  });

  it('refuses a 50 MB body with 413 and stores nothing', async () => {
    const before = await storedCount();
    const row = JSON.stringify({ station: zhengzhouAir[3], time: hourTime(date, 0), pm25: 30 });
    const big = Buffer.from(
      `[${Array.from({ length: Math.ceil((50 * 1024 * 1024) / (row.length + 1)) }, () => row).join(',')}]`,
    );
    expect(big.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const answer = await post(big);
    expect(answer.status).toBe(413);
    expect(answer.body.error.details.code).toBe('BATCH_TOO_LARGE');
    expect(await storedCount()).toBe(before);
  });

  it('stores history without making releases when asked to (release=false)', async () => {
    const date = localDate(8);
    const answer = await postRows(airDay(date, zhengzhouAir.slice(5)), { query: '?release=false&detail=rejected' });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ accepted: 72, rejected: 0, releases: [] });
    expect(answer.body.data.rows.accepted).toEqual([]);
    expect(await releaseOf('410100', date)).toBeUndefined();
  });

  it('refuses requests without a bound producer token', async () => {
    const rows = JSON.stringify(airDay(date, [zhengzhouAir[0]!], 1));
    expect((await post(rows, { token: '' })).body.error.details.code).toBe('TOKEN_MISSING');
    expect((await post(rows, { token: 'not-a-token' })).status).toBe(401);
    const unbound = await stack.strapi
      .service('admin::api-token')
      .create({ name: `unbound-${Date.now()}`, type: 'full-access', lifespan: null });
    const refused = await post(rows, { token: unbound.accessKey });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.code).toBe('TOKEN_NOT_BOUND');
  });
});

describe('the ingest CLI', () => {
  const cli = path.resolve(__dirname, '..', '..', 'scripts', 'ingest.mjs');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a CSV file in batches and reports rejected rows by their line in the file', async () => {
    const date = localDate(6);
    const good = airDay(date, [zhengzhouAir[4]!], 12);
    const lines = ['station,time,pm25,pm10,so2,no2,co,o3'];
    good.forEach((r, i) => {
      lines.push(`${r.station},${r.time},${r.pm25},${r.pm10},${r.so2},${r.no2},${r.co},${r.o3}`);
      if (i === 6) lines.push(`${r.station},${hourTime(date, 20)},-3,60,8,30,0.6,40`); // line 9
    });
    const file = path.join(dir, 'history.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = path.join(dir, 'rejected.json');
    const run = await promisify(execFile)(process.execPath, [
      cli,
      '--url',
      stack.url,
      '--token',
      airToken,
      '--batch-rows',
      '5',
      '--report',
      report,
      file,
    ]).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({
      rows: 13,
      accepted: 12,
      duplicates: 0,
      rejected: 1,
    });
    expect(run.stderr).toContain('13/13');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject([
      { line: 9, code: 'VALUE_NEGATIVE', field: 'pm25' },
    ]);

    const again = await promisify(execFile)(process.execPath, [
      cli,
      '--url',
      stack.url,
      '--token',
      airToken,
      file,
    ]).catch((e: { stdout: string }) => e);
    expect(JSON.parse(again.stdout.trim().split('\n').at(-1)!)).toMatchObject({
      accepted: 0,
      duplicates: 12,
      rejected: 1,
    });
  });
});

describe('automatic release through the workflow', () => {
  it('publishes a city day that passes every check, searchable, audited, with no person involved', async () => {
    const date = localDate(2);
    const answer = await postRows(airDay(date, zhengzhouAir));
    expect(answer.status).toBe(200);
    expect(answer.body.data.accepted).toBe(24 * zhengzhouAir.length);
    expect(answer.body.data.releases).toEqual([
      expect.objectContaining({ kind: 'airCity', key: '410100', date, status: 'collecting' }),
    ]);

    const release = await settled('410100', date);
    expect(release).toMatchObject({ status: 'published', flags: [] });

    const published = await request(
      `${stack.url}/api/air-quality-dailies?filters[documentId][$eq]=${release.documentId}&populate=metadata`,
    );
    const doc = published.body.data[0];
    expect(doc.title).toContain('郑州市空气质量日报');
    expect(doc.date).toBe(date);
    expect(doc.aqi).toBeGreaterThan(0);
    expect(doc.metadata.indexNumber).toMatch(/\/\d{4}-\d{5}$/);

    const audit = (await stack.strapi.db
      .connection('dh_workflow_audit')
      .where({ document_id: release.documentId, locale: 'zh-CN' })
      .orderBy('id')) as { actor_id: string; event: string }[];
    expect(audit.map((a) => [a.event, a.actor_id])).toEqual([
      ['create', 'ingest:monitoring'],
      ['editor.submit', 'ingest:monitoring'],
      ['reviewer.approve', 'auto-qc:monitoring'],
      ['confidentiality.clear', 'auto-clearance:monitoring'],
      ['publisher.publish', 'ingest:monitoring'],
    ]);

    const hit = await waitFor(async () => {
      const found = await meili.search(indexUidFor('zh-CN'), { q: doc.title, limit: 50 });
      return found.hits.find((h) => (h as { documentId?: string }).documentId === release.documentId);
    });
    expect(hit).toBeDefined();

    // The hourly data of a published day are public, as series and as latest values.
    const series = await request(
      `${stack.url}/api/measurements/series?station=${zhengzhouAir[0]}&from=${date}&to=${date}&pageSize=10&page=2`,
    );
    expect(series.status).toBe(200);
    expect(series.body.meta.pagination).toEqual({ page: 2, pageSize: 10, total: 24, pageCount: 3 });
    expect(series.body.data[0]).toMatchObject({ time: hourTime(date, 10), values: { pm25: 30 + (10 % 5) } });
    const city = await graphql(stack.url, {
      query: `{ measurementSeries(city: "410100", from: "${date}", to: "${date}", pageSize: 24) { total points { time pm25 } } }`,
    });
    expect(city.body.data.measurementSeries.total).toBe(24);
    expect(city.body.data.measurementSeries.points[0].pm25).toBeCloseTo(32, 0);
    const latest = await request(`${stack.url}/api/measurements/latest?city=410100&kind=air`);
    expect(latest.body.data).toHaveLength(zhengzhouAir.length);
    expect(latest.body.data[0].time).toBe(hourTime(date, 23));
  });

  it('keeps unreleased hours out of public reads', async () => {
    const date = localDate(5); // partial data from the first tests, not released yet
    const series = await request(
      `${stack.url}/api/measurements/series?station=${zhengzhouAir[0]}&from=${date}&to=${date}`,
    );
    expect(series.status).toBe(200);
    expect(series.body.data).toEqual([]);
  });

  it('leaves a day with a spike waiting in the reviewer queue instead of publishing it', async () => {
    const date = localDate(3);
    const answer = await postRows(
      Array.from({ length: 24 }, (_, h) => ({
        station: '410100-R01',
        time: hourTime(date, h),
        doseRate: h === 14 ? 400 : 82 + (h % 3),
      })),
      { token: radiationToken },
    );
    expect(answer.status).toBe(200);
    const release = await settled('410100-R01', date, radiationToken);
    expect(release.status).toBe('awaitingReview');
    expect(release.flags.map((f: any) => f.code)).toEqual(['ABOVE_REVIEW_THRESHOLD', 'SPIKE']);

    const record = await stack.strapi.db
      .connection('dh_workflow_records')
      .where({ document_id: release.documentId, locale: 'zh-CN' })
      .first();
    expect(record.state).toBe('departmentReview');
    const published = await request(
      `${stack.url}/api/radiation-monitorings?filters[documentId][$eq]=${release.documentId}`,
    );
    expect(published.body.data).toEqual([]);
    const series = await request(`${stack.url}/api/measurements/series?station=410100-R01&from=${date}&to=${date}`);
    expect(series.body.data).toEqual([]);

    // A person of the radiation section reviews it from here, like any item.
    const jwt = await adminLogin(stack.url, 'reviewer.radiation@disclosure-hub.local', demoPassword);
    const view = await request(
      `${stack.url}/disclosure-workflow/items/api::radiation-monitoring.radiation-monitoring/${release.documentId}?locale=zh-CN`,
      { token: jwt },
    );
    expect(view.status).toBe(200);
    expect(view.body.data.state).toBe('departmentReview');
    expect(view.body.data.availableEvents).toContain('reviewer.approve');
    // The panel shows the reviewer why the release waits: the hour and value of the spike.
    expect(view.body.data.automaticChecks).toMatchObject({
      status: 'awaitingReview',
      date,
      flags: [
        { code: 'ABOVE_REVIEW_THRESHOLD', station: '410100-R01', time: hourTime(date, 14), value: 400 },
        { code: 'SPIKE', value: 400 },
      ],
    });
    const tasks = await request(`${stack.url}/disclosure-workflow/tasks`, { token: jwt });
    expect(tasks.status).toBe(200);
    expect(tasks.body.data.items).toContainEqual(
      expect.objectContaining({
        documentId: release.documentId,
        locale: 'zh-CN',
        state: 'departmentReview',
        mine: true,
      }),
    );
  });

  it('waits for a person when a city day has too few complete stations', async () => {
    const date = localDate(4);
    // Two of eight stations complete; the day has ended long ago, so the release is made now.
    await postRows(airDay(date, zhengzhouAir.slice(0, 2)));
    const release = await settled('410100', date);
    expect(release.status).toBe('awaitingReview');
    expect(release.flags[0]).toMatchObject({ code: 'TOO_FEW_STATIONS', value: 2 });
  });
});

describe('demo monitoring data (development)', () => {
  it('sends three days of every station through the ingestion once, and their releases go through the chain', async () => {
    // Three weeks back, clear of the days the other tests use.
    const now = new Date(Date.now() - 21 * 86_400_000);
    expect(await seedDemoMeasurements(stack.strapi, now)).toBe(monitoring.stations.length * 72);
    expect(await seedDemoMeasurements(stack.strapi, now)).toBe(0);

    const lastDay = localDate(22);
    // 27 releases in two locales through the whole chain: allow for a loaded CI machine.
    const city = await settled('410300', lastDay, airToken, 150_000);
    expect(city).toMatchObject({ status: 'published', flags: [] });
    const spiking = monitoring.stations.find((s) => s.kind === 'radiation')!;
    const radiation = await settled(spiking.code, lastDay, radiationToken, 150_000);
    expect(radiation.status).toBe('awaitingReview');
    expect(radiation.flags[0]).toMatchObject({ code: 'ABOVE_REVIEW_THRESHOLD', value: 320 });
  }, 330_000);
});
