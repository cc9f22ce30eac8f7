// Workflow on a real Strapi (SQLite, in-process): transition latency p50/p95 through
// `applyTransition`, and the cost of the public-read restriction (published + proactive filter) on
// list reads, as a ratio against the same reads without it, measured in this run.
import { bootStrapi, demoChainSteps } from './lib/strapi-bench.mjs';

const items = Number(process.env.BENCH_ITEMS ?? 40);
const reads = Number(process.env.BENCH_READS ?? 200);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n) => n.toFixed(2);

const app = await bootStrapi({
  env: { DEMO_SEED: 'accounts', DISCLOSURE_SEARCH_SYNC: 'false', DISCLOSURE_OUTBOX_WORKER: 'false' },
});
const { strapi } = app;
try {
  const { applyTransition } = app.dist('src/disclosure/workflow/transition-service.js');
  const uid = 'api::air-quality-daily.air-quality-daily';
  const documents = strapi.documents(uid);
  const steps = await demoChainSteps(app);
  const latencies = [];
  for (let i = 0; i < items; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const doc = await documents.create({
      data: {
        title: `基准测试 ${i}`,
        metadata: {
          department: 'monitoring',
          dateFormed: `2026-03-${day}`,
          regionCode: '410100',
          attribute: 'proactive',
        },
        city: '郑州市',
        date: `2026-03-${day}`,
        pm25: 30 + i,
        pm10: 60,
        so2: 8,
        no2: 30,
        co: 0.7,
        o3Max8h: 90,
      },
    });
    for (const [actor, event] of steps) {
      const started = performance.now();
      await applyTransition(strapi, { target: { uid, documentId: doc.documentId, locale: 'zh-CN' }, event, actor });
      latencies.push(performance.now() - started);
    }
  }
  latencies.sort((a, b) => a - b);

  // The same list read, as the public (restricted) and as a full-access caller (unrestricted).
  const publicContext = { state: { auth: { strategy: { name: 'users-permissions' }, credentials: null } } };
  const fullAccessContext = {
    state: { auth: { strategy: { name: 'content-api-token' }, credentials: { type: 'full-access' } } },
  };
  const timeReads = async (context) => {
    const times = [];
    for (let i = 0; i < reads; i += 1) {
      const started = performance.now();
      await strapi.requestContext.run(context, () =>
        documents.findMany({ status: 'published', limit: 25, populate: ['metadata'] }),
      );
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b);
  };
  await timeReads(fullAccessContext); // warm-up
  const unrestricted = await timeReads(fullAccessContext);
  const restricted = await timeReads(publicContext);
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

  console.log(`transitions: ${latencies.length} (${items} items × ${steps.length} events), SQLite, in-process`);
  console.table([
    {
      measurement: 'applyTransition (one DB transaction: record, audit, publish, outbox)',
      p50_ms: ms(percentile(latencies, 50)),
      p95_ms: ms(percentile(latencies, 95)),
    },
  ]);
  console.log(`public list reads of ${uid}, 25 per page, ${reads} each`);
  console.table([
    {
      reads: 'baseline: same query, unrestricted caller',
      mean_ms: ms(mean(unrestricted)),
      p95_ms: ms(percentile(unrestricted, 95)),
      ratio: '1.00',
    },
    {
      reads: 'public caller (published + proactive filter)',
      mean_ms: ms(mean(restricted)),
      p95_ms: ms(percentile(restricted, 95)),
      ratio: (mean(restricted) / mean(unrestricted)).toFixed(2),
    },
  ]);
} finally {
  await app.close();
}
process.exit(0);
