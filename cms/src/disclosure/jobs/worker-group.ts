import type { Core } from '@strapi/strapi';
import { startPollingWorker, type PollingWorker } from './polling-worker';

/** What every worker's start function accepts besides its pass's own options. */
export interface PollingOptions {
  /** Pause between two polls when nothing woke the worker. */
  intervalMs?: number;
}

/** The running workers of one kind in this process: started, woken and stopped together. */
export interface WorkerGroup {
  /**
   * Makes the start function of the group's workers. A worker runs `pass` at once, then every
   * `intervalMs` (`defaultIntervalMs` unless the caller says) and whenever the group is kicked;
   * passes never overlap, and a failed pass is logged and the polling goes on.
   */
  starter<Options extends object>(input: {
    defaultIntervalMs: number;
    pass: (strapi: Core.Strapi, options: Options & { signal: AbortSignal }) => Promise<unknown>;
  }): (strapi: Core.Strapi, options?: Options & PollingOptions) => PollingWorker;
  /** Wakes every worker of the group at once (after a commit that made work for them). */
  kick(): void;
  /** Stops every worker of the group and waits for the passes in flight (Strapi `destroy`). */
  stop(): Promise<void>;
}

/**
 * The group named `name` ("Outbox worker", as failed passes are logged). Its workers live on
 * `globalThis` under a registered symbol, not in a module variable: Strapi runs the compiled app
 * from `dist/` while tests and scripts load `src/`, and both copies must reach the same workers.
 */
export function workerGroup(name: string): WorkerGroup {
  const key = Symbol.for(`disclosure-hub.workers.${name}`);
  const workers = (): Set<PollingWorker> => {
    const holder = globalThis as unknown as Record<symbol, Set<PollingWorker> | undefined>;
    return (holder[key] ??= new Set());
  };
  return {
    starter:
      ({ defaultIntervalMs, pass }) =>
      (strapi, options) => {
        const { intervalMs = defaultIntervalMs, ...rest } = options ?? {};
        return startPollingWorker({
          pass: (signal) => pass(strapi, { ...(rest as typeof options & object), signal }),
          intervalMs,
          onError: (error) =>
            strapi.log.error(`${name} pass failed: ${error instanceof Error ? error.message : String(error)}`),
          workers: workers(),
        });
      },
    kick() {
      for (const worker of workers()) worker.kick();
    },
    async stop() {
      await Promise.all([...workers()].map((worker) => worker.stop()));
    },
  };
}
