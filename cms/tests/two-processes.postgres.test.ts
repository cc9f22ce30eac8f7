/**
 * Two Strapi processes on one PostgreSQL, both running their workers: this suite's own Strapi
 * (in-process) and a child process booting the compiled app on the same database with a port of
 * its own. Only `npm run test:postgres` selects it (cms/jest.config.js): several processes on one
 * database is a PostgreSQL deployment; SQLite is one process by design.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { startTestStack, type TestStack } from './helpers/stack';
import { createDepartmentToken, request } from './helpers/api';
import { clearance, demoStaff, loginDemoStaff, publishThroughChain } from './helpers/chain';
import { fixture } from './helpers/fixtures';
import {
  airDay,
  airStationsOf,
  localDate,
  monitoring,
  newProducerToken,
  sendMeasurements,
  settledRelease,
} from './helpers/measurements';
import {
  enqueueOutboxEvent,
  kickOutboxWorker,
  registerOutboxConsumer,
  type OutboxConsumer,
} from '../src/disclosure/outbox';
import { publishDueItems } from '../src/disclosure/workflow/publish-due';
import { makeDueReleases, releasesTable } from '../src/disclosure/ingestion';

const { recordingConsumer } = require('./helpers/second-strapi') as {
  recordingConsumer(input: { name: string; url: string; topics: string[] }): OutboxConsumer;
};

const air = fixture('api::air-quality-daily.air-quality-daily');
const secondStrapiScript = path.join(__dirname, 'helpers', 'second-strapi.js');

/** What a loopback endpoint received. */
interface Received {
  headers: http.IncomingHttpHeaders;
  json: any;
}

interface Receiver {
  url: string;
  received: Received[];
  /** The most requests it has had waiting for an answer at one time. */
  maxInFlight(): number;
  close(): Promise<void>;
}

/**
 * A loopback endpoint that records every request and answers 204. Until two requests have been in
 * flight at once it holds each answer (for at most `holdMs`): a process sends one request of a kind
 * at a time (one outbox consumer, one portal channel), so two at once come from both processes,
 * each holding a different row while the other works.
 */
