import { performance } from 'node:perf_hooks';
import type { Core } from '@strapi/strapi';
import { describeError, toDate, workDueJobs } from '../jobs';
import type { DeliveryCounts, HeldJobs, JobOptions, JobRow, PollingOptions } from '../jobs';
import type { PublicationTopic } from '../outbox';
import { activePortalChannels, type PortalChannel } from './portal-channels';
import { webhookRequest } from './webhook-request';
import type { WebhookItem } from './webhook-item';
import { webhookAttemptsTable, webhookDeliveryJobs } from './webhook-tables';

/** How deliveries are attempted; shared by `drainWebhooks` and the worker. `leaseMs` defaults to `timeoutMs` + 60 s. */
export interface WebhookDeliveryOptions extends JobOptions {
  /** A portal that has not answered by then counts as failed. Default 10 s. */
  timeoutMs?: number;
  /**
   * @deprecated Ignored: each channel claims one delivery at a time, so that another process may
   * send the next one meanwhile.
   */
  batchSize?: number;
}

/** What `startWebhookWorker` accepts; `intervalMs` defaults to 1000 ms. */
export interface WebhookWorkerOptions extends WebhookDeliveryOptions, PollingOptions {}

export interface DrainWebhooksOptions extends WebhookDeliveryOptions {
  /** Stops between two deliveries once aborted (the worker's `stop()`). */
  signal?: AbortSignal;
}

export type DrainWebhooksResult = DeliveryCounts;

/** Where and how one channel's deliveries are sent. */
interface Sender {
  strapi: Core.Strapi;
  channel: PortalChannel;
  now: () => Date;
  timeoutMs: number;
}

/**
 * POSTs every webhook delivery that is due now, at most once each, and resolves. The worker calls
 * it on every poll; tests and scripts call it directly. Channels are served side by side, so one
 * slow portal does not hold up the others; a channel's deliveries one claim after the other, and
 * a document's events in order. Safe to run in several processes at once: a delivery is sent only
 * once the job queue has claimed it. Deliveries of an inactive (or deleted) channel wait
 * untouched; re-activating the channel resumes them.
 */
export async function drainWebhooks(
  strapi: Core.Strapi,
  options: DrainWebhooksOptions = {},
): Promise<DrainWebhooksResult> {
  const { now = () => new Date(), timeoutMs = 10_000, leaseMs = timeoutMs + 60_000 } = options;
  const result: DrainWebhooksResult = { delivered: 0, failed: 0, dead: 0 };
  const channels = await activePortalChannels(strapi);
  await Promise.all(
    channels.map((channel) =>
      workDueJobs({
        ...options,
        knex: strapi.db.connection,
        table: webhookDeliveryJobs,
        scope: { channel_id: Number(channel.id) },
        leaseMs,
        now,
        work: async (deliveries, held) => {
          const sender: Sender = { strapi, channel, now, timeoutMs };
          for (const delivery of deliveries) {
            const answer = await send(delivery, sender);
            const outcome = await settle(held, { delivery, answer, sender });
            if (outcome) result[outcome] += 1;
          }
        },
      }),
    ),
  );
  return result;
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

/** Sends one attempt and logs it in the attempts table. */
async function send(delivery: JobRow, { strapi, channel, now, timeoutMs }: Sender): Promise<Answer> {
  const id = Number(delivery.id);
  const body = {
    id,
    event: delivery.topic as PublicationTopic,
    occurredAt: toDate(delivery.occurred_at).toISOString(),
    item: JSON.parse(String(delivery.item)) as WebhookItem,
  };
  const attemptedAt = now();
  const started = performance.now();
  const answer = await post(channel.url, webhookRequest({ body, secret: channel.secret, at: attemptedAt }), timeoutMs);
  // Logged first: should the process die before the outcome is written, the log still shows the
  // attempt and the lease running out brings the delivery back.
  await strapi.db.connection(webhookAttemptsTable).insert({
    delivery_id: id,
    attempted_at: attemptedAt,
    status_code: answer.statusCode,
    duration_ms: Math.round(performance.now() - started),
    error: answer.error,
  });
  return answer;
}

/** Records the outcome of an attempt: delivered, or failed and retried later, or dead. */
async function settle(
  held: HeldJobs,
  {
    delivery,
    answer: { statusCode, error },
    sender: { strapi, channel, now },
  }: { delivery: JobRow; answer: Answer; sender: Sender },
): Promise<keyof DrainWebhooksResult | undefined> {
  if (error === null) {
    const marked = await held.complete([delivery], { delivered_at: now(), last_status_code: statusCode });
    // Zero rows: our lease ran out mid-request and another worker owns the delivery now.
    return marked === 1 ? 'delivered' : undefined;
  }
  const outcome = await held.fail(delivery, error, { last_status_code: statusCode });
  const attempt = Number(delivery.attempts) + 1;
  const context = `webhook delivery ${String(delivery.id)} (${String(delivery.topic)}) → channel ${channel.id} (${channel.name}), attempt ${attempt}: ${error}`;
  if (outcome === 'dead') strapi.log.error(`[disclosure-hub] ${context}; giving up after ${attempt} attempts`);
  else if (outcome === 'failed') strapi.log.warn(`[disclosure-hub] ${context}; will retry`);
  return outcome;
}
