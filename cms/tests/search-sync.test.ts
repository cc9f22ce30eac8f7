import { startLocalMeilisearch, MeiliClient, indexUidFor } from '@disclosure-hub/search';
import { startTestStack, type TestStack } from './helpers/stack';
import { createDepartmentToken, request } from './helpers/api';
import { loginDemoStaff, publishThroughChain } from './helpers/chain';
import { fixture } from './helpers/fixtures';
import { drainOutbox, stopOutboxWorker } from '../src/disclosure/outbox';

const air = fixture('api::air-quality-daily.air-quality-daily');
const index = indexUidFor('zh-CN');
let stack: TestStack;
let token: string;
let client: MeiliClient;
let jwt: Record<string, string>;

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function publish(title: string): Promise<string> {
  const created = await request(`${stack.url}/api/${air.plural}?status=draft`, {
    method: 'POST',
    token,
    body: { data: { ...air.data, title } },
  });
  const documentId = created.body.data.documentId as string;
  await publishThroughChain(stack.url, jwt, { uid: air.uid, documentId });
  return documentId;
}

const titlesFound = async (q: string) =>
  (await client.search(index, { q })).hits.map((h) => (h as { title: string }).title);

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  token = await createDepartmentToken(stack.strapi, 'monitoring');
  client = new MeiliClient({ host: stack.meili.host, apiKey: stack.meili.masterKey });
  jwt = await loginDemoStaff(stack.url);
  // Index settings are applied in the background at start; wait for the index to exist.
  await waitFor(() => client.getIndex(index), 30_000);
});

afterAll(async () => {
  await stack?.stop();
});

describe('search stays in step with publication', () => {
  // The 2-second target is measured by bench/search.bench.mjs (p50/p95): on this class of machine a
  // single Meilisearch write takes 0.1 s to 2 s (disk sync), so a timed assertion would only be noise.
  // What a test can prove is that publication alone, with no drain, makes the item searchable.
  it('makes a published item searchable on its own, with no manual drain', async () => {
    const documentId = await publish('时效测试：郑州市空气质量日报');

    const found = await waitFor(async () => ((await titlesFound('时效测试')).length > 0 ? true : undefined), 15_000);

    expect(documentId).toEqual(expect.any(String));
    expect(found).toBe(true);
  });

  it('loses no publication while Meilisearch is down, once it is back', async () => {
    const port = Number(new URL(stack.meili.host).port);
    await stack.meili.stop();
    await publish('断线测试一：开封市空气质量日报');
    await publish('断线测试二：洛阳市空气质量日报');
    const restarted = await startLocalMeilisearch({
      dataDir: stack.meiliDataDir,
      port,
      masterKey: stack.meili.masterKey,
    });
    stack.meili = restarted;

    // Deliver what is due an hour from now: the failed attempts are waiting out their back-off.
    await drainOutbox(stack.strapi, { now: () => new Date(Date.now() + 3_600_000) });

    expect((await titlesFound('断线测试')).sort()).toEqual([
      '断线测试一：开封市空气质量日报',
      '断线测试二：洛阳市空气质量日报',
    ]);
  });

  // Last: it ends the suite's Strapi. Strapi keeps process-wide registries, so two cannot run at once.
  it('delivers a publication committed just before Strapi died once Strapi is started again', async () => {
    const databaseEnv = Object.fromEntries(
      ['DATABASE_CLIENT', 'DATABASE_FILENAME', 'DATABASE_URL']
        .map((key) => [key, process.env[key]])
        .filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    await stopOutboxWorker(); // nothing may be delivered before the "crash"
    await publish('重启测试：安阳市空气质量日报');
    // Let Strapi's own after-publish bookkeeping finish (on PostgreSQL a query of it still waiting
    // for a connection is aborted by destroy and surfaces as an unhandled rejection). The outbox
    // worker is stopped, so nothing is delivered meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await stack.strapi.destroy(); // ends without draining, as a killed process would
    stack.strapi.destroy = async () => undefined;

    const restarted = await startTestStack({ env: { ...databaseEnv, DEMO_SEED: 'accounts' } });
    try {
      const restartedClient = new MeiliClient({ host: restarted.meili.host, apiKey: restarted.meili.masterKey });
      const found = await waitFor(
        async () => ((await restartedClient.search(index, { q: '重启测试' })).hits.length > 0 ? true : undefined),
        30_000,
      );

      expect(found).toBe(true);
    } finally {
      await restarted.stop();
    }
  });
});
