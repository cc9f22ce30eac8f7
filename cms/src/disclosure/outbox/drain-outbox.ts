import type { Core } from '@strapi/strapi';
import { describeError, toDate, workDueJobs } from '../jobs';
import type { DeliveryCounts, HeldJobs, JobOptions, JobRow, PollingOptions } from '../jobs';
import { OutboxError } from './outbox-error';
import { consumerRegistry } from './outbox-state';
import { outboxDeliveryJobs, outboxTable, type Knex } from './outbox-tables';
import type { OutboxConsumer, OutboxEvent } from './register-outbox-consumer';
import type { OutboxTopic } from './outbox-topics';

/**
 * How deliveries are attempted; shared by `drainOutbox` and the worker. `leaseMs` defaults to 5 min
 * and must exceed `handlerTimeoutMs`.
 */
export interface DeliveryOptions extends JobOptions {
  /** Deliveries handed to a consumer's `handleBatch` at once. Default 100. */
  batchSize?: number;
  /** A handler that has not settled by then counts as failed. Default 60 s. */
  handlerTimeoutMs?: number;
}

/** What `startOutboxWorker` accepts; `intervalMs` defaults to 1000 ms. */
export interface OutboxWorkerOptions extends DeliveryOptions, PollingOptions {}

export interface DrainOptions extends DeliveryOptions {
  /** Only these consumers (all registered consumers by default). */
  consumers?: readonly string[];
  /** Stops between two deliveries once aborted (the worker's `stop()`). */
  signal?: AbortSignal;
}

export type DrainResult = DeliveryCounts;

interface Lane {
  strapi: Core.Strapi;
  consumer: OutboxConsumer;
  held: HeldJobs;
  now: () => Date;
  handlerTimeoutMs: number;
  result: DrainResult;
}

function decodePayload(value: unknown): Record<string, unknown> {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

async function withTimeout(work: () => Promise<void> | void, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`handler did not settle within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    await Promise.race([Promise.resolve().then(work), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Delivers every delivery that is due now, at most once each, and resolves. The worker calls it on
 * every poll; tests and scripts call it directly. Consumers are served side by side, so a slow one
 * holds up no other; each consumer's deliveries one claim after the other. Safe to run in several
 * processes at once: a delivery is handed to a consumer only once the job queue has claimed it.
 */
export async function drainOutbox(strapi: Core.Strapi, options: DrainOptions = {}): Promise<DrainResult> {
  const { now = () => new Date(), batchSize = 100, leaseMs = 300_000, handlerTimeoutMs = 60_000, signal } = options;
  const knex = strapi.db.connection;
  const registry = consumerRegistry(knex);
  const names = options.consumers ? [...options.consumers] : [...registry.keys()];
  const unknown = names.filter((name) => !registry.has(name));
  if (unknown.length > 0) throw new OutboxError('OUTBOX_UNKNOWN_CONSUMER', `unknown consumers: ${unknown.join(', ')}`);

  const result: DrainResult = { delivered: 0, failed: 0, dead: 0 };
  const consumers = names.flatMap((name) => registry.get(name) ?? []);
  await Promise.all(
    consumers.map((consumer) =>
      workDueJobs({
        ...options,
        knex,
        table: outboxDeliveryJobs,
        scope: { consumer: consumer.name },
        limit: consumer.handleBatch ? batchSize : 1,
        leaseMs,
        now,
        work: async (deliveries, held) => {
          const lane: Lane = { strapi, consumer, held, now, handlerTimeoutMs, result };
          const events = await eventsOf(knex, deliveries);
          if (events.length > 1 && (await deliverBatch(lane, events))) return;
          // One by one: consumers without handleBatch, and the events of a batch that failed.
          for (const event of events) {
            if (signal?.aborted) return;
            // After a failed batch, the batch handler has used up part of the lease: renew it first.
            if (events.length > 1 && (await held.renew([event.delivery])) === 0) continue;
            const outcome = await deliver(lane, event);
            if (outcome) result[outcome] += 1;
          }
        },
      }),
    ),
  );
  return result;
}

interface ClaimedEvent {
  event: OutboxEvent;
  delivery: JobRow;
}

/** The outbox events of claimed deliveries, in the order the deliveries were claimed. */
async function eventsOf(knex: Knex, deliveries: JobRow[]): Promise<ClaimedEvent[]> {
  const rows = (await knex(outboxTable).whereIn(
    'id',
    deliveries.map((delivery) => Number(delivery.outbox_id)),
  )) as Record<string, unknown>[];
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  return deliveries.flatMap((delivery) => {
    const row = byId.get(Number(delivery.outbox_id));
    if (!row) return [];
    const event: OutboxEvent = {
      id: Number(row.id),
      topic: row.topic as OutboxTopic,
      uid: String(row.uid),
      documentId: String(row.document_id),
      locale: String(row.locale),
      payload: decodePayload(row.payload),
      createdAt: toDate(row.created_at),
      consumer: String(delivery.consumer),
      attempt: Number(delivery.attempts) + 1,
    };
    return [{ event, delivery }];
  });
}

/**
 * Hands claimed events of distinct documents to `handleBatch` and marks them delivered. @returns
 * false when the consumer has no `handleBatch` or the batch failed: no attempt is counted then,
 * and the caller delivers each event alone.
 */
async function deliverBatch(
  { strapi, consumer, held, now, handlerTimeoutMs, result }: Lane,
  events: ClaimedEvent[],
): Promise<boolean> {
  const { handleBatch } = consumer;
  if (!handleBatch) return false;
  try {
    await withTimeout(() => handleBatch(events.map(({ event }) => event)), handlerTimeoutMs);
  } catch (error) {
    strapi.log.warn(
      `Outbox batch of ${events.length} for ${consumer.name} failed, delivering one by one: ${describeError(error)}`,
    );
    return false;
  }
  // Deliveries whose lease ran out mid-handler belong to another worker now and are not counted.
  result.delivered += await held.complete(
    events.map(({ delivery }) => delivery),
    { delivered_at: now() },
  );
  return true;
}

async function deliver(
  { strapi, consumer, held, now, handlerTimeoutMs }: Lane,
  { event, delivery }: ClaimedEvent,
): Promise<keyof DrainResult | undefined> {
  try {
    await withTimeout(() => consumer.handle(event), handlerTimeoutMs);
  } catch (error) {
    const outcome = await held.fail(delivery, describeError(error));
    const context = `outbox ${event.id} (${event.topic} ${event.uid} ${event.documentId} ${event.locale}) → ${consumer.name}, attempt ${event.attempt}`;
    if (outcome === 'dead')
      strapi.log.error(`Outbox delivery is dead after ${event.attempt} attempts: ${context}: ${describeError(error)}`);
    else if (outcome === 'failed')
      strapi.log.warn(`Outbox delivery failed, will retry: ${context}: ${describeError(error)}`);
    return outcome;
  }
  // Zero rows: our lease ran out mid-handler and another worker owns the delivery now.
  return (await held.complete([delivery], { delivered_at: now() })) === 1 ? 'delivered' : undefined;
}
