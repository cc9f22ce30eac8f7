import { applyIndexSettings, createSearchKey, ensureSearchKey, indexUidFor, MeiliClient, SearchError } from '../src';
import type { ApiKey } from '../src';
import { startTestMeilisearch } from './support/published-disclosures';
import type { TestMeilisearch } from './support/published-disclosures';

jest.setTimeout(60_000);

const indexUid = indexUidFor('zh-CN', { prefix: 'keys' });
let meili: TestMeilisearch;
let key: ApiKey;
let publicClient: MeiliClient;

beforeAll(async () => {
  meili = await startTestMeilisearch();
  await applyIndexSettings({ client: meili.admin, locale: 'zh-CN', indexPrefix: 'keys' });
  await meili.admin.waitForTask((await meili.admin.addDocuments(indexUid, [{ id: 'a', title: '空气质量' }])).taskUid);
  key = await createSearchKey({
    client: meili.admin,
    indexes: [indexUid],
    expiresAt: new Date('2099-01-01T00:00:00Z'),
  });
  publicClient = new MeiliClient({ host: meili.server.host, apiKey: key.key });
});

afterAll(async () => {
  await meili?.stop();
});

describe('a search-only key', () => {
  it('is limited to the search action on the given indexes, with the given expiry', () => {
    expect(key).toMatchObject({ actions: ['search'], indexes: [indexUid], expiresAt: '2099-01-01T00:00:00Z' });
  });

  it('can search', async () => {
    const result = await publicClient.search(indexUid, { q: '空气质量', locales: ['cmn'] });

    expect(result.hits.map((hit) => hit.id)).toEqual(['a']);
  });

  it.each([
    ['add documents', () => publicClient.addDocuments(indexUid, [{ id: 'b', title: 'x' }])],
    ['delete a document', () => publicClient.deleteDocument(indexUid, 'a')],
    ['change settings', () => publicClient.updateSettings(indexUid, { synonyms: null })],
    ['read documents', () => publicClient.getDocuments(indexUid)],
    ['create keys', () => publicClient.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null })],
    ['delete the index', () => publicClient.deleteIndex(indexUid)],
  ])('cannot %s', async (_name, act) => {
    const error = await act().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SearchError);
    expect(error).toMatchObject({ code: 'MEILI_HTTP_ERROR', status: 403, meiliCode: 'invalid_api_key' });
  });

  it('cannot search an index it was not given', async () => {
    const error = await publicClient.search('other-index', { q: 'x' }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'MEILI_HTTP_ERROR', status: 403 });
  });
});

describe('the public key kept across starts', () => {
  const name = 'ensure-test';
  const named = async () => (await meili.admin.getKeys({ limit: 1000 })).results.filter((k) => k.name === name);

  it('is created once and then reused', async () => {
    const first = await ensureSearchKey({ client: meili.admin, indexes: [indexUid], name });
    const second = await ensureSearchKey({ client: meili.admin, indexes: [indexUid], name });

    expect(second.key).toBe(first.key);
    expect(first).toMatchObject({ actions: ['search'], indexes: [indexUid], expiresAt: null });
    expect(await named()).toHaveLength(1);
  });

  it('replaces a key of that name that may do more than search these indexes', async () => {
    for (const key of await named()) await meili.admin.deleteKey(key.uid);
    const broad = await meili.admin.createKey({
      name,
      actions: ['search', 'documents.add'],
      indexes: ['*'],
      expiresAt: null,
    });

    const ensured = await ensureSearchKey({ client: meili.admin, indexes: [indexUid], name });

    expect(ensured.key).not.toBe(broad.key);
    expect(ensured).toMatchObject({ actions: ['search'], indexes: [indexUid] });
    expect((await named()).map((k) => k.key)).toEqual([ensured.key]);
  });
});
