/** Delay in milliseconds before the next attempt, given how many attempts have failed (1, 2, …). */
export type Backoff = (failedAttempts: number) => number;

/**
 * 1 s, 2 s, 4 s … capped at 10 min by default. Jitter shortens each delay by up to `jitter` of
 * itself, so that deliveries failing together (a consumer down) do not come back in lockstep.
 */
export function exponentialBackoff({
  baseMs = 1_000,
  capMs = 600_000,
  jitter = 0.2,
  random = Math.random,
}: { baseMs?: number; capMs?: number; jitter?: number; random?: () => number } = {}): Backoff {
  return (failedAttempts) => {
    const delay = Math.min(capMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
    return Math.round(delay * (1 - jitter * random()));
  };
}
