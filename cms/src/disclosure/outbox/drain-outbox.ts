import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { OutboxError } from './outbox-error';
import { consumerRegistry } from './outbox-state';
import { exponentialBackoff, type Backoff } from './exponential-backoff';
import { deliveriesTable, outboxTable, toDate, type Knex } from './outbox-tables';
import type { OutboxConsumer, OutboxEvent } from './register-outbox-consumer';
import type { OutboxTopic } from './outbox-topics';

/** How deliveries are attempted; shared by `drainOutbox` and the worker. */
export interface DeliveryOptions {
  /** The clock; inject one in tests. */
  now?: () => Date;
  /** After this many failed attempts a delivery is dead (kept, logged, revivable). Default 12. */
  maxAttempts?: number;
  /** Delay after a failure. Default: `exponentialBackoff()` (1 s, 2 s, 4 s … 10 min, jittered). */
  backoff?: Backoff;
  /** Deliveries fetched per query. Default 100. */
  batchSize?: number;
  /** How long a claim keeps other workers away. Default 5 min; must exceed `handlerTimeoutMs`. */
  leaseMs?: number;
  /** A handler that has not settled by then counts as failed. Default 60 s. */
  handlerTimeoutMs?: number;
}

export interface DrainOptions extends DeliveryOptions {
  /** Only these consumers (all registered consumers by default). */
  consumers?: readonly string[];
  /** Stops between two deliveries once aborted (the worker's `stop()`). */
  signal?: AbortSignal;
}

/** What one drain did, for logs and tests. */
export interface DrainResult {
  delivered: number;
  failed: number;
  dead: number;
}

interface DueRow {
  outbox_id: number | string;
  consumer: string;
  attempts: number | string;
  topic: string;
  uid: string;
  document_id: string;
  locale: string;
  payload: unknown;
  created_at: unknown;
}

const maxErrorLength = 2_000;

function describeError(error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name}${'code' in error ? ` [${String(error.code)}]` : ''}: ${error.message}`
      : String(error);
  return text.slice(0, maxErrorLength);
}

function decodePayload(value: unknown): Record<string, unknown> {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

/** Pending, due, unclaimed, and not waiting behind an older pending delivery of the same document. */
function selectDue(knex: Knex, { at, consumers, limit }: { at: Date; consumers: string[]; limit: number }) {
  return (
    knex({ d: deliveriesTable })
      .join({ o: outboxTable }, 'o.id', 'd.outbox_id')
      .select(
        'd.outbox_id',
        'd.consumer',
        'd.attempts',
        'o.topic',
        'o.uid',
        'o.document_id',
        'o.locale',
        'o.payload',
        'o.created_at',
      )
      .where('d.status', 'pending')
      .where('d.next_attempt_at', '<=', at)
      .where((q) => q.whereNull('d.claimed_until').orWhere('d.claimed_until', '<', at))
      .whereIn('d.consumer', consumers)
      // A consumer sees the events of one document in order: a later "unpublish" must not overtake
      // an earlier "publish" that is waiting for its retry. Dead deliveries no longer hold others back.
      .whereNotExists((q) =>
        q
          .select(knex.raw('1'))
          .from({ e: deliveriesTable })
          .join({ p: outboxTable }, 'p.id', 'e.outbox_id')
          .whereRaw('?? = ??', ['e.consumer', 'd.consumer'])
          .where('e.status', 'pending')
          .whereRaw('?? < ??', ['e.outbox_id', 'd.outbox_id'])
          .whereRaw('?? = ??', ['p.uid', 'o.uid'])
          .whereRaw('?? = ??', ['p.document_id', 'o.document_id'])
          .whereRaw('?? = ??', ['p.locale', 'o.locale']),
      )
      .orderBy('d.outbox_id')
      .limit(limit) as unknown as Promise<DueRow[]>
  );
}

async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`handler did not settle within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Delivers every delivery that is due now, once each, and resolves. The worker calls it on every
 * poll; tests and scripts call it directly. Safe to run in several processes at once: a delivery is
 * handed to a consumer only after a conditional UPDATE has claimed it for this run.
 */
