import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Core } from '@strapi/strapi';
import { exponentialBackoff, type Backoff, type PublicationTopic } from '../outbox';
import { activePortalChannels, type PortalChannel } from './portal-channels';
import { webhookRequest } from './webhook-request';
import type { WebhookItem } from './webhook-item';
import { toDate, webhookAttemptsTable, webhookDeliveriesTable, type Knex } from './webhook-tables';

/** How deliveries are attempted; shared by `drainWebhooks` and the worker. */
export interface WebhookDeliveryOptions {
  /** The clock (attempt times, back-off, signature timestamps); inject one in tests. */
  now?: () => Date;
  /** After this many failed attempts a delivery is dead (kept, with its attempts). Default 12. */
  maxAttempts?: number;
  /** Delay after a failure. Default: the outbox's `exponentialBackoff()` (1 s, 2 s, 4 s … 10 min). */
  backoff?: Backoff;
  /** A portal that has not answered by then counts as failed. Default 10 s. */
  timeoutMs?: number;
  /** Deliveries fetched per query. Default 100. */
  batchSize?: number;
  /** How long a claim keeps other workers away. Default `timeoutMs` + 60 s. */
  leaseMs?: number;
}

export interface DrainWebhooksOptions extends WebhookDeliveryOptions {
  /** Stops between two deliveries once aborted (the worker's `stop()`). */
  signal?: AbortSignal;
}

/** What one drain did, for logs and tests. */
export interface DrainWebhooksResult {
  delivered: number;
  failed: number;
  dead: number;
}

interface DueRow {
  id: number | string;
  channel_id: number | string;
  attempts: number | string;
  topic: string;
  item: string;
  occurred_at: unknown;
}

interface Settings {
  strapi: Core.Strapi;
  knex: Knex;
  token: string;
  now: () => Date;
  maxAttempts: number;
  backoff: Backoff;
  timeoutMs: number;
  leaseMs: number;
}

const maxErrorLength = 2_000;

function describeError(error: unknown): string {
  // Duck-typed rather than `instanceof Error`: fetch's errors may come from another realm (Jest).
  const { name, message, cause } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    message?: unknown;
    cause?: { code?: unknown; message?: unknown } | null;
  };
  if (typeof message !== 'string') return String(error).slice(0, maxErrorLength);
  // fetch() reports "fetch failed" and keeps the reason (ECONNREFUSED, a TLS error) in `cause`.
  const code = typeof cause?.code === 'string' ? ` [${cause.code}]` : '';
  const reason = typeof cause?.message === 'string' && cause.message ? `: ${cause.message}` : '';
  return `${String(name ?? 'Error')}: ${message}${code}${reason}`.slice(0, maxErrorLength);
}

/**
 * Pending, due, unclaimed, for an active channel, and not waiting behind an older pending delivery
 * of the same document to the same channel: a withdrawal must not overtake the publication it
 * withdraws while that one waits for its retry.
 */
function selectDue(knex: Knex, { at, channelIds, limit }: { at: Date; channelIds: number[]; limit: number }) {
  return knex({ d: webhookDeliveriesTable })
    .select('d.id', 'd.channel_id', 'd.attempts', 'd.topic', 'd.item', 'd.occurred_at')
    .where('d.status', 'pending')
    .where('d.next_attempt_at', '<=', at)
    .where((q) => q.whereNull('d.claimed_until').orWhere('d.claimed_until', '<', at))
    .whereIn('d.channel_id', channelIds)
    .whereNotExists((q) =>
      q
        .select(knex.raw('1'))
        .from({ e: webhookDeliveriesTable })
        .whereRaw('?? = ??', ['e.channel_id', 'd.channel_id'])
        .where('e.status', 'pending')
        .whereRaw('?? < ??', ['e.id', 'd.id'])
        .whereRaw('?? = ??', ['e.uid', 'd.uid'])
        .whereRaw('?? = ??', ['e.document_id', 'd.document_id'])
        .whereRaw('?? = ??', ['e.locale', 'd.locale']),
    )
    .orderBy('d.id')
    .limit(limit) as unknown as Promise<DueRow[]>;
}

/**
 * POSTs every webhook delivery that is due now, once each, and resolves. The worker calls it on
 * every poll; tests and scripts call it directly. Safe to run in several processes at once: a
 * delivery is sent only after a conditional UPDATE has claimed it for this run. Deliveries of an
 * inactive (or deleted) channel wait untouched; re-activating the channel resumes them.
 */
