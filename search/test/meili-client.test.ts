import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MeiliClient, SearchError, startLocalMeilisearch } from '../src';
import type { EnqueuedTask, LocalMeilisearch, MeiliDocument } from '../src';

jest.setTimeout(30_000);

let dataDir: string;
let server: LocalMeilisearch;
let admin: MeiliClient;
let indexCount = 0;

/** A fresh index name per test, so tests never see each other's documents. */
const uniqueIndex = (prefix: string): string => `${prefix}_${(indexCount += 1)}`;

async function applied(enqueued: Promise<EnqueuedTask>): Promise<void> {
  const { taskUid } = await enqueued;
  await admin.waitForTask(taskUid);
}

async function indexWith(uid: string, documents: MeiliDocument[]): Promise<void> {
  await applied(admin.createIndex(uid, { primaryKey: 'id' }));
  await applied(admin.addDocuments(uid, documents));
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'dh-search-client-'));
  server = await startLocalMeilisearch({ dataDir });
  admin = new MeiliClient({ host: server.host, apiKey: server.masterKey });
});

afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const disclosures = [
  {
    id: 'air-2025-03',
    title: '2025年3月全市环境空气质量状况',
    body: '本月全市空气质量优良天数比例为90.3%，细颗粒物平均浓度同比下降。',
    category: 'air',
  },
  { id: 'air-forecast-17', title: '关于发布城市空气质量预报的通告', body: '未来三天以良为主。', category: 'air' },
  {
    id: 'water-2025-q1',
    title: '2025年第一季度地表水环境质量状况',
    body: '国控断面水质优良比例提升。',
    category: 'water',
  },
];

describe('Chinese search with localizedAttributes', () => {
  const uid = 'disclosures_zh';
  const localizedAttributes = [{ attributePatterns: ['*'], locales: ['cmn'] }];

  beforeAll(async () => {
    await applied(admin.createIndex(uid, { primaryKey: 'id' }));
    await applied(admin.updateSettings(uid, { localizedAttributes, filterableAttributes: ['category'] }));
    await applied(admin.addDocuments(uid, disclosures));
  });

  it('keeps the cmn localizedAttributes setting', async () => {
    const settings = await admin.getSettings(uid);

    expect(settings.localizedAttributes).toEqual(localizedAttributes);
  });

  it('finds the air-quality disclosures for 空气质量 and highlights the matched words', async () => {
    const result = await admin.search(uid, {
      q: '空气质量',
      locales: ['cmn'],
      matchingStrategy: 'all',
      attributesToHighlight: ['title'],
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
    });

    expect(result.hits.map((hit) => hit.id).sort()).toEqual(['air-2025-03', 'air-forecast-17']);
    expect(result.hits.map((hit) => hit._formatted?.title)).toEqual([
      expect.stringContaining('<mark>'),
      expect.stringContaining('<mark>'),
    ]);
  });

  it('counts facets and filters by category', async () => {
    const all = await admin.search(uid, { q: '', facets: ['category'] });
    const water = await admin.search(uid, { q: '', filter: 'category = water' });

    expect(all.facetDistribution).toEqual({ category: { air: 2, water: 1 } });
    expect(water.hits.map((hit) => hit.id)).toEqual(['water-2025-q1']);
  });

  it('reads documents one by one and by filter with selected fields', async () => {
    const one = await admin.getDocument(uid, 'water-2025-q1', { fields: ['id', 'category'] });
    const page = await admin.getDocuments(uid, { filter: 'category = air', fields: ['id'], limit: 10 });

    expect(one).toEqual({ id: 'water-2025-q1', category: 'water' });
    expect(page.total).toBe(2);
    expect(page.results.map((document) => document.id).sort()).toEqual(['air-2025-03', 'air-forecast-17']);
  });
});

