import { randomUUID } from 'node:crypto';
import { claimDueJobs } from './claim-due-jobs';
import { heldJobs, type HeldJobs } from './held-jobs';
import { exponentialBackoff } from './exponential-backoff';
import type { JobOptions } from './job-options';
import { jobKey, type JobRow, type JobTable, type Knex } from './job-table';

export interface WorkDueJobsInput extends JobOptions {
  knex: Knex;
  table: JobTable;
  /** Only jobs whose columns hold these values (one consumer, one channel). */
  scope?: Readonly<Record<string, string | number>>;
  /**
   * Jobs claimed at once. Default 1: a job stays unclaimed until this worker is ready for it, so
   * another worker may take it meanwhile. More only for handlers that take a batch at once.
   */
  limit?: number;
  /** How long a claim keeps other workers away; must exceed the time one claim takes to work. */
  leaseMs: number;
  /** Stops between two claims once aborted (a worker's `stop()`). */
  signal?: AbortSignal;
  /**
   * Works the claimed jobs (oldest due first) and settles each through `held`. A job left unsettled
   * (the work was aborted, or threw) is given back untouched.
   */
  work(jobs: JobRow[], held: HeldJobs): Promise<void>;
}

/**
 * Claims and works due jobs until none is left, each job at most once per call: a job that is due
 * again at once (a zero back-off) is given back and ends the call, so a failing job never spins,
 * and waits for the next one. Safe to run in several workers and processes at once.
 */
export async function workDueJobs(input: WorkDueJobsInput): Promise<void> {
  const {
    knex,
    table,
    scope,
    limit = 1,
    leaseMs,
    now = () => new Date(),
    maxAttempts = 12,
    backoff = exponentialBackoff(),
    signal,
    work,
  } = input;
  const token = randomUUID();
  const held = heldJobs({ knex, table, token, now, leaseMs, retry: { maxAttempts, backoff } });
  const seen = new Set<string>();
  for (;;) {
    if (signal?.aborted) return;
    const claimed = await claimDueJobs({ knex, table, scope, limit, at: now(), leaseMs, token });
    const again = claimed.filter((job) => seen.has(jobKey(table, job)));
    const fresh = claimed.filter((job) => !seen.has(jobKey(table, job)));
    await held.release(again);
    if (fresh.length === 0) return;
    for (const job of fresh) seen.add(jobKey(table, job));
    try {
      await work(fresh, held);
    } finally {
      await held.release(fresh.filter((job) => !held.settled(job)));
    }
  }
}
