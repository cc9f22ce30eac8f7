import { workerGroup } from '../jobs';
import { drainWebhooks, type WebhookDeliveryOptions } from './drain-webhooks';

const webhookWorkers = workerGroup('Webhook worker');

/**
 * Starts sending in this process: at once (deliveries left by a crash), then every `intervalMs`,
 * and whenever the fan-out kicks it; `stop()` lets the drain in flight finish. Several instances
 * may run one each; the job queue's claim keeps them from sending a delivery twice.
 */
export const startWebhookWorker = webhookWorkers.starter<WebhookDeliveryOptions>({
  defaultIntervalMs: 1_000,
  pass: drainWebhooks,
});

/**
 * `kickWebhookWorker()` wakes every webhook worker of this process at once (the fan-out calls it
 * after inserting); `stopWebhookWorker()` stops them and waits for the sends in flight.
 */
export const { kick: kickWebhookWorker, stop: stopWebhookWorker } = webhookWorkers;
