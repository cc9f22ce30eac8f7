import { MeiliClient, SearchError, type PublicSearchConfig } from '@disclosure-hub/search';
import { startTestStack, type TestStack } from './helpers/stack';
import { request } from './helpers/api';
import { drainOutbox, outboxStats } from '../src/disclosure/outbox';
import { generateDemoContent } from '../src/seed/demo-content';
import { today } from '../src/disclosure/validation/category-rules';
import { launchChromium } from './helpers/browser';

type Hit = Record<string, unknown> & { title: string; category: string; column: string };

let stack: TestStack;
let config: PublicSearchConfig;
let publicClient: MeiliClient;
const demo = generateDemoContent({ today: today() });
const titleOf = (item: (typeof demo)[number]) => item.data.title as string;
const publishedTitles = new Set(demo.filter((item) => item.publish).map(titleOf));

const search = async (q: string, filter?: string, limit = 20) =>
  (await publicClient.search(config.locales['zh-CN'].index, { q, filter, limit })).hits as Hit[];

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'true' } });
  // The demo is published through the chain at start; wait until the outbox has indexed all of it.
  for (;;) {
    await drainOutbox(stack.strapi);
    if ((await outboxStats(stack.strapi)).pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { status, body } = await request(`${stack.url}/api/disclosure-search/config`);
  if (status !== 200) throw new Error(`search config: ${status} ${JSON.stringify(body)}`);
  config = body.data;
  publicClient = new MeiliClient({ host: config.host, apiKey: config.apiKey });
}, 600_000); // seeding and indexing the whole demo takes minutes on 2 cores

afterAll(async () => {
  await stack?.stop();
});

describe('the public search configuration', () => {
  it('gives anyone a search-only key, never the master key, with the index of each locale', () => {
    expect(config.apiKey).toEqual(expect.any(String));
    expect(config.apiKey).not.toBe(stack.meili.masterKey);
    expect(config.host).toBe(stack.meili.host);
    expect(config.locales['zh-CN']).toEqual({ index: 'disclosures-zh-cn', language: 'cmn' });
    expect(config.commonFacets).toEqual(['category', 'department', 'year', 'regionCodes']);
    expect(config.categories.map((c) => c.key)).toContain('air-quality-daily');
  });

  it('gives the same key after a restart of the route cache (the key is kept in Meilisearch)', async () => {
    const keys = await new MeiliClient({ host: stack.meili.host, apiKey: stack.meili.masterKey }).getKeys({
      limit: 1000,
    });

    expect(keys.results.filter((k) => k.name === 'disclosure-hub-public-search').map((k) => k.key)).toEqual([
      config.apiKey,
    ]);
  });

  it('cannot write to the index or search another index with the public key', async () => {
    const admin = new MeiliClient({ host: stack.meili.host, apiKey: stack.meili.masterKey });
    await admin.waitForTask((await admin.createIndex('internal-notes')).taskUid);

    const write = await publicClient
      .addDocuments(config.locales['zh-CN'].index, [{ id: 'x', title: '伪造' }])
      .catch((e: unknown) => e);
    const other = await publicClient.search('internal-notes', { q: '' }).catch((e: unknown) => e);

    expect(write).toBeInstanceOf(SearchError);
    expect(write).toMatchObject({ status: 403 });
    expect(other).toMatchObject({ status: 403 });
  });
});

describe('Chinese queries over the demo data', () => {
  it('finds a policy document by its exact title, first', async () => {
    const title = titleOf(demo.find((item) => item.publish && item.uid === 'api::policy-document.policy-document')!);

    const hits = await search(title);

    expect(hits[0]?.title).toBe(title);
  });

  it('finds air-quality reports by the synonym 细颗粒物 although they only say PM2.5', async () => {
    const hits = await search('细颗粒物', 'category = "air-quality-daily"');

    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => !JSON.stringify(hit).includes('细颗粒物'))).toBe(true);
    expect(hits.every((hit) => JSON.stringify(hit).includes('PM2.5'))).toBe(true);
  });

  it('finds radiation items with the two-character query 辐射, and nothing unrelated', async () => {
    const hits = await search('辐射');

    expect(hits.some((hit) => hit.column === 'nuclearRadiation')).toBe(true);
    expect(hits.every((hit) => /辐射|放射/.test(JSON.stringify(hit)))).toBe(true);
  });

  it('finds EIA projects with 环评, the common short form of 环境影响评价', async () => {
    const hits = await search('环评');

    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((hit) => hit.category === 'eia-project').length).toBeGreaterThan(0);
    expect(hits[0]?.column).toBe('eia');
  });

  it('finds the monthly 12369 complaint reports by the hotline number', async () => {
    const hits = await search('12369');

    expect(hits[0]?.category).toBe('complaint-report');
    expect(hits.filter((hit) => hit.category === 'complaint-report').length).toBeGreaterThan(1);
  });

  it('finds a city’s daily reports by city and topic written as one word', async () => {
    const hits = await search('开封市空气质量', 'category = "air-quality-daily"', 5);

    expect(hits).toHaveLength(5);
    expect(hits.map((hit) => hit.title).filter((title) => !title.includes('开封市'))).toEqual([]);
  });

  it('never finds a demo item that was not published, even by its exact title', async () => {
    const unpublished = demo.filter((item) => !item.publish && !publishedTitles.has(titleOf(item))).slice(0, 5);

    const found = await Promise.all(unpublished.map(async (item) => (await search(titleOf(item))).map((h) => h.title)));

    expect(unpublished.length).toBeGreaterThan(0);
    found.forEach((titles, i) => expect(titles).not.toContain(titleOf(unpublished[i]!)));
  });
});

describe('the search widget over the demo data, in Chromium', () => {
  it('finds the 12369 reports by a query, narrows by a facet and highlights the query', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${stack.url}/widget`);
      const widget = page.locator('disclosure-search');
      await widget.locator('ol.results li').first().waitFor();

      await widget.locator('input[type=search]').fill('环保举报');
      await widget.locator('input[type=search]').press('Enter');
      await widget.locator('ol.results li a mark').first().waitFor();
      await widget.locator('button[data-facet="category"][data-value="complaint-report"]').click();
      await widget
        .locator('button[data-facet="category"][data-value="complaint-report"][aria-pressed="true"]')
        .waitFor();
      const titles = await widget.locator('ol.results li a').allInnerTexts();
      const expected = demo.filter((item) => item.publish && item.uid === 'api::complaint-report.complaint-report');

      expect(titles.length).toBe(Math.min(10, expected.length));
      expect(titles.every((title) => title.includes('12369'))).toBe(true);
      expect(await widget.locator('.count').innerText()).toBe(`共找到 ${expected.length} 条结果`);
      // 环保举报 (segmented as 环保 + 举报) and its synonym 12369 (config/data/search.json) are highlighted.
      const marks = await widget.locator('ol.results li a mark').allInnerTexts();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((mark) => /环保|举报|12369/.test(mark))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
