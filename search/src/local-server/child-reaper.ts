import type { ChildProcess } from 'node:child_process';

/**
 * Kills our Meilisearch children when this Node process goes away, so no server outlives its parent.
 *
 * - Normal exit and `process.exit()`: the `'exit'` handler sends SIGTERM (only synchronous work is
 *   possible there; the child finishes its own graceful shutdown after we are gone).
 * - SIGINT / SIGTERM / SIGHUP with no other handler: Node would die without emitting `'exit'`, so we
 *   signal the children, remove our handler and re-raise the signal to keep Node's default behaviour.
 *   If the application has its own handler (Strapi does), it owns the shutdown and will end with
 *   `process.exit()`, which reaches the `'exit'` handler.
 * - SIGKILL of the parent cannot be intercepted: the child is then orphaned. `startLocalMeilisearch`
 *   reaps such an orphan on the next start with the same data directory (see `stale-server.ts`).
 *
 * Handlers are installed only while at least one child is alive.
 */
const liveChildren = new Set<ChildProcess>();
const forwardedSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type ForwardedSignal = (typeof forwardedSignals)[number];

function terminateAll(): void {
  for (const child of liveChildren) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

function onExit(): void {
  terminateAll();
}

const signalHandlers = new Map<ForwardedSignal, () => void>(
  forwardedSignals.map((signal) => [
    signal,
    () => {
      if (process.listenerCount(signal) > 1) return;
      terminateAll();
      uninstall();
      process.kill(process.pid, signal);
    },
  ]),
);

function install(): void {
  process.on('exit', onExit);
  for (const [signal, handler] of signalHandlers) process.on(signal, handler);
}

function uninstall(): void {
  process.off('exit', onExit);
  for (const [signal, handler] of signalHandlers) process.off(signal, handler);
}

export function registerChild(child: ChildProcess): void {
  if (liveChildren.size === 0) install();
  liveChildren.add(child);
}

export function unregisterChild(child: ChildProcess): void {
  if (!liveChildren.delete(child)) return;
  if (liveChildren.size === 0) uninstall();
}
