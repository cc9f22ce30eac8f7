// Workflow on a real Strapi (SQLite, in-process): transition latency p50/p95 through
// `applyTransition`; the cost of a content save through the workflow layer (`editor.edit`:
// authorization, lock check, fingerprints, audit) against the same Document Service update with
// the layer bypassed; and the cost of the public-read restriction (published + proactive filter)
// on list reads against the same reads without it. Ratios are measured in this run.
import { bootStrapi, demoChainSteps, createAirDraft } from './lib/strapi-bench.mjs';

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
  const { actingAs } = app.dist('src/disclosure/workflow/workflow-actor.js');
  const { runAsWorkflow } = app.dist('src/disclosure/workflow/workflow-scope.js');
  const uid = 'api::air-quality-daily.air-quality-daily';
  const documents = strapi.documents(uid);
  const steps = await demoChainSteps(app);
  const [editor] = steps[0];
  const latencies = [];
  for (let i = 0; i < items; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const doc = await createAirDraft(app, editor, { title: `基准测试 ${i}`, day, pm25: 30 + i });
    for (const [actor, event] of steps) {
      const started = performance.now();
      await applyTransition(strapi, { target: { uid, documentId: doc.documentId, locale: 'zh-CN' }, event, actor });
      latencies.push(performance.now() - started);
    }
  }
  latencies.sort((a, b) => a - b);

  // Content saves: the same update through the layer and with the layer bypassed (the workflow's
  // own scope), alternating so that both see the same database size and cache state.
  const draft = await createAirDraft(app, editor, { title: '基准测试 编辑', day: '01', pm25: 30 });
  const edits = Number(process.env.BENCH_EDITS ?? 100);
  const throughLayer = [];
  const bypassed = [];
  for (let i = 0; i < edits; i += 1) {
    const update = () =>
      documents.update({ documentId: draft.documentId, locale: 'zh-CN', data: { pm25: 31 + (i % 50) } });
    let started = performance.now();
    await actingAs(editor, update);
    throughLayer.push(performance.now() - started);
    started = performance.now();
    await runAsWorkflow({ command: 'bench', actorId: 'bench' }, update);
    bypassed.push(performance.now() - started);
  }
  throughLayer.sort((a, b) => a - b);
  bypassed.sort((a, b) => a - b);

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
  console.log(`content saves of one draft, ${edits} each, alternating`);
  console.table([
    {
      saves: 'baseline: Document Service update, workflow layer bypassed',
      p50_ms: ms(percentile(bypassed, 50)),
      p95_ms: ms(percentile(bypassed, 95)),
      ratio: '1.00',
    },
    {
      saves: 'through the workflow layer (editor.edit: authorize, lock, fingerprints, audit)',
      p50_ms: ms(percentile(throughLayer, 50)),
      p95_ms: ms(percentile(throughLayer, 95)),
      ratio: (percentile(throughLayer, 50) / percentile(bypassed, 50)).toFixed(2),
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
