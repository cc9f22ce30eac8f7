import type { Core } from '@strapi/strapi';
import { drainOutbox, type DeliveryOptions } from './drain-outbox';
import { runningWorkers } from './outbox-state';
import { startPollingWorker } from './polling-worker';

export interface OutboxWorkerOptions extends DeliveryOptions {
  /** Pause between two polls when nothing woke the worker. Default 1000 ms. */
  intervalMs?: number;
}

/** A polling worker; `stop()` lets the delivery in flight finish and resolves when it has. */
export interface OutboxWorker {
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Starts delivering in this process: at once (events left by a crash), then every `intervalMs`, and
 * whenever `kickOutboxWorker()` is called after a commit. Several instances may run one each; the
 * claim in `drainOutbox` keeps them from delivering a row twice.
 */
export function startOutboxWorker(strapi: Core.Strapi, options: OutboxWorkerOptions = {}): OutboxWorker {
  const { intervalMs = 1_000, ...delivery } = options;
  return startPollingWorker({
    pass: (signal) => drainOutbox(strapi, { ...delivery, signal }),
    intervalMs,
    onError: (error) =>
      strapi.log.error(`Outbox worker pass failed: ${error instanceof Error ? error.message : String(error)}`),
    workers: runningWorkers(),
  });
}

/** Wakes every worker of this process at once; call after committing a transaction that enqueued. */
export function kickOutboxWorker(): void {
  for (const worker of runningWorkers()) worker.kick();
}

/** Stops every worker of this process and waits for their deliveries in flight (Strapi `destroy`). */
export async function stopOutboxWorker(): Promise<void> {
  await Promise.all([...runningWorkers()].map((worker) => worker.stop()));
}
