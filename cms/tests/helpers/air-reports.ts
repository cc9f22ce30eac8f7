import { MeiliClient, indexUidFor } from '@disclosure-hub/search';
import { createDepartmentToken, request } from './api';
import { publishThroughChain } from './chain';
import { fixture } from './fixtures';
import type { TestStack } from './stack';

const air = fixture('api::air-quality-daily.air-quality-daily');

/** Creates a daily air-quality report over REST and publishes it through the demo staff's chain. */
export async function publishAirReport(
  stack: TestStack,
  jwt: Record<string, string>,
  item: { title: string; city: string; pm25: number; date: string },
): Promise<string> {
  const token = await createDepartmentToken(stack.strapi, 'monitoring');
  const created = await request(`${stack.url}/api/${air.plural}?status=draft`, {
    method: 'POST',
    token,
    body: { data: { ...air.data, ...item, metadata: { ...(air.data.metadata as object), dateFormed: item.date } } },
  });
  const documentId = created.body.data.documentId as string;
  await publishThroughChain(stack.url, jwt, { uid: air.uid, documentId });
  return documentId;
}

/** The outbox indexes after commit: waits (up to 30 s) until the Chinese index finds `count` items for `q`. */
export async function waitUntilSearchable(stack: TestStack, q: string, count: number): Promise<void> {
  const client = new MeiliClient({ host: stack.meili.host, apiKey: stack.meili.masterKey });
  for (let waited = 0; waited < 30_000; waited += 200) {
    const hits = await client.search(indexUidFor('zh-CN'), { q }).catch(() => ({ hits: [] }));
    if (hits.hits.length === count) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
