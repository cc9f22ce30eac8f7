import { createIndexer, indexUidFor, SearchError } from '../src';
import type { Indexer, IndexerEvent } from '../src';
import { PublishedStore, publishedDisclosure, startTestMeilisearch, uidOf } from './support/published-disclosures';
import type { TestMeilisearch } from './support/published-disclosures';

jest.setTimeout(60_000);

const uid = uidOf('policy-document');
const indexPrefix = 'indexer';
const liveIndex = indexUidFor('zh-CN', { prefix: indexPrefix });

let meili: TestMeilisearch;
let store: PublishedStore;
let indexer: Indexer;

beforeAll(async () => {
  meili = await startTestMeilisearch();
});

afterAll(async () => {
  await meili?.stop();
});

beforeEach(() => {
  store = new PublishedStore();
  indexer = createIndexer({ client: meili.admin, loadPublished: store.loadPublished, indexPrefix });
});

const event = (topic: IndexerEvent['topic'], documentId: string): IndexerEvent => ({
  topic,
  uid,
  documentId,
  locale: 'zh-CN',
});

const search = async (q: string) =>
  (await meili.admin.search(liveIndex, { q, locales: ['cmn'], matchingStrategy: 'all' })).hits.map((hit) => hit.id);

const stored = (id: string) => meili.admin.getDocument(liveIndex, id).catch((error: SearchError) => error.meiliCode);

describe('the indexer', () => {
  it('makes a published item findable', async () => {
    store.put(uid, publishedDisclosure({ documentId: 'pub1', title: '关于开展固体废物专项整治的通知' }));

    const result = await indexer.handle(event('publish', 'pub1'));

    expect(result).toMatchObject({ action: 'upserted', id: 'policy-document-pub1', indexUid: liveIndex });
    expect(await search('固体废物专项整治')).toEqual(['policy-document-pub1']);
  });

  it('replaces the indexed version with a correction', async () => {
    store.put(uid, publishedDisclosure({ documentId: 'cor1', title: '关于噪声扰民问题整治的通知' }));
    await indexer.handle(event('publish', 'cor1'));
    store.put(uid, publishedDisclosure({ documentId: 'cor1', title: '关于建筑施工扬尘整治的通知（更正）' }));

    await indexer.handle(event('correct', 'cor1'));

    expect(await search('噪声扰民')).toEqual([]);
    expect(await search('建筑施工扬尘')).toEqual(['policy-document-cor1']);
  });

  it.each(['withdraw', 'unpublish'] as const)('removes the item on %s', async (topic) => {
    store.put(uid, publishedDisclosure({ documentId: `gone-${topic}`, title: '关于秸秆禁烧工作的通告' }));
    await indexer.handle(event('publish', `gone-${topic}`));
    store.remove(uid, `gone-${topic}`);

    const result = await indexer.handle(event(topic, `gone-${topic}`));

    expect(result.action).toBe('deleted');
    expect(await stored(`policy-document-gone-${topic}`)).toBe('document_not_found');
  });

  it('removes an item corrected to 依申请公开', async () => {
    store.put(uid, publishedDisclosure({ documentId: 'req1' }));
    await indexer.handle(event('publish', 'req1'));
    store.put(
      uid,
      publishedDisclosure({
        documentId: 'req1',
        metadata: { ...publishedDisclosure().metadata, attribute: 'onRequest' },
      }),
    );

    const result = await indexer.handle(event('correct', 'req1'));

    expect(result.action).toBe('deleted');
    expect(await stored('policy-document-req1')).toBe('document_not_found');
  });

  it('handles the same event twice without harm', async () => {
    store.put(uid, publishedDisclosure({ documentId: 'twice1', title: '关于机动车排气检测的公告' }));

    await indexer.handle(event('publish', 'twice1'));
    await indexer.handle(event('publish', 'twice1'));
    await indexer.handle(event('withdraw', 'twice1'));
    await indexer.handle(event('withdraw', 'twice1'));

    expect(await stored('policy-document-twice1')).toBe('document_not_found');
  });

  it('throws TASK_FAILED when Meilisearch refuses the document, so the outbox retries', async () => {
    store.put(uid, publishedDisclosure({ documentId: 'bad id!' }));

    const error = await indexer.handle(event('publish', 'bad id!')).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SearchError);
    expect(error).toMatchObject({ code: 'TASK_FAILED', meiliCode: 'invalid_document_id' });
  });

  it('rejects an event for a content type without a category', async () => {
    const error = await indexer
      .handle({ topic: 'publish', uid: 'api::department.department', documentId: 'd1', locale: 'zh-CN' })
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'UNKNOWN_CONTENT_TYPE' });
  });
});

describe('the indexer in batches', () => {
  it('upserts and deletes many documents with one task per kind and index', async () => {
    for (const n of [1, 2, 3])
      store.put(uid, publishedDisclosure({ documentId: `batch${n}`, title: `批量发布测试第${n}号` }));
    await indexer.handle(event('publish', 'batchgone'));
    store.put(uid, publishedDisclosure({ documentId: 'batchgone', title: '批量撤回测试' }));
    await indexer.handle(event('publish', 'batchgone'));

    const results = await indexer.handleBatch([
      event('publish', 'batch1'),
      event('publish', 'batch2'),
      event('withdraw', 'batchgone'),
      event('correct', 'batch3'),
    ]);

    expect(results.map((r) => [r.id, r.action])).toEqual([
      ['policy-document-batch1', 'upserted'],
      ['policy-document-batch2', 'upserted'],
      ['policy-document-batchgone', 'deleted'],
      ['policy-document-batch3', 'upserted'],
    ]);
    expect(new Set(results.filter((r) => r.action === 'upserted').map((r) => r.taskUid)).size).toBe(1);
    expect((await search('批量发布测试')).sort()).toEqual([
      'policy-document-batch1',
      'policy-document-batch2',
      'policy-document-batch3',
    ]);
    expect(await stored('policy-document-batchgone')).toBe('document_not_found');
  });

  it('fails the whole batch when one document is refused, so every event is retried', async () => {
    store.put(uid, publishedDisclosure({ documentId: 'fine1', title: '正常文件' }));
    store.put(uid, publishedDisclosure({ documentId: 'bad id!' }));

    const error = await indexer
      .handleBatch([event('publish', 'fine1'), event('publish', 'bad id!')])
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'TASK_FAILED' });
  });
});
