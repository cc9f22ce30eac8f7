import type { Core } from '@strapi/strapi';
import { startTestStack, type TestStack } from './helpers/stack';
import {
  OutboxError,
  drainOutbox,
  enqueueOutboxEvent,
  ensureOutboxTables,
  exponentialBackoff,
  outboxStats,
  outboxTopics,
  registerOutboxConsumer,
  retryDeadDeliveries,
  startOutboxWorker,
  stopOutboxWorker,
  type OutboxConsumer,
  type OutboxEvent,
  type OutboxEventInput,
  type OutboxTopic,
} from '../src/disclosure/outbox';
import { outboxDeliveryJobs } from '../src/disclosure/outbox/outbox-tables';
import { claimDueJobs } from '../src/disclosure/jobs';

const uid = 'api::policy-document.policy-document';

let stack: TestStack;
let unregisters: (() => void)[] = [];
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

/** Starts a stack whose own outbox worker (once the app starts one) stays out of these tests. */
async function startQuietStack(env?: Record<string, string>): Promise<TestStack> {
  // The app's own consumers would take deliveries too; these tests count every delivery.
  const started = await startTestStack({
    env: { DISCLOSURE_SEARCH_SYNC: 'false', DISCLOSURE_WEBHOOKS: 'false', DISCLOSURE_NOTIFICATIONS: 'false', ...env },
  });
  await stopOutboxWorker();
  await ensureOutboxTables(started.strapi);
  return started;
}

beforeAll(async () => {
  stack = await startQuietStack();
});

afterEach(() => {
  for (const unregister of unregisters) unregister();
  unregisters = [];
});

afterAll(async () => {
  await stack?.stop();
});

interface Recorder {
  name: string;
  calls: OutboxEvent[];
}

function consumer(
  strapi: Core.Strapi,
  {
    topics,
    handle = () => undefined,
  }: { topics?: OutboxTopic[]; handle?: (event: OutboxEvent) => Promise<void> | void } = {},
): Recorder {
  const recorder: Recorder = { name: unique('consumer'), calls: [] };
  const definition: OutboxConsumer = {
    name: recorder.name,
    topics,
    handle: (event) => {
      recorder.calls.push(event);
      return handle(event);
    },
  };
  unregisters.push(registerOutboxConsumer(strapi, definition));
  return recorder;
}

const event = (change: Partial<OutboxEventInput> = {}): OutboxEventInput => ({
  topic: 'publish',
  uid,
  documentId: unique('doc'),
  locale: 'zh-CN',
  payload: { version: 3 },
  ...change,
});

const enqueue = (strapi: Core.Strapi, input: OutboxEventInput) =>
  strapi.db.transaction(({ trx }) => enqueueOutboxEvent(trx, input)) as Promise<number>;

const deliveries = async (strapi: Core.Strapi, outboxId: number) =>
  (await strapi.db.connection('dh_outbox_deliveries').where({ outbox_id: outboxId }).orderBy('consumer')).map(
    (row: { consumer: string; status: string; attempts: number | string; last_error: string | null }) => ({
      consumer: row.consumer,
      status: row.status,
      attempts: Number(row.attempts),
      lastError: row.last_error,
    }),
  );

const nextAttemptAt = async (strapi: Core.Strapi, outboxId: number, name: string) => {
  const row = await strapi.db.connection('dh_outbox_deliveries').where({ outbox_id: outboxId, consumer: name }).first();
  return new Date(row.next_attempt_at).getTime();
};

/** A clock that moves only when told to. */
function simulatedClock(start = Date.now()) {
  let time = start;
  return {
    now: () => new Date(time),
    set: (ms: number) => {
      time = ms;
    },
    get: () => time,
  };
}

