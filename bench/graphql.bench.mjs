// Public reads on a real Strapi (SQLite, HTTP on loopback): repeated GraphQL and REST list queries
// with the in-process read cache on against the same queries with it off, and the portal query
// `disclosuresByRegion` against Strapi's generated `airQualityDailies` query. Ratios are against the
// generated GraphQL query without the cache, measured in this run.
import { bootStrapi, demoChainSteps, createAirDraft } from './lib/strapi-bench.mjs';

const items = Number(process.env.BENCH_ITEMS ?? 60);
const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const concurrency = 4;
const app = await bootStrapi({ listen: true, env: { DEMO_SEED: 'accounts', DISCLOSURE_SEARCH_SYNC: 'false' } });
const { strapi, url } = app;
try {
  const { applyTransition } = app.dist('src/disclosure/workflow/transition-service.js');
  const uid = 'api::air-quality-daily.air-quality-daily';
  const steps = await demoChainSteps(app);
  const cities = [
    ['郑州市', '410100'],
    ['中原区', '410102'],
    ['开封市', '410200'],
  ];
  for (let i = 0; i < items; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const [city, regionCode] = cities[i % cities.length];
    const doc = await createAirDraft(app, steps[0][0], {
      title: `${city}2026年3月${day}日空气质量日报（基准${i}）`,
      day,
      pm25: 30 + i,
      city,
      regionCode,
    });
    const target = { uid, documentId: doc.documentId, locale: 'zh-CN' };
    for (const [actor, event] of steps) await applyTransition(strapi, { target, event, actor });
  }

  const gql = (query) => () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  const workloads = {
    'GraphQL generated airQualityDailies (25)': gql(
      '{ airQualityDailies(pagination: { pageSize: 25 }, sort: "date:desc") { documentId title city date aqi level metadata { indexNumber regionCode } } }',
    ),
    'GraphQL portal disclosuresByRegion (25)': gql(
      '{ disclosuresByRegion(regionCode: "410100", pageSize: 25) { total items { documentId title indexNumber regionCode } } }',
    ),
    'REST GET /api/air-quality-dailies (25)': () =>
      fetch(`${url}/api/air-quality-dailies?pagination[pageSize]=25&sort=date:desc&populate=metadata`),
  };
  const measure = async (send) => {
    for (let i = 0; i < 20; i += 1) await (await send()).arrayBuffer(); // warm-up
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) {
          const response = await send();
          if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
          await response.arrayBuffer();
        }
      }),
    );
    return (performance.now() - started) / requests;
  };

  const rows = [];
  for (const [name, send] of Object.entries(workloads)) {
    process.env.RESPONSE_CACHE = 'false';
    const off = await measure(send);
    process.env.RESPONSE_CACHE = 'true';
    const on = await measure(send);
    rows.push({ name, off, on });
  }
  const baseline = rows[0].off;
  console.log(
    `${requests} anonymous requests per measurement, ${concurrency} concurrent, ${items} published items, SQLite`,
  );
  console.table(
    rows.flatMap(({ name, off, on }) => [
      { query: `${name}, cache off`, ms_per_request: off.toFixed(2), ratio: (off / baseline).toFixed(2) },
      { query: `${name}, cache on`, ms_per_request: on.toFixed(2), ratio: (on / baseline).toFixed(2) },
    ]),
  );
} finally {
  await app.close();
}
process.exit(0);