describe('deleting documents', () => {
  it('deletes one document, then a batch', async () => {
    const uid = uniqueIndex('deletions');
    await indexWith(uid, [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);

    await applied(admin.deleteDocument(uid, 'a'));
    await applied(admin.deleteDocuments(uid, ['b', 'c']));

    expect((await admin.getDocuments(uid)).total).toBe(0);
  });

  it('answers 404 document_not_found for a deleted document', async () => {
    const uid = uniqueIndex('deleted');
    await indexWith(uid, [{ id: 'gone' }]);
    await applied(admin.deleteDocument(uid, 'gone'));

    await expect(admin.getDocument(uid, 'gone')).rejects.toMatchObject({
      code: 'MEILI_HTTP_ERROR',
      status: 404,
      meiliCode: 'document_not_found',
    });
  });
});

describe('task outcomes', () => {
  it('raises TASK_FAILED with Meilisearch code invalid_document_id for a malformed id', async () => {
    const uid = uniqueIndex('invalid_ids');
    await applied(admin.createIndex(uid, { primaryKey: 'id' }));

    const outcome = applied(admin.addDocuments(uid, [{ id: 'not allowed!', title: '无效编号' }]));

    await expect(outcome).rejects.toBeInstanceOf(SearchError);
    await expect(outcome).rejects.toMatchObject({ code: 'TASK_FAILED', meiliCode: 'invalid_document_id' });
  });

  it('raises TASK_FAILED with index_already_exists when an index is created twice', async () => {
    const uid = uniqueIndex('twice');
    await applied(admin.createIndex(uid, { primaryKey: 'id' }));

    await expect(applied(admin.createIndex(uid, { primaryKey: 'id' }))).rejects.toMatchObject({
      code: 'TASK_FAILED',
      meiliCode: 'index_already_exists',
    });
  });

  it('raises TASK_TIMEOUT when the task is unfinished at the deadline of the injected clock', async () => {
    const uid = uniqueIndex('slow');
    let clock = 0;
    // Every reading jumps a minute ahead, so the deadline passes right after the first poll.
    const impatient = new MeiliClient({ host: server.host, apiKey: server.masterKey, now: () => (clock += 60_000) });
    const documents = Array.from({ length: 3_000 }, (_, n) => ({ id: n, title: `第${n}号公告：环境空气质量日报` }));
    const { taskUid } = await admin.addDocuments(uid, documents, { primaryKey: 'id' });

    await expect(impatient.waitForTask(taskUid, { timeoutMs: 1_000 })).rejects.toMatchObject({
      code: 'TASK_TIMEOUT',
      details: { taskUid },
    });
    await admin.waitForTask(taskUid, { timeoutMs: 20_000 });
  });

  it('answers 404 index_not_found for an unknown index', async () => {
    await expect(admin.getIndex('no_such_index')).rejects.toMatchObject({
      code: 'MEILI_HTTP_ERROR',
      status: 404,
      meiliCode: 'index_not_found',
    });
  });
});

describe('API keys', () => {
  const uid = 'keys_public';
  let searchOnly: MeiliClient;
  let searchKeyUid: string;

  beforeAll(async () => {
    await indexWith(uid, [{ id: 'aqi-1', title: '空气质量日报' }]);
    await indexWith('keys_private', [{ id: 'draft-1', title: '未公开草稿' }]);
    const key = await admin.createKey({
      description: 'public search widget',
      actions: ['search'],
      indexes: [uid],
      expiresAt: null,
    });
    searchKeyUid = key.uid;
    searchOnly = new MeiliClient({ host: server.host, apiKey: key.key });
  });

  it('lets a search-only key search its index', async () => {
    const result = await searchOnly.search(uid, { q: '空气' });

    expect(result.hits.map((hit) => hit.id)).toEqual(['aqi-1']);
  });

  it('lists the created key among the keys', async () => {
    const { results } = await admin.getKeys({ limit: 100 });

    expect(results.map((key) => key.uid)).toContain(searchKeyUid);
  });

  it.each([
    ['add documents', (client: MeiliClient) => client.addDocuments(uid, [{ id: 'forged' }])],
    ['delete the index', (client: MeiliClient) => client.deleteIndex(uid)],
    ['change settings', (client: MeiliClient) => client.updateSettings(uid, { searchableAttributes: ['id'] })],
    ['read the keys', (client: MeiliClient) => client.getKeys()],
    ['search another index', (client: MeiliClient) => client.search('keys_private', { q: '草稿' })],
  ])('refuses a search-only key to %s with 403', async (_action, attempt) => {
    await expect(attempt(searchOnly)).rejects.toMatchObject({
      code: 'MEILI_HTTP_ERROR',
      status: 403,
      meiliCode: 'invalid_api_key',
    });
  });

  it('refuses a request without a key with 401', async () => {
    const anonymous = new MeiliClient({ host: server.host });

    await expect(anonymous.search(uid, { q: '空气' })).rejects.toMatchObject({
      code: 'MEILI_HTTP_ERROR',
      status: 401,
      meiliCode: 'missing_authorization_header',
    });
  });

  it('refuses a deleted key', async () => {
    const key = await admin.createKey({ actions: ['search'], indexes: [uid], expiresAt: null });
    const client = new MeiliClient({ host: server.host, apiKey: key.key });

    await admin.deleteKey(key.uid);

    await expect(client.search(uid, { q: '空气' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('swapping indexes', () => {
  it('exchanges the documents of two indexes', async () => {
    const live = uniqueIndex('live');
    const rebuilt = uniqueIndex('rebuilt');
    await indexWith(live, [{ id: 'old', title: '旧版本' }]);
    await indexWith(rebuilt, [{ id: 'new', title: '新版本' }]);

    await applied(admin.swapIndexes([{ indexes: [live, rebuilt] }]));

    expect((await admin.getDocuments(live)).results.map((document) => document.id)).toEqual(['new']);
    expect((await admin.getDocuments(rebuilt)).results.map((document) => document.id)).toEqual(['old']);
  });
});

describe('the instance', () => {
  it('reports itself healthy and gives its version', async () => {
    await expect(admin.isHealthy()).resolves.toBe(true);
    await expect(admin.version()).resolves.toMatchObject({ pkgVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('raises MEILI_UNAVAILABLE when nothing listens, and isHealthy says false', async () => {
    const port = await closedPort();
    const client = new MeiliClient({ host: `http://127.0.0.1:${port}`, apiKey: 'irrelevant' });

    await expect(client.health()).rejects.toMatchObject({ code: 'MEILI_UNAVAILABLE' });
    await expect(client.isHealthy()).resolves.toBe(false);
  });

  it.each(['not a url', 'ftp://127.0.0.1:7700'])('refuses the host %p with CONFIG_INVALID', (host) => {
    expect(() => new MeiliClient({ host })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

/** A port that was free a moment ago and on which nothing listens now. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
