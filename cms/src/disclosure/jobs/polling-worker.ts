/** A polling worker; `stop()` lets the pass in flight finish and resolves when it has. */
export interface PollingWorker {
  kick(): void;
  stop(): Promise<void>;
}

/**
 * Runs `pass` at once, then every `intervalMs`, and again at once whenever `kick()` is called (a
 * kick during a pass runs one more pass right after it). Passes never overlap; a failed pass is
 * reported to `onError` and the polling goes on. Timers never keep the process alive. `workers`
 * holds the running workers so module-level kick/stop functions reach them; `stop` removes it.
 */
export function startPollingWorker({
  pass,
  intervalMs,
  onError,
  workers,
}: {
  pass: (signal: AbortSignal) => Promise<unknown>;
  intervalMs: number;
  onError: (error: unknown) => void;
  workers: Set<PollingWorker>;
}): PollingWorker {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let again = false;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref();
  };

  function run(): void {
    timer = undefined;
    if (abort.signal.aborted) return;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = pass(abort.signal)
      .then(() => undefined, onError)
      .finally(() => {
        inFlight = undefined;
        if (abort.signal.aborted) return;
        const next = again ? 0 : intervalMs;
        again = false;
        schedule(next);
      });
  }

  const worker: PollingWorker = {
    kick() {
      if (abort.signal.aborted) return;
      if (inFlight) again = true;
      else schedule(0);
    },
    async stop() {
      abort.abort();
      clearTimeout(timer);
      workers.delete(worker);
      await inFlight;
    },
  };
  workers.add(worker);
  schedule(0);
  return worker;
}
