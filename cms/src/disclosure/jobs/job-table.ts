import type { Core } from '@strapi/strapi';
import type { Backoff } from './exponential-backoff';

/** The knex instance Strapi hands out (`strapi.db.connection`). */
export type Knex = Core.Strapi['db']['connection'];

/** One row of a job table, as the database returns it. */
export type JobRow = Record<string, unknown>;

/**
 * How a table records that a worker holds one of its jobs.
 * - `columns`: a held job keeps its ready status; `until` says when the lease runs out and `token`
 *   which worker holds it, so a worker whose lease ran out cannot settle a job another one took.
 * - `status`: a held job carries a status of its own, stamped with the time in `since`. The holder
 *   is not recorded: the status alone proves the hold, and a job still held after `leaseMs` is
 *   taken again. For tables that show the hold to people (a release "processing").
 */
export type JobLease =
  | { kind: 'columns'; until: string; token: string }
  | { kind: 'status'; status: string; since: string };

/**
 * Jobs with equal values in `columns` run one after another, in `order`: a later job waits while an
 * earlier one is unfinished (a dead job no longer holds the others back). `through` adds columns
 * of another table, joined on `through.table.id = jobs.foreignKey` (the outbox event of a delivery).
 */
export interface JobSequence {
  columns: readonly string[];
  through?: { table: string; id: string; foreignKey: string; columns: readonly string[] };
}

/**
 * A table of our own used as a job queue: which columns hold what. Besides those named here, every
 * job table has a `status`, an integer `attempts` and a text `last_error` column. The queue never
 * creates or changes a table; each keeps the shape its owner gave it.
 */
export interface JobTable {
  name: string;
  /** The columns that identify one job. */
  key: readonly string[];
  /** Grows with every new job (an id): orders a sequence and breaks ties between equal due times. */
  order: string;
  /** The values of `status` the queue reads and writes. */
  statuses: { ready: string; done: string; dead: string };
  /** When the job is due: its first attempt, then the retry after a failure. */
  dueAt: string;
  /** Whether `attempts` counts every attempt, or (false) the failed ones only. */
  countsSuccess: boolean;
  lease: JobLease;
  /** `timestamp` columns take dates; `isoText` columns hold UTC ISO strings, compared as text. */
  time: 'timestamp' | 'isoText';
  sequence?: JobSequence;
}

/**
 * What the outbox and webhook delivery tables share: `pending` → `delivered` | `dead`,
 * `next_attempt_at`, every attempt counted, a lease in `claimed_until` / `claim_token`.
 */
export const deliveryTableColumns = {
  statuses: { ready: 'pending', done: 'delivered', dead: 'dead' },
  dueAt: 'next_attempt_at',
  countsSuccess: true,
  lease: { kind: 'columns', until: 'claimed_until', token: 'claim_token' },
  time: 'timestamp',
} as const satisfies Partial<JobTable>;

/** How failures are retried. */
export interface RetryPolicy {
  /** After this many failed attempts a job is dead: kept, with its last error, until revived. */
  maxAttempts: number;
  /** Delay before the next attempt, given how many attempts have failed. */
  backoff: Backoff;
}

/** The value a time column of `table` stores for `at`. */
export function timeValue(table: JobTable, at: Date): Date | string {
  return table.time === 'isoText' ? at.toISOString() : at;
}

/** A stable text key of a job, for sets and maps. */
export function jobKey(table: JobTable, job: JobRow): string {
  return JSON.stringify(table.key.map((column) => String(job[column])));
}
