import { applyIndexSettings, indexUidFor, rebuild, reconcile, renderProgress, toSearchDocument } from '../src';
import type { SyncProgress } from '../src';
import { PublishedStore, publishedDisclosure, startTestMeilisearch, uidOf } from './support/published-disclosures';
import type { TestMeilisearch } from './support/published-disclosures';

jest.setTimeout(90_000);

const uid = uidOf('policy-document');
const onRequest = { ...publishedDisclosure().metadata, attribute: 'onRequest' as const };

let meili: TestMeilisearch;

beforeAll(async () => {
  meili = await startTestMeilisearch();
});

afterAll(async () => {
  await meili?.stop();
});

const indexedIds = async (indexUid: string) =>
  (await meili.admin.getDocuments(indexUid, { limit: 100, fields: ['id'] })).results.map((d) => d.id).sort();

/** Writes search documents straight into the index, as an earlier indexer run would have. */
async function seedIndex(indexUid: string, documents: ReturnType<typeof publishedDisclosure>[]): Promise<void> {
  const search = documents.map((document) => ({ ...toSearchDocument({ uid, locale: 'zh-CN', document })! }));
  await meili.admin.waitForTask((await meili.admin.addDocuments(indexUid, search)).taskUid);
}

describe('reconcile', () => {
  const indexPrefix = 'reconcile';
  const indexUid = indexUidFor('zh-CN', { prefix: indexPrefix });
  const store = new PublishedStore();
  let summary: Awaited<ReturnType<typeof reconcile>>;
  const progress: SyncProgress[] = [];

  beforeAll(async () => {
    await applyIndexSettings({ client: meili.admin, locale: 'zh-CN', indexPrefix });
    const same = publishedDisclosure({ documentId: 'same', title: '未变化的通知' });
    const stale = publishedDisclosure({ documentId: 'stale', title: '旧标题' });
    const extra = publishedDisclosure({ documentId: 'extra', title: '已撤回的通知' });
    const nowOnRequest = publishedDisclosure({ documentId: 'nowreq', title: '改为依申请公开' });
    await seedIndex(indexUid, [same, stale, extra, nowOnRequest]);

    store.put(uid, same);
    store.put(uid, { ...stale, title: '新标题', updatedAt: '2026-03-05T01:00:00.000Z' });
    store.put(uid, publishedDisclosure({ documentId: 'missing', title: '漏索引的通知' }));
    store.put(uid, { ...nowOnRequest, metadata: onRequest, updatedAt: '2026-03-05T01:00:00.000Z' });
    store.put(uid, publishedDisclosure({ documentId: 'never', metadata: onRequest }));

    summary = await reconcile({
      client: meili.admin,
      locale: 'zh-CN',
      indexPrefix,
      listPublished: store.listPublished,
      loadPublished: store.loadPublished,
      onProgress: (step) => progress.push(step),
      batchSize: 2,
    });
  });

  it('reports what it repaired in each direction', () => {
    expect(summary).toEqual({ indexUid, added: 1, updated: 1, removed: 2, unchanged: 1, skipped: 1 });
  });

  it('leaves exactly the published, proactive items in the index', async () => {
    expect(await indexedIds(indexUid)).toEqual([
      'policy-document-missing',
      'policy-document-same',
      'policy-document-stale',
    ]);
  });

  it('refreshes the stale item', async () => {
    expect(await meili.admin.getDocument(indexUid, 'policy-document-stale')).toMatchObject({
      title: '新标题',
      updatedAt: '2026-03-05T01:00:00.000Z',
    });
  });

  it('reports progress up to the total of published and extra items', () => {
    expect(progress.at(-1)).toMatchObject({ done: 6, total: 6 });
  });

  it('finds nothing to do on a second run', async () => {
    const again = await reconcile({
      client: meili.admin,
      locale: 'zh-CN',
      indexPrefix,
      listPublished: store.listPublished,
      loadPublished: store.loadPublished,
    });

    expect(again).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 3, skipped: 2 });
  });
});

describe('rebuild', () => {
  const indexPrefix = 'rebuild';
  const indexUid = indexUidFor('zh-CN', { prefix: indexPrefix });
  const store = new PublishedStore();
  const searchesDuringBuild: string[][] = [];
  let summary: Awaited<ReturnType<typeof rebuild>>;

  const titles = async () =>
    (await meili.admin.search(indexUid, { q: '通知', locales: ['cmn'], limit: 50 })).hits
      .map((h) => String(h.title))
      .sort();

  beforeAll(async () => {
    await applyIndexSettings({ client: meili.admin, locale: 'zh-CN', indexPrefix });
    await seedIndex(indexUid, [publishedDisclosure({ documentId: 'old', title: '旧索引里的通知' })]);
    for (const n of [1, 2, 3])
      store.put(uid, publishedDisclosure({ documentId: `new${n}`, title: `新索引里的通知${n}` }));
    store.put(uid, publishedDisclosure({ documentId: 'hidden', title: '不公开的通知', metadata: onRequest }));
    const pending: Promise<void>[] = [];

    summary = await rebuild({
      client: meili.admin,
      locale: 'zh-CN',
      indexPrefix,
      listPublished: store.listPublished,
      loadPublished: store.loadPublished,
      batchSize: 2,
      now: () => Date.parse('2026-11-01T08:30:00.123Z'),
      onProgress: () => pending.push(titles().then((found) => void searchesDuringBuild.push(found))),
    });
    await Promise.all(pending);
  });

  it('builds under a timestamped name and swaps it in', () => {
    expect(summary).toEqual({ indexUid, buildIndexUid: `${indexUid}-20261101T083000123Z`, indexed: 3, skipped: 1 });
  });

  it('serves the rebuilt documents from the live index', async () => {
    expect(await titles()).toEqual(['新索引里的通知1', '新索引里的通知2', '新索引里的通知3']);
  });

  it('keeps answering searches from the old index while building', () => {
    expect(searchesDuringBuild).toEqual([
      ['旧索引里的通知'],
      ['旧索引里的通知'],
      ['旧索引里的通知'],
      ['旧索引里的通知'],
    ]);
  });

  it('deletes the old index', async () => {
    await expect(meili.admin.getIndex(summary.buildIndexUid)).rejects.toMatchObject({ meiliCode: 'index_not_found' });
  });

  it('leaves the live index with the full settings', async () => {
    expect((await meili.admin.getSettings(indexUid)).rankingRules?.at(-1)).toBe('publishedAtTs:desc');
  });

  it('creates the live index on a first run', async () => {
    const first = await rebuild({
      client: meili.admin,
      locale: 'en',
      indexPrefix: 'fresh',
      listPublished: store.listPublished,
      loadPublished: store.loadPublished,
      now: () => 0,
    });

    expect(await indexedIds(first.indexUid)).toEqual([
      'policy-document-new1',
      'policy-document-new2',
      'policy-document-new3',
    ]);
  });
});

describe('renderProgress', () => {
  it.each([
    [{ done: 0, total: 10, width: 10 }, '[..........]   0% 0/10'],
    [{ done: 6, total: 10, width: 10, label: '索引' }, '索引 [######....]  60% 6/10'],
    [{ done: 10, total: 10, width: 10 }, '[##########] 100% 10/10'],
    [{ done: 0, total: 0, width: 4 }, '[####] 100% 0/0'],
    [{ done: 12, total: 10, width: 4 }, '[####] 100% 10/10'],
  ])('renders %j as %s', (input, expected) => {
    expect(renderProgress(input)).toBe(expected);
  });
});
