/** A running worker, as the module-level `kickWebhookWorker` / `stopWebhookWorker` see it. */
export interface RunningWebhookWorker {
  kick(): void;
  stop(): Promise<void>;
}

const stateKey = Symbol.for('disclosure-hub.webhooks.workers');

/**
 * On `globalThis` under a registered symbol, like the outbox state: Strapi runs the compiled app
 * from `dist/` while tests and scripts load `src/`, and both copies must reach the same workers.
 */
export function runningWebhookWorkers(): Set<RunningWebhookWorker> {
  const holder = globalThis as { [stateKey]?: Set<RunningWebhookWorker> };
  holder[stateKey] ??= new Set();
  return holder[stateKey];
}
