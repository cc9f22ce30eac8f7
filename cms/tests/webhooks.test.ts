import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { startTestStack, type TestStack } from './helpers/stack';
import { createDepartmentToken, request } from './helpers/api';
import { demoStaff, loginDemoStaff, publishThroughChain } from './helpers/chain';
import { fixture } from './helpers/fixtures';
import { drainOutbox, stopOutboxWorker, type OutboxEvent } from '../src/disclosure/outbox';
import { consumerRegistry } from '../src/disclosure/outbox/outbox-state';
import {
  channelFollows,
  drainWebhooks,
  ensureWebhookTables,
  portalChannelProblems,
  portalChannelUid,
  registerWebhookChannels,
  startWebhookWorker,
  stopWebhookWorker,
  verifyWebhookSignature,
  webhookConsumerName,
  webhookUserAgent,
} from '../src/disclosure/webhooks';

const air = fixture('api::air-quality-daily.air-quality-daily');
let stack: TestStack;
let token: string;
let jwt: Record<string, string>;
let titles = 0;

/** What a portal received: raw body as sent (the signature covers it) and the headers. */
interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
}

interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

const receivers: Receiver[] = [];

/** A loopback portal answering `statuses` in turn, then 204. */
async function startReceiver(statuses: number[] = []): Promise<Receiver> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.statusCode = statuses[received.length - 1] ?? 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/hooks/disclosure`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  receivers.push(receiver);
  return receiver;
}

interface Channel {
  id: number;
  documentId: string;
  secret: string;
}

async function createChannel(url: string, settings: Record<string, unknown> = {}): Promise<Channel> {
  const secret = randomBytes(24).toString('hex');
  const { status, body } = await request(`${stack.url}/api/portal-channels`, {
    method: 'POST',
    token,
    body: { data: { name: `测试门户 ${receivers.length}`, url, secret, ...settings } },
  });
  if (!body?.data?.id) throw new Error(`channel not created: ${status} ${JSON.stringify(body)}`);
  return { id: body.data.id as number, documentId: body.data.documentId as string, secret };
}

/** Channels of one scenario must not receive the publications of the next. */
async function deactivateChannels(): Promise<void> {
  await stack.strapi.db.query(portalChannelUid as never).updateMany({ where: {}, data: { active: false } });
}

async function publishAir(): Promise<{ documentId: string; title: string }> {
  const title = `推送测试${++titles}：郑州市空气质量日报`;
  const created = await request(`${stack.url}/api/${air.plural}?status=draft`, {
    method: 'POST',
    token,
    body: { data: { ...air.data, title } },
  });
  const documentId = created.body.data.documentId as string;
  await publishThroughChain(stack.url, jwt, { uid: air.uid, documentId });
  return { documentId, title };
}

async function withdrawAir(documentId: string): Promise<void> {
  const { status, body } = await request(`${stack.url}/disclosure-workflow/transitions`, {
    method: 'POST',
    token: jwt[demoStaff.reviewer],
    body: {
      uid: air.uid,
      documentId,
      locale: 'zh-CN',
      event: { type: 'publisher.withdraw', reason: '数据复核有误，更正后重新发布' },
    },
  });
  if (status !== 200) throw new Error(`withdraw: ${status} ${JSON.stringify(body)}`);
}

const deliveriesOf = (channelId: number) =>
  stack.strapi.db.connection('dh_webhook_deliveries').where({ channel_id: channelId }).orderBy('id');

const attemptsOf = (deliveryId: number) =>
  stack.strapi.db.connection('dh_webhook_attempts').where({ delivery_id: deliveryId }).orderBy('id');

/** A clock that moves only when told to. */
function simulatedClock(start = Date.now()) {
  let time = start;
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts', DISCLOSURE_SEARCH_SYNC: 'false' } });
  // Deliver deterministically here, whether or not the app starts its own workers.
  await stopOutboxWorker();
  await stopWebhookWorker();
  await ensureWebhookTables(stack.strapi);
  // The app may register the consumer at bootstrap already; a second registration would be refused.
  if (!consumerRegistry(stack.strapi.db.connection).has(webhookConsumerName)) registerWebhookChannels(stack.strapi, {});
  token = await createDepartmentToken(stack.strapi, 'monitoring');
  jwt = await loginDemoStaff(stack.url);
});

afterAll(async () => {
  await stopWebhookWorker();
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await stack?.stop();
});

describe('a channel following the category of a published item', () => {
  let receiver: Receiver;
  let channel: Channel;
  let published: { documentId: string; title: string };

  beforeAll(async () => {
    receiver = await startReceiver();
    channel = await createChannel(receiver.url, { categories: ['air-quality-daily'] });
    published = await publishAir();
    await drainOutbox(stack.strapi);
    await drainWebhooks(stack.strapi);
  });

  afterAll(deactivateChannels);

  it('receives exactly one delivery', () => {
    expect(receiver.received).toHaveLength(1);
  });

  it('can verify the signature with its copy of the secret', () => {
    const [delivery] = receiver.received;

    const verification = verifyWebhookSignature({
      secret: channel.secret,
      timestamp: delivery?.headers['x-disclosure-timestamp'] as string,
      body: delivery?.body ?? '',
      signature: delivery?.headers['x-disclosure-signature'] as string,
    });

    expect(verification).toEqual({ valid: true });
  });

  it('is told the event, the delivery id, the content type and who sends it', () => {
    const [delivery] = receiver.received;

    expect(delivery?.headers).toMatchObject({
      'x-disclosure-event': 'publish',
      'x-disclosure-delivery': String(delivery?.json.id),
      'x-disclosure-timestamp': expect.stringMatching(/^\d{10}$/),
      'content-type': 'application/json',
      'user-agent': webhookUserAgent,
    });
  });

  it('gets the published item in the body', () => {
    const [delivery] = receiver.received;

    expect(delivery?.json).toEqual({
      id: expect.any(Number),
      event: 'publish',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      item: {
        uid: air.uid,
        category: 'air-quality-daily',
        documentId: published.documentId,
        locale: 'zh-CN',
        title: published.title,
        indexNumber: expect.stringMatching(/\S/),
        regionCode: '410100',
        dateFormed: '2026-03-15',
      },
    });
  });

  it('has the delivery recorded as delivered, with its attempt in the log', async () => {
    const [delivery] = await deliveriesOf(channel.id);
    const attempts = await attemptsOf(delivery.id);

    expect(delivery).toMatchObject({ status: 'delivered', last_status_code: 204, last_error: null });
    expect(Number(delivery.attempts)).toBe(1);
    expect(attempts.map((a: { status_code: number }) => a.status_code)).toEqual([204]);
  });
});

describe('which channels an item reaches', () => {
  // The item is an air-quality report of 郑州市 (410100).
  const channels = [
    ['another category', { categories: ['policy-document'] }, 0],
    ['another prefecture', { regionCodes: ['410200'] }, 0],
    ['a county of the item’s prefecture', { regionCodes: ['410102'] }, 0],
    ['an inactive channel of the category', { categories: ['air-quality-daily'], active: false }, 0],
    ['the item’s prefecture', { regionCodes: ['410100'] }, 1],
    ['the item’s province', { regionCodes: ['410000'] }, 1],
    ['the category and the province', { categories: ['air-quality-daily'], regionCodes: ['410000'] }, 1],
    ['empty lists (everything)', { categories: [], regionCodes: [] }, 1],
    ['no lists (everything)', { categories: null, regionCodes: null }, 1],
  ] as const;
  const byLabel = new Map<string, Receiver>();

  beforeAll(async () => {
    for (const [label, settings] of channels) {
      const receiver = await startReceiver();
      await createChannel(receiver.url, settings);
      byLabel.set(label, receiver);
    }
    await publishAir();
    await drainOutbox(stack.strapi);
    await drainWebhooks(stack.strapi);
  });

  afterAll(deactivateChannels);

  it.each(channels)('a channel following %s (%j) receives %i deliveries', (label, _settings, expected) => {
    expect(byLabel.get(label)?.received).toHaveLength(expected);
  });
});

describe('a portal that answers 500 the first time', () => {
  const backOffMs = 60_000;
  let receiver: Receiver;
  let channel: Channel;
  const receivedAfter: number[] = [];

  beforeAll(async () => {
    receiver = await startReceiver([500]);
    channel = await createChannel(receiver.url);
    await publishAir();
    await drainOutbox(stack.strapi);
    const clock = simulatedClock();

    await drainWebhooks(stack.strapi, { now: clock.now, backoff: () => backOffMs });
    receivedAfter.push(receiver.received.length);
    clock.advance(backOffMs - 1_000);
    await drainWebhooks(stack.strapi, { now: clock.now, backoff: () => backOffMs });
    receivedAfter.push(receiver.received.length);
    clock.advance(2_000);
    await drainWebhooks(stack.strapi, { now: clock.now, backoff: () => backOffMs });
    receivedAfter.push(receiver.received.length);
  });

  afterAll(deactivateChannels);

  it('is not sent the delivery again before the back-off has passed', () => {
    expect(receivedAfter.slice(0, 2)).toEqual([1, 1]);
  });

  it('is sent the same delivery again once the back-off has passed', () => {
    const [first, second] = receiver.received;

    expect(receivedAfter[2]).toBe(2);
    expect(second?.body).toBe(first?.body);
    expect(second?.headers['x-disclosure-delivery']).toBe(first?.headers['x-disclosure-delivery']);
  });

  it('has both attempts in the log with their status codes', async () => {
    const [delivery] = await deliveriesOf(channel.id);
    const attempts = await attemptsOf(delivery.id);

    expect(attempts.map((a: { status_code: number; error: string | null }) => [a.status_code, a.error])).toEqual([
      [500, 'HTTP 500'],
      [204, null],
    ]);
    expect(delivery).toMatchObject({ status: 'delivered', last_status_code: 204 });
    expect(Number(delivery.attempts)).toBe(2);
  });
});

describe('portals that keep failing', () => {
  let failing: Receiver;
  let failingChannel: Channel;
  let unreachableChannel: Channel;
  const drains = { now: () => new Date(Date.now() + 3_600_000), backoff: () => 0, maxAttempts: 2 };

  beforeAll(async () => {
    failing = await startReceiver([500, 500, 500]);
    failingChannel = await createChannel(failing.url);
    const closed = await startReceiver();
    await closed.close();
    unreachableChannel = await createChannel(closed.url);
    await publishAir();
    await drainOutbox(stack.strapi);

    for (let drain = 0; drain < 3; drain += 1) await drainWebhooks(stack.strapi, drains);
  });

  afterAll(deactivateChannels);

  it('are given up on after maxAttempts, and sent nothing more', async () => {
    const [delivery] = await deliveriesOf(failingChannel.id);

    expect(failing.received).toHaveLength(2);
    expect(delivery).toMatchObject({ status: 'dead', last_status_code: 500, last_error: 'HTTP 500' });
  });

  it('have a refused connection logged as an attempt without a status code', async () => {
    const [delivery] = await deliveriesOf(unreachableChannel.id);
    const attempts = await attemptsOf(delivery.id);

    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatchObject({ status_code: null, error: expect.stringContaining('ECONNREFUSED') });
  });
});

describe('withdrawal', () => {
  let receiver: Receiver;
  let published: { documentId: string; title: string };

  beforeAll(async () => {
    receiver = await startReceiver();
    await createChannel(receiver.url, { categories: ['air-quality-daily'] });
    published = await publishAir();
    await drainOutbox(stack.strapi);
    await drainWebhooks(stack.strapi);
    await withdrawAir(published.documentId);
    await drainOutbox(stack.strapi);
    await drainWebhooks(stack.strapi);
  });

  afterAll(deactivateChannels);

  it('is delivered with event withdraw after the publication', () => {
    expect(receiver.received.map((r) => r.json.event)).toEqual(['publish', 'withdraw']);
  });

  it('describes the withdrawn item from its draft', () => {
    const withdrawal = receiver.received[1];

    expect(withdrawal?.headers['x-disclosure-event']).toBe('withdraw');
    expect(withdrawal?.json.item).toMatchObject({
      documentId: published.documentId,
      title: published.title,
      regionCode: '410100',
    });
  });
});

describe('order per document', () => {
  it('holds a withdrawal back until the publication it withdraws has been delivered', async () => {
    const receiver = await startReceiver([500]);
    await createChannel(receiver.url);
    const { documentId } = await publishAir();
    await withdrawAir(documentId);
    await drainOutbox(stack.strapi);
    const clock = simulatedClock();

    await drainWebhooks(stack.strapi, { now: clock.now, backoff: () => 60_000 });
    const beforeRetry = receiver.received.map((r) => r.json.event);
    clock.advance(61_000);
    await drainWebhooks(stack.strapi, { now: clock.now, backoff: () => 60_000 });
    await deactivateChannels();

    expect(beforeRetry).toEqual(['publish']);
    expect(receiver.received.map((r) => r.json.event)).toEqual(['publish', 'publish', 'withdraw']);
  });
});

describe('at-least-once upstream, once downstream', () => {
  let receiver: Receiver;
  let channel: Channel;
  let event: OutboxEvent;

  beforeAll(async () => {
    receiver = await startReceiver();
    channel = await createChannel(receiver.url);
    const { documentId } = await publishAir();
    await drainOutbox(stack.strapi);
    const row = await stack.strapi.db
      .connection('dh_webhook_deliveries')
      .where({ channel_id: channel.id, document_id: documentId })
      .first();
    event = {
      id: Number(row.outbox_id),
      topic: 'publish',
      uid: air.uid,
      documentId,
      locale: 'zh-CN',
      payload: {},
      createdAt: new Date(),
      consumer: webhookConsumerName,
      attempt: 2,
    };
  });

  afterAll(deactivateChannels);

  it('creates no second delivery when the outbox hands the event over again', async () => {
    const consumer = consumerRegistry(stack.strapi.db.connection).get(webhookConsumerName);

    await consumer?.handle(event);

    expect(await deliveriesOf(channel.id)).toHaveLength(1);
  });

  it('sends a delivery once when two drains run at the same time', async () => {
    await Promise.all([drainWebhooks(stack.strapi), drainWebhooks(stack.strapi)]);

    expect(receiver.received).toHaveLength(1);
  });
});

describe('the webhook worker', () => {
  it('sends what the fan-out created without a manual drain, and stops cleanly', async () => {
    const receiver = await startReceiver();
    await createChannel(receiver.url);
    startWebhookWorker(stack.strapi, { intervalMs: 60_000 });
    try {
      await publishAir();
      await drainOutbox(stack.strapi); // the fan-out kicks the worker

      const received = await waitFor(() => (receiver.received.length > 0 ? receiver.received : undefined), 10_000);

      expect(received).toHaveLength(1);
    } finally {
      await stopWebhookWorker();
      await deactivateChannels();
    }
  });
});

describe('switching webhooks off', () => {
  it('registers no consumer when DISCLOSURE_WEBHOOKS=false', () => {
    // The consumer is registered already; registering it again would throw OUTBOX_DUPLICATE_CONSUMER.
    const unregister = registerWebhookChannels(stack.strapi, { DISCLOSURE_WEBHOOKS: 'false' });

    expect(unregister).toBeUndefined();
  });
});

describe('the portal-channel REST API', () => {
  let channel: Channel;
  let created: { status: number; body: any };

  beforeAll(async () => {
    const secret = randomBytes(24).toString('hex');
    created = await request(`${stack.url}/api/portal-channels`, {
      method: 'POST',
      token,
      body: { data: { name: '示例县门户', url: 'https://portal.example.gov.cn/hooks', secret, active: false } },
    });
    channel = { id: created.body.data.id, documentId: created.body.data.documentId, secret };
  });

  it('does not return the secret when a channel is created', () => {
    expect(created.status).toBe(201);
    expect(created.body.data).not.toHaveProperty('secret');
    expect(JSON.stringify(created.body)).not.toContain(channel.secret);
  });

  it.each([
    ['the list', () => '/api/portal-channels'],
    ['one channel', () => `/api/portal-channels/${channel.documentId}`],
  ])('never returns the secret in %s, even to a full-access token', async (_label, path) => {
    const { status, body } = await request(`${stack.url}${path()}`, { token });

    expect(status).toBe(200);
    expect([body.data].flat().every((entry: object) => !('secret' in entry))).toBe(true);
    expect(JSON.stringify(body)).not.toContain(channel.secret);
  });

  it('refuses the public', async () => {
    const { status } = await request(`${stack.url}/api/portal-channels`);

    expect(status).toBe(403);
  });

  it.each([
    ['a URL that is not http(s)', { url: 'ftp://portal.example.gov.cn/hooks' }],
    ['a URL that is not a URL', { url: 'portal.example.gov.cn' }],
    ['a secret shorter than 16 characters', { secret: 'short-secret' }],
  ])('refuses a channel with %s', async (_label, change) => {
    const { status } = await request(`${stack.url}/api/portal-channels`, {
      method: 'POST',
      token,
      body: {
        data: { name: '错误门户', url: 'https://portal.example.gov.cn/hooks', secret: 'x'.repeat(32), ...change },
      },
    });

    expect(status).toBe(400);
  });
});

describe('channelFollows', () => {
  it.each([
    ['a county code under its prefecture', ['410100'], '410102', true],
    ['a county code under its province', ['410000'], '410102', true],
    ['a county code itself', ['410102'], '410102', true],
    ['a sibling county', ['410102'], '410103', false],
    ['a prefecture of another province', ['410000'], '420100', false],
    ['no region code on the item', ['410000'], null, false],
  ] as const)('matches %s: %j covers %s → %s', (_label, regionCodes, regionCode, expected) => {
    const follows = channelFollows({ categories: null, regionCodes }, { category: 'air-quality-daily', regionCode });

    expect(follows).toBe(expected);
  });
});

describe('portalChannelProblems', () => {
  it.each([
    ['an unknown category', { categories: ['air-quality'] }, 'INVALID_VALUE'],
    ['categories that are not a list', { categories: 'air-quality-daily' }, 'INVALID_VALUE'],
    ['a repeated category', { categories: ['air-quality-daily', 'air-quality-daily'] }, 'INVALID_VALUE'],
    ['a region code of 4 digits', { regionCodes: ['4101'] }, 'INVALID_REGION_CODE'],
    ['a region code given as a number', { regionCodes: [410100] }, 'INVALID_REGION_CODE'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'INVALID_VALUE'],
  ])('reports %s', (_label, data, code) => {
    const problems = portalChannelProblems(data);

    expect(problems.map((p) => p.code)).toEqual([code]);
  });

  it('accepts known categories, region codes and an https URL', () => {
    const problems = portalChannelProblems({
      url: 'https://portal.example.gov.cn/hooks',
      categories: ['air-quality-daily', 'policy-document'],
      regionCodes: ['410100', '410102'],
    });

    expect(problems).toEqual([]);
  });
});
