import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaFiles } from '../src/disclosure/graphql/schema-files';
import { startTestStack, type TestStack } from './helpers/stack';
import { createDepartmentToken, graphql, request } from './helpers/api';
import { fixture } from './helpers/fixtures';
import { loginDemoStaff, publishThroughChain } from './helpers/chain';

const air = fixture('api::air-quality-daily.air-quality-daily');
let stack: TestStack;
let token: string;
let jwt: Record<string, string>;

async function draft(change: { title: string; city: string; date: string; regionCode: string; attribute?: string }) {
  const { status, body } = await request(`${stack.url}/api/${air.plural}?status=draft`, {
    method: 'POST',
    token,
    body: {
      data: {
        ...air.data,
        title: change.title,
        city: change.city,
        date: change.date,
        metadata: {
          ...(air.data.metadata as object),
          dateFormed: change.date,
          regionCode: change.regionCode,
          ...(change.attribute ? { attribute: change.attribute, exemptionBasis: 'processInformation' } : {}),
        },
      },
    },
  });
  if (status !== 201) throw new Error(`draft: ${status} ${JSON.stringify(body)}`);
  return body.data.documentId as string;
}

async function published(change: Parameters<typeof draft>[0]) {
  const documentId = await draft(change);
  await publishThroughChain(stack.url, jwt, { uid: air.uid, documentId });
  return documentId;
}

/** An anonymous request, as a portal sends it. */
const publicQuery = (query: string, variables?: Record<string, unknown>) => graphql(stack.url, { query, variables });

const indexNumberOf = async (documentId: string) =>
  (
    (await stack.strapi.documents(air.uid as never).findOne({
      documentId,
      locale: 'zh-CN',
      status: 'draft',
      populate: ['metadata'],
    } as never)) as { metadata: { indexNumber: string } }
  ).metadata.indexNumber;

let zhengzhouOld: string;
let zhengzhouNew: string;
let county: string;
let kaifeng: string;
let unpublished: string;

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  token = await createDepartmentToken(stack.strapi, 'monitoring');
  jwt = await loginDemoStaff(stack.url);
  zhengzhouOld = await published({
    title: '郑州市3月10日空气质量日报',
    city: '郑州市',
    date: '2026-03-10',
    regionCode: '410100',
  });
  zhengzhouNew = await published({
    title: '郑州市3月11日空气质量日报',
    city: '郑州市',
    date: '2026-03-11',
    regionCode: '410100',
  });
  county = await published({
    title: '中原区3月11日空气质量日报',
    city: '中原区',
    date: '2026-03-11',
    regionCode: '410102',
  });
  kaifeng = await published({
    title: '开封市3月11日空气质量日报',
    city: '开封市',
    date: '2026-03-11',
    regionCode: '410200',
  });
  unpublished = await draft({
    title: '郑州市3月12日空气质量日报（草稿）',
    city: '郑州市',
    date: '2026-03-12',
    regionCode: '410100',
  });
});

afterAll(async () => {
  await stack?.stop();
});

describe('portal queries', () => {
  it('lists the catalogue with counts, latest update and the departments responsible', async () => {
    const { body } = await publicQuery(
      '{ disclosureCatalog { key column nameZh count latestUpdate departments { code nameZh } } }',
    );
    const airEntry = body.data.disclosureCatalog.find((c: { key: string }) => c.key === 'air-quality-daily');
    const eiaEntry = body.data.disclosureCatalog.find((c: { key: string }) => c.key === 'eia-project');

    expect(body.errors).toBeUndefined();
    expect(body.data.disclosureCatalog).toHaveLength(12);
    expect(airEntry).toMatchObject({ column: 'airQuality', count: 4, departments: [{ code: 'monitoring' }] });
    expect(Date.parse(airEntry.latestUpdate)).toBeGreaterThan(Date.now() - 600_000);
    expect(eiaEntry).toMatchObject({ count: 0, latestUpdate: null });
  });

  it('gives the latest daily air-quality report of each city, with its AQI', async () => {
    const { body } = await publicQuery('{ latestAirQualityDailies { documentId city date aqi level } }');
    const byCity = Object.fromEntries(
      body.data.latestAirQualityDailies.map((r: { city: string; documentId: string }) => [r.city, r.documentId]),
    );

    expect(byCity).toEqual({ 郑州市: zhengzhouNew, 中原区: county, 开封市: kaifeng });
    expect(body.data.latestAirQualityDailies.every((r: { aqi: number }) => r.aqi > 0)).toBe(true);
  });

  it('finds a published item by its index number, and not a draft', async () => {
    const query =
      'query($n: String!) { disclosureByIndexNumber(indexNumber: $n) { documentId category title regionCode summary publishingOrganisation } }';

    const found = await publicQuery(query, { n: await indexNumberOf(zhengzhouOld) });
    const draftOnly = await publicQuery(query, { n: await indexNumberOf(unpublished) });

    expect(found.body.data.disclosureByIndexNumber).toMatchObject({
      documentId: zhengzhouOld,
      category: 'air-quality-daily',
      regionCode: '410100',
      summary: '集成测试数据',
      publishingOrganisation: '示例市生态环境局',
    });
    expect(draftOnly.body.data.disclosureByIndexNumber).toBeNull();
  });

  it('lists a city’s items with its counties, a county’s own only, newest first', async () => {
    const query =
      'query($r: String!, $sub: Boolean) { disclosuresByRegion(regionCode: $r, includeSubregions: $sub, pageSize: 10) { total items { documentId regionCode } } }';

    const city = (await publicQuery(query, { r: '410100' })).body.data.disclosuresByRegion;
    const own = (await publicQuery(query, { r: '410102' })).body.data.disclosuresByRegion;
    const cityOnly = (await publicQuery(query, { r: '410100', sub: false })).body.data.disclosuresByRegion;

    expect(city.total).toBe(3);
    expect(city.items.map((i: { documentId: string }) => i.documentId)).toEqual([county, zhengzhouNew, zhengzhouOld]);
    expect(own.items.map((i: { documentId: string }) => i.documentId)).toEqual([county]);
    expect(cityOnly.total).toBe(2);
  });

  it('refuses a malformed region code with a coded error', async () => {
    const { body } = await publicQuery('{ disclosuresByRegion(regionCode: "41") { total } }');

    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_REGION_CODE' });
  });
});

