import { workerGroup } from '../jobs';
import { drainOutbox, type DeliveryOptions } from './drain-outbox';

const outboxWorkers = workerGroup('Outbox worker');

/**
 * Starts delivering in this process: at once (events left by a crash), then every `intervalMs`, and
 * whenever `kickOutboxWorker()` is called after a commit; `stop()` lets the delivery in flight
 * finish. Several instances may run one each; the job queue's claim keeps them from delivering a
 * row twice.
 */
export const startOutboxWorker = outboxWorkers.starter<DeliveryOptions>({
  defaultIntervalMs: 1_000,
  pass: drainOutbox,
});

/**
 * `kickOutboxWorker()` wakes every worker of this process at once: call it after committing a
 * transaction that enqueued. `stopOutboxWorker()` stops them and waits for their deliveries in
 * flight (Strapi `destroy`).
 */
export const { kick: kickOutboxWorker, stop: stopOutboxWorker } = outboxWorkers;
