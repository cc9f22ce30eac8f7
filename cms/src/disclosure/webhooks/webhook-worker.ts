import type { Core } from '@strapi/strapi';
import { drainWebhooks, type WebhookDeliveryOptions } from './drain-webhooks';
import { startPollingWorker } from '../outbox/polling-worker';
import { runningWebhookWorkers } from './webhook-state';

export interface WebhookWorkerOptions extends WebhookDeliveryOptions {
  /** Pause between two polls when nothing woke the worker. Default 1000 ms. */
  intervalMs?: number;
}

/** A polling worker; `stop()` lets the drain in flight finish and resolves when it has. */
export interface WebhookWorker {
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Starts sending in this process: at once (deliveries left by a crash), then every `intervalMs`,
 * and whenever the fan-out kicks it. Several instances may run one each; the claim in
 * `drainWebhooks` keeps them from sending a delivery twice.
 */
export function startWebhookWorker(strapi: Core.Strapi, options: WebhookWorkerOptions = {}): WebhookWorker {
  const { intervalMs = 1_000, ...delivery } = options;
  return startPollingWorker({
    pass: (signal) => drainWebhooks(strapi, { ...delivery, signal }),
    intervalMs,
    onError: (error) =>
      strapi.log.error(`Webhook worker pass failed: ${error instanceof Error ? error.message : String(error)}`),
    workers: runningWebhookWorkers(),
  });
}

/** Wakes every webhook worker of this process at once; the fan-out calls it after inserting. */
export function kickWebhookWorker(): void {
  for (const worker of runningWebhookWorkers()) worker.kick();
}

/** Stops every webhook worker of this process and waits for the sends in flight (Strapi `destroy`). */
export async function stopWebhookWorker(): Promise<void> {
  await Promise.all([...runningWebhookWorkers()].map((worker) => worker.stop()));
}