export async function drainOutbox(strapi: Core.Strapi, options: DrainOptions = {}): Promise<DrainResult> {
  const {
    now = () => new Date(),
    maxAttempts = 12,
    backoff = exponentialBackoff(),
    batchSize = 100,
    leaseMs = 300_000,
    handlerTimeoutMs = 60_000,
    signal,
  } = options;
  const knex = strapi.db.connection;
  const registry = consumerRegistry(knex);
  const names = options.consumers ? [...options.consumers] : [...registry.keys()];
  const unknown = names.filter((name) => !registry.has(name));
  if (unknown.length > 0) throw new OutboxError('OUTBOX_UNKNOWN_CONSUMER', `unknown consumers: ${unknown.join(', ')}`);

  const result: DrainResult = { delivered: 0, failed: 0, dead: 0 };
  if (names.length === 0) return result;
  const token = randomUUID();
  // Each delivery at most once per drain, even when a zero back-off makes it due again at once.
  const seen = new Set<string>();

  for (;;) {
    const due = (await selectDue(knex, { at: now(), consumers: names, limit: batchSize })).filter(
      (row) => !seen.has(`${row.outbox_id}/${row.consumer}`),
    );
    if (due.length === 0 || signal?.aborted) return result;
    for (const row of due) seen.add(`${row.outbox_id}/${row.consumer}`);
    for (const [name, rows] of groupByConsumer(due)) {
      if (signal?.aborted) return result;
      const consumer = registry.get(name);
      if (!consumer) continue;
      const settings = { consumer, token, now, maxAttempts, backoff, leaseMs, handlerTimeoutMs, strapi };
      if (consumer.handleBatch && rows.length > 1) {
        const delivered = await deliverBatch(knex, { ...settings, rows });
        if (delivered !== undefined) {
          result.delivered += delivered;
          continue;
        }
      }
      // One by one: consumers without handleBatch, and the events of a batch that failed.
      for (const row of rows) {
        if (signal?.aborted) return result;
        const outcome = await deliver(knex, { ...settings, row });
        if (outcome) result[outcome] += 1;
      }
    }
  }
}

function groupByConsumer(rows: DueRow[]): Map<string, DueRow[]> {
  const groups = new Map<string, DueRow[]>();
  for (const row of rows) groups.set(row.consumer, [...(groups.get(row.consumer) ?? []), row]);
  return groups;
}

function toEvent(row: DueRow): OutboxEvent {
  return {
    id: Number(row.outbox_id),
    topic: row.topic as OutboxTopic,
    uid: row.uid,
    documentId: row.document_id,
    locale: row.locale,
    payload: decodePayload(row.payload),
    createdAt: toDate(row.created_at),
    consumer: row.consumer,
    attempt: Number(row.attempts) + 1,
  };
}

/** Claims one delivery for this drain; false when another worker has it or it changed meanwhile. */
async function claim(knex: Knex, row: DueRow, { token, at, leaseMs }: { token: string; at: Date; leaseMs: number }) {
  // The claim repeats every condition of the selection (and the attempt count we read), so only
  // one of several workers that selected the same row gets `1` back.
  const claimed = await knex(deliveriesTable)
    .where({
      outbox_id: Number(row.outbox_id),
      consumer: row.consumer,
      status: 'pending',
      attempts: Number(row.attempts),
    })
    .where('next_attempt_at', '<=', at)
    .where((q) => q.whereNull('claimed_until').orWhere('claimed_until', '<', at))
    .update({ claimed_until: new Date(at.getTime() + leaseMs), claim_token: token });
  return Number(claimed) === 1;
}

/**
 * Hands the rows this drain can claim to `handleBatch` and marks them delivered. Returns how many
 * were delivered, or `undefined` when the batch failed: the claims are then released, nothing is
 * counted as an attempt, and the caller delivers each row alone.
 */
