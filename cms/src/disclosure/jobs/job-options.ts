import type { Backoff } from './exponential-backoff';

/** What every drain of a job table accepts: the clock, how failures are retried, how long a claim holds. */
export interface JobOptions {
  /** The clock (due times, leases, back-off); inject one in tests. */
  now?: () => Date;
  /** After this many failed attempts a job is dead (kept, with its last error). Default 12. */
  maxAttempts?: number;
  /** Delay after a failure. Default: `exponentialBackoff()` (1 s, 2 s, 4 s … 10 min, jittered). */
  backoff?: Backoff;
  /** How long a claim keeps other workers away; must exceed the time one attempt may take. */
  leaseMs?: number;
}

/** What one drain did, for logs and tests. */
export interface DeliveryCounts {
  delivered: number;
  failed: number;
  dead: number;
}