async function startReceiver({ holdMs }: { holdMs: number }): Promise<Receiver> {
  const received: Received[] = [];
  const waiting = new Set<() => void>();
  let inFlight = 0;
  let maxInFlight = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const answer = () => {
        if (!waiting.delete(answer)) return;
        inFlight -= 1;
        res.statusCode = 204;
        res.end();
      };
      waiting.add(answer);
      if (maxInFlight >= 2) for (const waiter of [...waiting]) waiter();
      else setTimeout(answer, holdMs).unref();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        for (const waiter of [...waiting]) waiter();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface SecondStrapi {
  url: string;
  pid: number;
  /** Runs `publishDueItems` in the second process. @returns how many it published */
  publishDue(now: Date): Promise<number>;
  stop(): Promise<void>;
}

/** Boots the compiled app in a child process with this process's environment (database, secrets). */
async function startSecondStrapi(env: Record<string, string>): Promise<SecondStrapi> {
  const child: ChildProcess = spawn(process.execPath, [secondStrapiScript], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    child.on('message', (message: { type: string; url: string; pid: number }) => {
      if (message.type === 'ready') resolve(message);
    });
    void exited.then(() => reject(new Error(`the second Strapi exited during start-up:\n${output}`)));
  });
  let calls = 0;
  return {
    ...ready,
    publishDue: (now) =>
      new Promise<number>((resolve, reject) => {
        const id = ++calls;
        const listener = (message: { type: string; id: number; count?: number; error?: string }) => {
          if (message.type !== 'publishedDue' || message.id !== id) return;
          child.off('message', listener);
          if (message.error) reject(new Error(message.error));
          else resolve(message.count ?? 0);
        };
        child.on('message', listener);
        child.send({ type: 'publishDue', id, now: now.toISOString() });
      }),
    async stop() {
      if (child.exitCode !== null) return;
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not settled within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** How often each value occurs. */
const countsOf = (values: unknown[]) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  return counts;
};

const recorderName = 'two-processes.recorder';
let stack: TestStack;
let second: SecondStrapi;
let recorder: Receiver;
let portal: Receiver;
let jwt: Record<string, string>;
let token: string;

beforeAll(async () => {
  if (process.env.TEST_DATABASE !== 'postgres')
    throw new Error('this suite needs PostgreSQL: run it with `npm run test:postgres`');
  recorder = await startReceiver({ holdMs: 20_000 });
  // Below the webhook timeout (10 s): a portal that answers late is sent the delivery again.
  portal = await startReceiver({ holdMs: 6_000 });
  stack = await startTestStack({ env: { DEMO_SEED: 'accounts' } });
  const recording = { name: recorderName, url: recorder.url, topics: ['unpublish'] };
  registerOutboxConsumer(stack.strapi, recordingConsumer(recording));
  second = await startSecondStrapi({ SECOND_STRAPI_RECORDER: JSON.stringify(recording) });
  jwt = await loginDemoStaff(stack.url);
  token = await createDepartmentToken(stack.strapi, 'monitoring');
}, 300_000);

afterAll(async () => {
  await second?.stop();
  await stack?.stop();
  await recorder?.close();
  await portal?.close();
});

async function createDraft(title: string): Promise<string> {
  const { status, body } = await request(`${stack.url}/api/${air.plural}?status=draft`, {
    method: 'POST',
    token,
    body: { data: { ...air.data, title } },
  });
  if (status !== 201) throw new Error(`draft not created: ${status} ${JSON.stringify(body)}`);
  return body.data.documentId as string;
}

/** One workflow transition of an air-quality report, as the demo staff member `email`. */
async function transition(email: string, documentId: string, event: { type: string }): Promise<void> {
  const { status, body } = await request(`${stack.url}/disclosure-workflow/transitions`, {
    method: 'POST',
    token: jwt[email],
    body: { uid: air.uid, documentId, locale: 'zh-CN', event },
  });
  if (status !== 200) throw new Error(`${event.type}: ${status} ${JSON.stringify(body)}`);
}

const outboxRows = (where: Record<string, unknown>) =>
  stack.strapi.db.connection('dh_outbox').where(where) as Promise<{ id: number; topic: string }[]>;

describe('the outbox', () => {
  let ids: number[];

  beforeAll(async () => {
    ids = await stack.strapi.db.transaction(async ({ trx }) => {
      const enqueued: number[] = [];
      for (let i = 0; i < 40; i += 1)
        enqueued.push(
          await enqueueOutboxEvent(trx, {
            topic: 'unpublish',
            uid: air.uid,
            documentId: `probe-${i}`,
            locale: 'zh-CN',
          }),
        );
      return enqueued;
    });
    // Only this process is woken; the other finds the rows on its next poll.
    kickOutboxWorker();
    await waitFor(async () => {
      const open = await stack.strapi.db
        .connection('dh_outbox_deliveries')
        .whereIn('outbox_id', ids)
        .whereNot('status', 'delivered')
        .count({ n: '*' })
        .first();
      return Number(open?.n) === 0 ? true : undefined;
    }, 120_000);
  }, 180_000);

  it('hands each row to the recording consumer exactly once', () => {
    const counts = countsOf(recorder.received.map((r) => r.json.outboxId));

    expect([...counts.keys()].sort()).toEqual(ids.map(String).sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('has both processes deliver some of the rows', () => {
    const pids = new Set(recorder.received.map((r) => r.json.pid));

    expect(pids).toEqual(new Set([process.pid, second.pid]));
  });

  it('marks every delivery of every consumer delivered after one attempt', async () => {
    const deliveries = (await stack.strapi.db
      .connection('dh_outbox_deliveries')
      .whereIn('outbox_id', ids)
      .select('consumer', 'status', 'attempts')) as { consumer: string; status: string; attempts: number }[];

    expect(deliveries.filter((d) => d.consumer === recorderName)).toHaveLength(ids.length);
    expect(deliveries.filter((d) => d.status !== 'delivered' || Number(d.attempts) !== 1)).toEqual([]);
  });
});

describe('webhook deliveries', () => {
  const publications = 6;
  let channelId: number;

  beforeAll(async () => {
    const created = await request(`${stack.url}/api/portal-channels`, {
      method: 'POST',
      token,
      body: {
        data: { name: '双进程门户', url: portal.url, secret: 'x'.repeat(32), categories: ['air-quality-daily'] },
      },
    });
    channelId = created.body.data.id as number;
    // Every other publication through the second process, so both outbox workers fan out.
    for (let i = 0; i < publications; i += 1) {
      const documentId = await createDraft(`双进程推送${i}：郑州市空气质量日报`);
      await publishThroughChain(i % 2 === 0 ? stack.url : second.url, jwt, { uid: air.uid, documentId });
    }
    await waitFor(async () => {
      const rows = (await stack.strapi.db
        .connection('dh_webhook_deliveries')
        .where({ channel_id: channelId, status: 'delivered' })
        .count({ n: '*' })
        .first()) as { n: number | string } | undefined;
      return Number(rows?.n) === publications ? true : undefined;
    }, 120_000);
  }, 300_000);

  it('sends each delivery exactly once', async () => {
    const rows = (await stack.strapi.db.connection('dh_webhook_deliveries').where({ channel_id: channelId })) as {
      id: number;
      attempts: number;
    }[];
    const counts = countsOf(portal.received.map((r) => r.headers['x-disclosure-delivery']));

    expect([...counts.keys()].sort()).toEqual(rows.map((row) => String(row.id)).sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(rows.map((row) => Number(row.attempts))).toEqual(Array(publications).fill(1));
  });

  it('had both processes sending at the same time', () => {
    expect(portal.maxInFlight()).toBeGreaterThanOrEqual(2);
  });
});

describe('daily releases', () => {
  const cities = monitoring.cities.map((city) => city.code);
  const days = [localDate(2), localDate(3)];
  const released: { documentId: string }[] = [];

  beforeAll(async () => {
    const producer = await newProducerToken(stack.strapi, 'monitoring');
    // One day through each process: each wakes its own release worker, and both pick up whatever is due.
    for (const [i, day] of days.entries()) {
      const rows = cities.flatMap((city) => airDay(day, airStationsOf(city)));
      const answer = await sendMeasurements(i === 0 ? stack.url : second.url, producer, rows);
      if (answer.status !== 200) throw new Error(`ingestion: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    for (const day of days)
      for (const city of cities) released.push(await settledRelease(stack.url, producer, city, day, 240_000));
  }, 600_000);

  it('publishes every release', () => {
    expect(released.map((release) => (release as { status?: string }).status)).toEqual(
      Array(cities.length * days.length).fill('published'),
    );
  });

  it('makes one document per release', async () => {
    const rows = (await stack.strapi.db
      .query(air.uid as never)
      .findMany({ where: { date: { $in: days } }, select: ['documentId', 'date', 'city', 'locale'] })) as {
      documentId: string;
      date: string;
      city: string;
    }[];
    const documents = new Set(rows.map((row) => row.documentId));

    expect([...documents].sort()).toEqual(released.map((release) => release.documentId).sort());
  });

  it('takes each release through the chain once per locale', async () => {
    const audit = (await stack.strapi.db
      .connection('dh_workflow_audit')
      .whereIn(
        'document_id',
        released.map((release) => release.documentId),
      )
      .select('document_id', 'locale', 'event')) as { document_id: string; locale: string; event: string }[];
    const counts = countsOf(audit.map((a) => `${a.document_id} ${a.locale} ${a.event}`));
    const publications = audit.filter((a) => a.event === 'publisher.publish');

    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(publications).toHaveLength(released.length * 2);
  });
});

describe('a release left processing', () => {
  const now = new Date();
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const release = (localDate: string, claimedAgo: number) => ({
    kind: 'airCity',
    release_key: '410200',
    local_date: localDate,
    status: 'processing',
    ready_at: ago(3_600_000),
    created_at: ago(3_600_000),
    updated_at: ago(claimedAgo),
  });
  const statusOf = async (localDate: string) =>
    (
      (await stack.strapi.db
        .connection(releasesTable)
        .where({ release_key: '410200', local_date: localDate })
        .first()) as {
        status: string;
      }
    ).status;

  beforeAll(async () => {
    // Days without data: a release made of them ends `insufficient` at once.
    await stack.strapi.db
      .connection(releasesTable)
      .insert([release(localDate(40), 11 * 60_000), release(localDate(41), 60_000)]);
    await makeDueReleases(stack.strapi, now);
  });

  it('is made again once its maker’s lease has run out', async () => {
    expect(await statusOf(localDate(40))).toBe('insufficient');
  });

  it('is left to its maker while the lease lasts', async () => {
    expect(await statusOf(localDate(41))).toBe('processing');
  });
});

describe('a scheduled publication', () => {
  const items = 3;
  const publishAt = new Date(Date.now() + 3_600_000);
  let documentIds: string[];
  let published: number[];

  beforeAll(async () => {
    documentIds = [];
    for (let i = 0; i < items; i += 1) {
      const documentId = await createDraft(`双进程定时发布${i}：郑州市空气质量日报`);
      await transition(demoStaff.editor, documentId, { type: 'editor.submit' });
      await transition(demoStaff.reviewer, documentId, { type: 'reviewer.approve' });
      await transition(demoStaff.secrecy, documentId, clearance);
      await transition(demoStaff.reviewer, documentId, {
        type: 'publisher.schedule',
        publishAt: publishAt.toISOString(),
      });
      documentIds.push(documentId);
    }
    // Both schedulers find the same due items at the same moment.
    const now = new Date(publishAt.getTime() + 1_000);
    published = await Promise.all([publishDueItems(stack.strapi, { now }), second.publishDue(now)]);
  }, 300_000);

  it('is published by one of the two schedulers only', () => {
    expect(published[0]! + published[1]!).toBe(items);
  });

  it('is audited and announced once', async () => {
    const audit = (await stack.strapi.db
      .connection('dh_workflow_audit')
      .whereIn('document_id', documentIds)
      .where({ event: 'system.publishDue' })
      .select('document_id')) as { document_id: string }[];
    const announced = await Promise.all(
      documentIds.map(async (documentId) => (await outboxRows({ document_id: documentId, topic: 'publish' })).length),
    );

    expect(audit.map((a) => a.document_id).sort()).toEqual([...documentIds].sort());
    expect(announced).toEqual(Array(items).fill(1));
  });
});