async function deliverBatch(
  knex: Knex,
  {
    rows,
    consumer,
    token,
    now,
    leaseMs,
    handlerTimeoutMs,
    strapi,
  }: Required<Pick<DeliveryOptions, 'leaseMs' | 'handlerTimeoutMs'>> & {
    rows: DueRow[];
    consumer: OutboxConsumer;
    token: string;
    now: () => Date;
    strapi: Core.Strapi;
  },
): Promise<number | undefined> {
  const at = now();
  const claimed: DueRow[] = [];
  for (const row of rows) if (await claim(knex, row, { token, at, leaseMs })) claimed.push(row);
  if (claimed.length === 0) return 0;
  const ids = claimed.map((row) => Number(row.outbox_id));
  const mine = () =>
    knex(deliveriesTable).whereIn('outbox_id', ids).where({ consumer: consumer.name, claim_token: token });
  try {
    await withTimeout(
      Promise.resolve().then(() => consumer.handleBatch!(claimed.map(toEvent))),
      handlerTimeoutMs,
    );
  } catch (error) {
    await knex(deliveriesTable).where(mine).update({ claimed_until: null, claim_token: null });
    strapi.log.warn(
      `Outbox batch of ${claimed.length} for ${consumer.name} failed, delivering one by one: ${describeError(error)}`,
    );
    return undefined;
  }
  const done = now();
  // Rows whose lease ran out mid-handler belong to another worker now and are not counted.
  const marked = await mine().update({
    status: 'delivered',
    attempts: knex.raw('?? + 1', ['attempts']),
    delivered_at: done,
    claimed_until: null,
    claim_token: null,
    last_error: null,
  });
  return Number(marked);
}

async function deliver(
  knex: Knex,
  {
    row,
    consumer,
    token,
    now,
    maxAttempts,
    backoff,
    leaseMs,
    handlerTimeoutMs,
    strapi,
  }: Required<Pick<DeliveryOptions, 'maxAttempts' | 'backoff' | 'leaseMs' | 'handlerTimeoutMs'>> & {
    row: DueRow;
    consumer: OutboxConsumer;
    token: string;
    now: () => Date;
    strapi: Core.Strapi;
  },
): Promise<keyof DrainResult | undefined> {
  const outboxId = Number(row.outbox_id);
  const attempts = Number(row.attempts);
  if (!(await claim(knex, row, { token, at: now(), leaseMs }))) return undefined;

  const mine = { outbox_id: outboxId, consumer: row.consumer, claim_token: token };
  const event = toEvent(row);
  try {
    await withTimeout(
      Promise.resolve().then(() => consumer.handle(event)),
      handlerTimeoutMs,
    );
  } catch (error) {
    const failedAttempts = attempts + 1;
    const done = now();
    const dead = failedAttempts >= maxAttempts;
    await knex(deliveriesTable)
      .where(mine)
      .update({
        status: dead ? 'dead' : 'pending',
        attempts: failedAttempts,
        next_attempt_at: dead ? done : new Date(done.getTime() + Math.max(0, backoff(failedAttempts))),
        claimed_until: null,
        claim_token: null,
        last_error: describeError(error),
      });
    const context = `outbox ${outboxId} (${row.topic} ${row.uid} ${row.document_id} ${row.locale}) → ${row.consumer}, attempt ${failedAttempts}`;
    if (dead)
      strapi.log.error(`Outbox delivery is dead after ${failedAttempts} attempts: ${context}: ${describeError(error)}`);
    else strapi.log.warn(`Outbox delivery failed, will retry: ${context}: ${describeError(error)}`);
    return dead ? 'dead' : 'failed';
  }
  const marked = await knex(deliveriesTable)
    .where(mine)
    .update({
      status: 'delivered',
      attempts: attempts + 1,
      delivered_at: now(),
      claimed_until: null,
      claim_token: null,
      last_error: null,
    });
  // Zero rows: our lease ran out mid-handler and another worker owns the delivery now.
  return Number(marked) === 1 ? 'delivered' : undefined;
}
