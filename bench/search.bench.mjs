// Search on a real Strapi (SQLite, in-process) and a real local Meilisearch:
// 1. publish-to-searchable latency p50/p95: from the commit of the publish transition until a search
//    finds the item, with the app's own outbox worker delivering (the 2-second target of issue #7);
// 2. search throughput through the public search-only key against direct master-key searches on the
//    same index with the same queries, as a ratio from this run.
import path from 'node:path';
import { ensureSearchKey, indexUidFor, MeiliClient, startLocalMeilisearch } from '@disclosure-hub/search';
import { benchTmp, bootStrapi, demoChainSteps, createAirDraft } from './lib/strapi-bench.mjs';

const items = Number(process.env.BENCH_ITEMS ?? 30);
const extraDocuments = Number(process.env.BENCH_DOCUMENTS ?? 5000);
const searches = Number(process.env.BENCH_SEARCHES ?? 2000);
const concurrency = 8;
const tmp = benchTmp();
const meili = await startLocalMeilisearch({ dataDir: path.join(tmp, 'meilisearch') });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n) => n.toFixed(1);
const sleep = (n) => new Promise((resolve) => setTimeout(resolve, n));

const app = await bootStrapi({
  tmp,
  env: { DEMO_SEED: 'accounts', MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey },
});
const { strapi } = app;
const admin = new MeiliClient({ host: meili.host, apiKey: meili.masterKey });
const index = indexUidFor('zh-CN');
try {
  const { applyTransition } = app.dist('src/disclosure/workflow/transition-service.js');
  const uid = 'api::air-quality-daily.air-quality-daily';
  // Publication is timed on its own below.
  const chain = await demoChainSteps(app);
  const steps = chain.slice(0, 3);
  const [publisher, publish] = chain[3];
  // Settings are applied in the background at start; measure once they are in place.
  for (let i = 0; i < 200 && !(await admin.getIndex(index).catch(() => null)); i += 1) await sleep(100);

  const latencies = [];
  for (let i = 0; i < items; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const marker = `基准检索${String(i).padStart(4, '0')}`;
    const doc = await createAirDraft(app, chain[0][0], { title: `${marker}郑州市空气质量日报`, day, pm25: 30 + i });
    const target = { uid, documentId: doc.documentId, locale: 'zh-CN' };
    for (const [actor, event] of steps) await applyTransition(strapi, { target, event, actor });
    await applyTransition(strapi, { target, event: publish, actor: publisher });
    const committed = performance.now();
    const found = async () =>
      (await admin.search(index, { q: marker, limit: 5 })).hits.some((hit) => hit.documentId === doc.documentId);
    while (!(await found())) await sleep(10);
    latencies.push(performance.now() - committed);
  }
  latencies.sort((a, b) => a - b);

  // A realistically sized index: synthetic documents of the same shape, added in one task.
  const cities = ['郑州市', '开封市', '洛阳市', '平顶山市', '安阳市'];
  const topics = [
    '空气质量日报',
    '地表水环境质量月报',
    '建设项目环境影响报告书受理公示',
    '辐射环境质量',
    '12369环保举报办理情况',
  ];
  const synthetic = Array.from({ length: extraDocuments }, (_, i) => ({
    id: `bench-${i}`,
    documentId: `bench-${i}`,
    title: `${cities[i % cities.length]}${2020 + (i % 7)}年第${1 + (i % 12)}期${topics[i % topics.length]}`,
    summary: `${cities[i % cities.length]}生态环境局公开${topics[i % topics.length]}，细颗粒物和可吸入颗粒物浓度同比下降。`,
    text: '依据《环境信息公开办法》及《政府信息公开条例》主动公开。'.repeat(10),
    category: 'policy-document',
    column: 'policy',
    year: 2020 + (i % 7),
    regionCodes: ['410000', '410100'],
    dateFormedTs: 1_600_000_000 + i * 3600,
    publishedAtTs: 1_600_000_000 + i * 3600,
  }));
  await admin.waitForTask((await admin.addDocuments(index, synthetic)).taskUid, { timeoutMs: 300_000 });

  const key = await ensureSearchKey({ client: admin, indexes: [indexUidFor('zh-CN'), indexUidFor('en')] });
  const publicClient = new MeiliClient({ host: meili.host, apiKey: key.key });
  const queries = ['空气质量', '细颗粒物', '环评', '郑州市地表水', '辐射', '12369', '开封市空气质量日报', '洛阳'];
  const run = async (client) => {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < searches) {
          const q = queries[next++ % queries.length];
          await client.search(index, { q, limit: 10, facets: ['category', 'year'] });
        }
      }),
    );
    return searches / ((performance.now() - started) / 1000);
  };
  await run(admin); // warm-up
  const direct = await run(admin);
  const viaPublicKey = await run(publicClient);

  console.log(`publish-to-searchable: ${items} items, each published through the chain, outbox worker delivering`);
  console.table([
    {
      measurement: 'publish commit → found by search',
      p50_ms: ms(percentile(latencies, 50)),
      p95_ms: ms(percentile(latencies, 95)),
      max_ms: ms(latencies.at(-1)),
    },
  ]);
  console.log(
    `search throughput: ${searches} searches, ${concurrency} concurrent, index of ${extraDocuments + items} documents`,
  );
  console.table([
    { client: 'baseline: master key', searches_per_s: direct.toFixed(0), ratio: '1.00' },
    {
      client: 'public search-only key',
      searches_per_s: viaPublicKey.toFixed(0),
      ratio: (viaPublicKey / direct).toFixed(2),
    },
  ]);
} finally {
  await app.close();
  await meili.stop();
}
process.exit(0);
