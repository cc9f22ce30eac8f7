import type { PollingWorker } from '../outbox/polling-worker';

// One registry per process, even if this module is loaded twice (compiled app and TypeScript tests).
const key = Symbol.for('disclosure-hub.release-workers');
const holder = globalThis as unknown as Record<symbol, Set<PollingWorker> | undefined>;

export const releaseWorkers = (): Set<PollingWorker> => (holder[key] ??= new Set());

/** Wakes the release workers of this process; called after a batch scheduled a release. */
export function kickReleaseWorker(): void {
  for (const worker of releaseWorkers()) worker.kick();
}