/** A promise the test resolves by hand, to hold a consumer inside its handler. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

const failure = () => {
  throw new Error('portal answered 502');
};

describe('enqueueing in the caller\u2019s transaction', () => {
  it('leaves neither the event nor its deliveries when the transaction rolls back', async () => {
    consumer(stack.strapi);
    const input = event();
    let outboxId = 0;

    const attempt = stack.strapi.db.transaction(async ({ trx }) => {
      outboxId = await enqueueOutboxEvent(trx, input);
      throw new Error('the state change failed');
    });

    await expect(attempt).rejects.toThrow('the state change failed');
    expect(outboxId).toBeGreaterThan(0);
    expect(await stack.strapi.db.connection('dh_outbox').where({ document_id: input.documentId })).toEqual([]);
    expect(await deliveries(stack.strapi, outboxId)).toEqual([]);
  });

  it('creates one pending delivery per consumer of the topic and none for the others', async () => {
    const publish = consumer(stack.strapi, { topics: ['publish'] });
    const all = consumer(stack.strapi);
    consumer(stack.strapi, { topics: ['withdraw'] });

    const outboxId = await enqueue(stack.strapi, event({ topic: 'publish' }));

    expect(await deliveries(stack.strapi, outboxId)).toEqual(
      [publish.name, all.name]
        .sort()
        .map((name) => ({ consumer: name, status: 'pending', attempts: 0, lastError: null })),
    );
  });

  it.each([
    ['an unknown topic', { topic: 'delete' as OutboxTopic }],
    ['an empty document id', { documentId: '' }],
    ['a missing locale', { locale: undefined as unknown as string }],
    ['an array payload', { payload: [1, 2] as unknown as Record<string, unknown> }],
  ])('refuses %s and writes nothing', async (_label, change) => {
    const input = event(change);

    const attempt = enqueue(stack.strapi, input);

    await expect(attempt).rejects.toBeInstanceOf(OutboxError);
    await expect(attempt).rejects.toMatchObject({ code: 'OUTBOX_INVALID_EVENT' });
    expect(await stack.strapi.db.connection('dh_outbox').where({ document_id: input.documentId ?? '' })).toEqual([]);
  });

  it('refuses to enqueue outside a transaction', async () => {
    const attempt = enqueueOutboxEvent(stack.strapi.db.connection, event());

    await expect(attempt).rejects.toBeInstanceOf(OutboxError);
    await expect(attempt).rejects.toMatchObject({ code: 'OUTBOX_NOT_IN_TRANSACTION' });
  });
});

describe('registering consumers', () => {
  it('refuses a second consumer with the same name', () => {
    const first = consumer(stack.strapi);

    const register = () => registerOutboxConsumer(stack.strapi, { name: first.name, handle: () => undefined });

    expect(register).toThrow(OutboxError);
    expect(register).toThrow(expect.objectContaining({ code: 'OUTBOX_DUPLICATE_CONSUMER' }));
  });

  it.each([
    [
      'an unknown topic',
      { name: 'bad-topic', topics: ['delete'] as unknown as OutboxTopic[], handle: () => undefined },
    ],
    ['no topics at all', { name: 'no-topics', topics: [], handle: () => undefined }],
    ['an empty name', { name: '', handle: () => undefined }],
  ])('refuses a consumer with %s', (_label, definition) => {
    const register = () => registerOutboxConsumer(stack.strapi, definition);

    expect(register).toThrow(expect.objectContaining({ name: 'OutboxError', code: 'OUTBOX_INVALID_CONSUMER' }));
  });

  it('refuses to drain or revive for a consumer that is not registered', async () => {
    await expect(drainOutbox(stack.strapi, { consumers: ['nobody'] })).rejects.toMatchObject({
      code: 'OUTBOX_UNKNOWN_CONSUMER',
    });
    await expect(retryDeadDeliveries(stack.strapi, { consumer: 'nobody' })).rejects.toMatchObject({
      code: 'OUTBOX_UNKNOWN_CONSUMER',
    });
  });
});

describe('delivery', () => {
  it.each(outboxTopics.map((topic) => [topic]))(
    'delivers a committed %s event exactly once to every consumer of its topic',
    async (topic) => {
      const subscribed = consumer(stack.strapi, { topics: [topic] });
      const all = consumer(stack.strapi);
      const other = consumer(stack.strapi, { topics: outboxTopics.filter((t) => t !== topic) });
      const input = event({ topic });
      const outboxId = await enqueue(stack.strapi, input);
      const consumers = [subscribed.name, all.name, other.name];

      await drainOutbox(stack.strapi, { consumers });
      await drainOutbox(stack.strapi, { consumers });

      const expected = {
        id: outboxId,
        topic,
        uid,
        documentId: input.documentId,
        locale: 'zh-CN',
        payload: { version: 3 },
        attempt: 1,
      };
      expect(subscribed.calls).toEqual([expect.objectContaining({ ...expected, consumer: subscribed.name })]);
      expect(all.calls).toEqual([expect.objectContaining({ ...expected, consumer: all.name })]);
      expect(other.calls).toEqual([]);
      expect((await deliveries(stack.strapi, outboxId)).map((d) => d.status)).toEqual(['delivered', 'delivered']);
    },
  );

  it('retries a failing consumer with growing back-off and leaves the other consumer alone', async () => {
    const healthy = consumer(stack.strapi);
    const failing = consumer(stack.strapi, { handle: failure });
    const outboxId = await enqueue(stack.strapi, event());
    const clock = simulatedClock();
    const consumers = [healthy.name, failing.name];
    const delays: number[] = [];

    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await drainOutbox(stack.strapi, { consumers, now: clock.now });
      const next = await nextAttemptAt(stack.strapi, outboxId, failing.name);
      delays.push(next - clock.get());
      await drainOutbox(stack.strapi, { consumers, now: () => new Date(next - 1) });
      clock.set(next);
    }

    expect(failing.calls.map((call) => call.attempt)).toEqual([1, 2, 3, 4]);
    expect(healthy.calls).toHaveLength(1);
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(800 * 2 ** i);
      expect(delay).toBeLessThanOrEqual(1_000 * 2 ** i);
    });
    expect(await deliveries(stack.strapi, outboxId)).toEqual(
      expect.arrayContaining([
        { consumer: healthy.name, status: 'delivered', attempts: 1, lastError: null },
        { consumer: failing.name, status: 'pending', attempts: 4, lastError: 'Error: portal answered 502' },
      ]),
    );
  });

  it('keeps a document\u2019s later event behind its earlier one that waits for a retry', async () => {
    let down = true;
    const published = event({ topic: 'publish' });
    const ordered = consumer(stack.strapi, {
      handle: ({ documentId }) => {
        if (down && documentId === published.documentId) throw new Error('search is down');
      },
    });
    const firstId = await enqueue(stack.strapi, published);
    const secondId = await enqueue(stack.strapi, { ...published, topic: 'unpublish' });
    const otherId = await enqueue(stack.strapi, event({ topic: 'publish' }));
    const clock = simulatedClock();

    await drainOutbox(stack.strapi, { consumers: [ordered.name], now: clock.now, backoff: () => 1_000 });
    down = false;
    clock.set(clock.get() + 1_000);
    await drainOutbox(stack.strapi, { consumers: [ordered.name], now: clock.now, backoff: () => 1_000 });

    expect(ordered.calls.map((call) => [call.id, call.attempt])).toEqual([
      [firstId, 1],
      [otherId, 1],
      [firstId, 2],
      [secondId, 1],
    ]);
  });

  it('marks a delivery dead after maxAttempts and revives it with retryDeadDeliveries', async () => {
    let down = true;
    const flaky = consumer(stack.strapi, {
      handle: () => {
        if (down) throw new Error('webhook refused');
      },
    });
    const outboxId = await enqueue(stack.strapi, event());
    const clock = simulatedClock();
    const options = { consumers: [flaky.name], now: clock.now, maxAttempts: 3, backoff: () => 1_000 };
    const before = await outboxStats(stack.strapi);

    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await drainOutbox(stack.strapi, options);
      clock.set(clock.get() + 1_000);
    }
    const dead = await deliveries(stack.strapi, outboxId);
    const deadStats = await outboxStats(stack.strapi);
    down = false;
    const revived = await retryDeadDeliveries(stack.strapi, { consumer: flaky.name, now: clock.now });
    await drainOutbox(stack.strapi, options);

    expect(dead).toEqual([{ consumer: flaky.name, status: 'dead', attempts: 3, lastError: 'Error: webhook refused' }]);
    expect(deadStats.dead).toBe(before.dead + 1);
    expect(revived).toBe(1);
    expect(flaky.calls.map((call) => call.attempt)).toEqual([1, 2, 3, 1]);
    expect(await deliveries(stack.strapi, outboxId)).toEqual([
      { consumer: flaky.name, status: 'delivered', attempts: 1, lastError: null },
    ]);
  });

  it('counts deliveries per status and reports the oldest pending event', async () => {
    const slow = consumer(stack.strapi, { handle: failure });
    const quick = consumer(stack.strapi);
    const before = await outboxStats(stack.strapi);
    await enqueue(stack.strapi, event());

    await drainOutbox(stack.strapi, { consumers: [quick.name] });
    const after = await outboxStats(stack.strapi);

    expect(slow.calls).toEqual([]);
    expect(after).toEqual({
      pending: before.pending + 1,
      delivered: before.delivered + 1,
      dead: before.dead,
      oldestPendingCreatedAt: expect.any(Date),
    });
  });
});

describe('batch delivery', () => {
  function batchConsumer(
    strapi: Core.Strapi,
    {
      handle = () => undefined,
      handleBatch = () => undefined,
    }: {
      handle?: (event: OutboxEvent) => void;
      handleBatch?: (events: OutboxEvent[]) => void;
    },
  ) {
    const recorder = { name: unique('batch'), batches: [] as number[][], singles: [] as number[] };
    unregisters.push(
      registerOutboxConsumer(strapi, {
        name: recorder.name,
        handle: (e) => {
          recorder.singles.push(e.id);
          handle(e);
        },
        handleBatch: async (events) => {
          recorder.batches.push(events.map((e) => e.id));
          handleBatch(events);
        },
      }),
    );
    return recorder;
  }

  it('hands the due events of distinct documents to handleBatch at once and marks each delivered', async () => {
    const batch = batchConsumer(stack.strapi, {});
    const ids = [
      await enqueue(stack.strapi, event()),
      await enqueue(stack.strapi, event()),
      await enqueue(stack.strapi, event()),
    ];

    await drainOutbox(stack.strapi, { consumers: [batch.name] });

    expect(batch.batches).toEqual([ids]);
    expect(batch.singles).toEqual([]);
    for (const id of ids)
      expect(await deliveries(stack.strapi, id)).toEqual([
        { consumer: batch.name, status: 'delivered', attempts: 1, lastError: null },
      ]);
  });

  it('never puts two events of one document in a batch', async () => {
    const batch = batchConsumer(stack.strapi, {});
    const first = event();
    const ids = [
      await enqueue(stack.strapi, first),
      await enqueue(stack.strapi, { ...first, topic: 'withdraw' }),
      await enqueue(stack.strapi, event()),
    ];

    await drainOutbox(stack.strapi, { consumers: [batch.name] });

    expect(batch.batches).toEqual([[ids[0], ids[2]]]);
    expect(batch.singles).toEqual([ids[1]]);
  });

  it('delivers a failed batch one by one, so one bad event holds back no other', async () => {
    const poison = event();
    const batch = batchConsumer(stack.strapi, {
      handleBatch: () => {
        throw new Error('Meilisearch refused one document');
      },
      handle: (e) => {
        if (e.documentId === poison.documentId) throw new Error('invalid document');
      },
    });
    const goodId = await enqueue(stack.strapi, event());
    const poisonId = await enqueue(stack.strapi, poison);
    const otherId = await enqueue(stack.strapi, event());

    const result = await drainOutbox(stack.strapi, { consumers: [batch.name] });

    expect(batch.singles).toEqual([goodId, poisonId, otherId]);
    expect(result).toEqual({ delivered: 2, failed: 1, dead: 0 });
    expect((await deliveries(stack.strapi, goodId))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
    expect((await deliveries(stack.strapi, otherId))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
    expect((await deliveries(stack.strapi, poisonId))[0]).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'Error: invalid document',
    });
  });
});

describe('several workers', () => {
  it('never delivers a row twice when two drains run at once', async () => {
    const seen = consumer(stack.strapi, { handle: () => new Promise((resolve) => setImmediate(resolve)) });
    const ids = await Promise.all(Array.from({ length: 20 }, () => enqueue(stack.strapi, event())));

    const [first, second] = await Promise.all([
      drainOutbox(stack.strapi, { consumers: [seen.name] }),
      drainOutbox(stack.strapi, { consumers: [seen.name] }),
    ]);

    expect(first.delivered + second.delivered).toBe(20);
    expect(seen.calls.map((call) => call.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });

  it('skips a row another worker has claimed, and one it has already delivered', async () => {
    const held = gate();
    const entered = gate();
    let firstCall = true;
    const recorder = consumer(stack.strapi, {
      handle: async () => {
        if (!firstCall) return;
        firstCall = false;
        entered.open();
        await held.opened;
      },
    });
    const ids = await Promise.all(Array.from({ length: 3 }, () => enqueue(stack.strapi, event())));

    const slowDrain = drainOutbox(stack.strapi, { consumers: [recorder.name] });
    await entered.opened;
    const fastResult = await drainOutbox(stack.strapi, { consumers: [recorder.name] });
    held.open();
    const slowResult = await slowDrain;

    expect(slowResult.delivered).toBe(1);
    expect(fastResult.delivered).toBe(2);
    // Concurrent enqueues may commit in any order (PostgreSQL), so compare as sets.
    expect(recorder.calls.map((call) => call.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  });
});

describe('a worker that dies holding a delivery', () => {
  it('leaves the delivery alone while the lease lasts and hands it over once the lease has run out', async () => {
    const recorder = consumer(stack.strapi);
    const outboxId = await enqueue(stack.strapi, event());
    const clock = simulatedClock();
    const leaseMs = 300_000;
    await claimDueJobs({
      knex: stack.strapi.db.connection,
      table: outboxDeliveryJobs,
      scope: { consumer: recorder.name },
      limit: 1,
      at: clock.now(),
      leaseMs,
      token: 'a-worker-that-died',
    });

    clock.set(clock.get() + leaseMs - 1_000);
    const whileLeased = await drainOutbox(stack.strapi, { consumers: [recorder.name], now: clock.now });
    clock.set(clock.get() + 2_000);
    const afterLease = await drainOutbox(stack.strapi, { consumers: [recorder.name], now: clock.now });

    expect(whileLeased.delivered).toBe(0);
    expect(afterLease.delivered).toBe(1);
    expect(recorder.calls.map((call) => [call.id, call.attempt])).toEqual([[outboxId, 1]]);
  });
});

describe('the worker', () => {
  it('delivers at once when started and when kicked, and stop waits for the delivery in flight', async () => {
    const held = gate();
    const entered = gate();
    const recorder = consumer(stack.strapi, {
      handle: async () => {
        entered.open();
        await held.opened;
      },
    });
    const outboxId = await enqueue(stack.strapi, event());
    let stopped = false;

    const worker = startOutboxWorker(stack.strapi, { intervalMs: 3_600_000 });
    await entered.opened;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    const stoppedWhileHeld = stopped;
    held.open();
    await stopping;

    expect(stoppedWhileHeld).toBe(false);
    expect(recorder.calls).toHaveLength(1);
    expect(await deliveries(stack.strapi, outboxId)).toEqual([
      { consumer: recorder.name, status: 'delivered', attempts: 1, lastError: null },
    ]);
  });

  it('wakes up on kick instead of waiting for the next poll', async () => {
    const delivered = gate();
    const recorder = consumer(stack.strapi, { handle: () => delivered.open() });
    const worker = startOutboxWorker(stack.strapi, { intervalMs: 3_600_000 });

    try {
      const outboxId = await enqueue(stack.strapi, event());
      worker.kick();
      await delivered.opened;

      expect(recorder.calls.map((call) => call.id)).toEqual([outboxId]);
    } finally {
      await worker.stop();
    }
  });
});

describe('exponentialBackoff', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [10, 512_000],
    [11, 600_000],
    [40, 600_000],
  ])('waits, without jitter, after failure %i for %i ms', (failures, expected) => {
    expect(exponentialBackoff({ random: () => 0 })(failures)).toBe(expected);
  });

  it('shortens a delay by at most a fifth with the default jitter', () => {
    expect(exponentialBackoff({ random: () => 1 })(3)).toBe(3_200);
  });
});

/**
 * Ends Strapi without draining, as a crash would leave it. Strapi refuses a second destroy, so the
 * stack's own stop() afterwards only releases Meilisearch and the database.
 */
async function crash(strapi: Core.Strapi): Promise<void> {
  await strapi.destroy();
  strapi.destroy = async () => undefined;
}

// Last: it ends the shared Strapi. Strapi keeps process-wide registries, so two cannot run at once.
describe('crash safety', () => {
  it('delivers after a restart an event committed before the crash', async () => {
    const databaseEnv = Object.fromEntries(
      ['DATABASE_CLIENT', 'DATABASE_FILENAME', 'DATABASE_URL']
        .map((key) => [key, process.env[key]])
        .filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const name = unique('indexer');
    registerOutboxConsumer(stack.strapi, { name, handle: () => undefined });
    const outboxId = await enqueue(stack.strapi, event());
    await crash(stack.strapi);

    const after = await startQuietStack(databaseEnv);
    try {
      const calls: number[] = [];
      registerOutboxConsumer(after.strapi, { name, handle: (e) => void calls.push(e.id) });

      await drainOutbox(after.strapi, { consumers: [name] });

      expect(calls).toEqual([outboxId]);
      expect(await deliveries(after.strapi, outboxId)).toEqual([
        { consumer: name, status: 'delivered', attempts: 1, lastError: null },
      ]);
    } finally {
      await after.stop();
    }
  });
});