export async function drainWebhooks(
  strapi: Core.Strapi,
  options: DrainWebhooksOptions = {},
): Promise<DrainWebhooksResult> {
  const {
    now = () => new Date(),
    maxAttempts = 12,
    backoff = exponentialBackoff(),
    timeoutMs = 10_000,
    batchSize = 100,
    leaseMs = timeoutMs + 60_000,
    signal,
  } = options;
  const result: DrainWebhooksResult = { delivered: 0, failed: 0, dead: 0 };
  const channels = new Map((await activePortalChannels(strapi)).map((channel) => [Number(channel.id), channel]));
  if (channels.size === 0) return result;
  const knex = strapi.db.connection;
  const settings: Settings = { strapi, knex, token: randomUUID(), now, maxAttempts, backoff, timeoutMs, leaseMs };
  // Each delivery at most once per drain, even when a zero back-off makes it due again at once.
  const seen = new Set<number>();

  for (;;) {
    const due = (await selectDue(knex, { at: now(), channelIds: [...channels.keys()], limit: batchSize })).filter(
      (row) => !seen.has(Number(row.id)),
    );
    if (due.length === 0 || signal?.aborted) return result;
    for (const row of due) seen.add(Number(row.id));
    // Channels in parallel, so that one slow portal does not hold up the others; each channel's
    // deliveries one after the other.
    await Promise.all(
      [...groupByChannel(due)].map(async ([channelId, rows]) => {
        for (const row of rows) {
          if (signal?.aborted) return;
          const outcome = await deliver(row, channels.get(channelId)!, settings);
          if (outcome) result[outcome] += 1;
        }
      }),
    );
  }
}

function groupByChannel(rows: DueRow[]): Map<number, DueRow[]> {
  const groups = new Map<number, DueRow[]>();
  for (const row of rows) {
    const id = Number(row.channel_id);
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  return groups;
}

/** Claims one delivery for this drain; false when another worker has it or it changed meanwhile. */
async function claim(row: DueRow, { knex, token, now, leaseMs }: Settings): Promise<boolean> {
  const at = now();
  // The claim repeats every condition of the selection (and the attempt count we read), so only
  // one of several workers that selected the same row gets `1` back.
  const claimed = await knex(webhookDeliveriesTable)
    .where({ id: Number(row.id), status: 'pending', attempts: Number(row.attempts) })
    .where('next_attempt_at', '<=', at)
    .where((q) => q.whereNull('claimed_until').orWhere('claimed_until', '<', at))
    .update({ claimed_until: new Date(at.getTime() + leaseMs), claim_token: token });
  return Number(claimed) === 1;
}

interface Answer {
  statusCode: number | null;
  error: string | null;
}

/** One POST. Redirects are not followed: a portal that moved must update its channel. */
async function post(url: string, request: { headers: Record<string, string>; body: string }, timeoutMs: number) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer's content is not used; reading it to the end frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    return { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}` } satisfies Answer;
  } catch (error) {
    return { statusCode: null, error: describeError(error) } satisfies Answer;
  }
}

async function deliver(
  row: DueRow,
  channel: PortalChannel,
  settings: Settings,
): Promise<keyof DrainWebhooksResult | undefined> {
  const { strapi, knex, token, now, maxAttempts, backoff, timeoutMs } = settings;
  if (!(await claim(row, settings))) return undefined;
  const id = Number(row.id);
  const attempts = Number(row.attempts);
  const body = {
    id,
    event: row.topic as PublicationTopic,
    occurredAt: toDate(row.occurred_at).toISOString(),
    item: JSON.parse(row.item) as WebhookItem,
  };
  const attemptedAt = now();
  const started = performance.now();
  const { statusCode, error } = await post(
    channel.url,
    webhookRequest({ body, secret: channel.secret, at: attemptedAt }),
    timeoutMs,
  );
  const durationMs = Math.round(performance.now() - started);
  const done = now();
  // Logged first: should the process die before the update, the log still shows the attempt and
  // the lease running out brings the delivery back.
  await knex(webhookAttemptsTable).insert({
    delivery_id: id,
    attempted_at: attemptedAt,
    status_code: statusCode,
    duration_ms: durationMs,
    error,
  });
  const mine = { id, claim_token: token };
  if (error === null) {
    const marked = await knex(webhookDeliveriesTable)
      .where(mine)
      .update({
        status: 'delivered',
        attempts: attempts + 1,
        delivered_at: done,
        claimed_until: null,
        claim_token: null,
        last_status_code: statusCode,
        last_error: null,
      });
    // Zero rows: our lease ran out mid-request and another worker owns the delivery now.
    return Number(marked) === 1 ? 'delivered' : undefined;
  }
  const failedAttempts = attempts + 1;
  const dead = failedAttempts >= maxAttempts;
  await knex(webhookDeliveriesTable)
    .where(mine)
    .update({
      status: dead ? 'dead' : 'pending',
      attempts: failedAttempts,
      next_attempt_at: dead ? done : new Date(done.getTime() + Math.max(0, backoff(failedAttempts))),
      claimed_until: null,
      claim_token: null,
      last_status_code: statusCode,
      last_error: error,
    });
  const context = `webhook delivery ${id} (${row.topic}) → channel ${channel.id} (${channel.name}), attempt ${failedAttempts}: ${error}`;
  if (dead) strapi.log.error(`[disclosure-hub] ${context}; giving up after ${failedAttempts} attempts`);
  else strapi.log.warn(`[disclosure-hub] ${context}; will retry`);
  return dead ? 'dead' : 'failed';
}