describe('limits', () => {
  it('refuses a page larger than 100 with PAGE_SIZE_TOO_LARGE', async () => {
    const { body } = await publicQuery('{ airQualityDailies(pagination: { pageSize: 1000 }) { documentId } }');

    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions).toMatchObject({ code: 'PAGE_SIZE_TOO_LARGE', maxPageSize: 100, pageSize: 1000 });
  });

  it('refuses a query whose estimated cost is above the limit with QUERY_TOO_COSTLY', async () => {
    const { body } = await publicQuery(
      '{ airQualityDailies(pagination: { pageSize: 100 }) { documentId localizations(pagination: { pageSize: 100 }) { documentId title city date aqi level } } }',
    );

    expect(body.errors[0].message).toContain('query too costly');
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: 5000 });
    expect(body.errors[0].extensions.cost).toBeGreaterThan(5000);
  });

  it('refuses a query deeper than the depth limit', async () => {
    const nested = 'localizations { '.repeat(9) + 'documentId' + ' }'.repeat(9);
    const { body } = await publicQuery(`{ airQualityDailies { ${nested} } }`);

    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/depth/i);
  });

  it('refuses every mutation to a read-only API token', async () => {
    const readOnly = await stack.strapi.service('admin::api-token').create({
      name: `portal-${Date.now()}`,
      type: 'read-only',
      lifespan: null,
      description: 'portal',
    });

    const { body } = await graphql(stack.url, {
      token: readOnly.accessKey,
      query: 'mutation($id: ID!) { deleteAirQualityDaily(documentId: $id) { documentId } }',
      variables: { id: zhengzhouOld },
    });

    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the public read cache', () => {
  const catalogue = '{ disclosureCatalog { key count } }';
  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  it('answers a repeated public query from the cache, with an ETag and 304 when unchanged', async () => {
    const first = await post(catalogue);
    const second = await post(catalogue);
    const revalidated = await post(catalogue, { 'If-None-Match': second.headers.get('etag')! });

    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.json()).toEqual(await first.json());
    expect(revalidated.status).toBe(304);
  });

  it('shows a publication within one second', async () => {
    await post(catalogue);
    await post(catalogue);
    const count = async () =>
      (
        (await (await post(catalogue)).json()) as { data: { disclosureCatalog: { key: string; count: number }[] } }
      ).data.disclosureCatalog.find((c) => c.key === 'air-quality-daily')!.count;
    const before = await count();

    await published({ title: '洛阳市3月11日空气质量日报', city: '洛阳市', date: '2026-03-11', regionCode: '410300' });
    const committedAt = Date.now();
    let after = before;
    while (after === before && Date.now() - committedAt < 1_000) after = await count();

    expect(after).toBe(before + 1);
  });

  it('caches public REST list reads too, and never an authenticated one', async () => {
    const url = `${stack.url}/api/${air.plural}?sort=date:desc`;
    await fetch(url);
    const anonymous = await fetch(url);
    const withToken = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });

    expect(anonymous.headers.get('x-cache')).toBe('HIT');
    expect(withToken.headers.get('x-cache')).toBeNull();
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ disclosureCatalog { key } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const send = (body: object) =>
      fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }).then(
        (r) =>
          r.json() as Promise<{ data?: { disclosureCatalog: unknown[] }; errors?: { extensions: { code: string } }[] }>,
      );

    const unknown = await send({ extensions });
    const registered = await send({ query, extensions });
    const byHash = await send({ extensions });

    expect(unknown.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(registered.data?.disclosureCatalog).toHaveLength(12);
    expect(byHash.data?.disclosureCatalog).toHaveLength(12);
  });
});

describe('types for front ends', () => {
  it('are up to date with the schema the API serves (run `npm run graphql:types` after a schema change)', async () => {
    const files = await schemaFiles(`${stack.url}/graphql`);
    const committed = (name: string) =>
      readFileSync(path.resolve(__dirname, '..', '..', 'frontends', 'graphql-types', name), 'utf8');

    expect(files['schema.graphql']).toBe(committed('schema.graphql'));
    expect(files['index.d.ts']).toBe(committed('index.d.ts'));
  });
});
