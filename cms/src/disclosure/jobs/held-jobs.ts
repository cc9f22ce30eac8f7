import { leaseRules } from './job-lease';
import { jobKey, timeValue, type JobRow, type JobTable, type Knex, type RetryPolicy } from './job-table';

/** Further columns to write with an outcome (a delivery time, a status code, a release's document). */
export type JobValues = Record<string, unknown>;

/**
 * What the holder of a claim may do with its jobs. Every write is conditional on the hold: a worker
 * whose lease ran out mid-job (and whose job another worker has taken since) changes nothing.
 */
export interface HeldJobs {
  /** Marks jobs done. @returns how many were still held */
  complete(jobs: readonly JobRow[], values?: JobValues): Promise<number>;
  /**
   * Records a failed attempt: the job is due again after the back-off, or dead once it has failed
   * `maxAttempts` times. @returns the outcome, or undefined when the job was no longer held
   */
  fail(job: JobRow, reason: string, values?: JobValues): Promise<'failed' | 'dead' | undefined>;
  /** Extends the lease from now. @returns how many were still held */
  renew(jobs: readonly JobRow[]): Promise<number>;
  /** Gives jobs back untouched: no attempt is counted and they are due as before. */
  release(jobs: readonly JobRow[]): Promise<void>;
  /** Whether `complete`, `fail` or `release` has settled the job. */
  settled(job: JobRow): boolean;
}

const maxErrorLength = 2_000;

export function heldJobs({
  knex,
  table,
  token,
  now,
  leaseMs,
  retry,
}: {
  knex: Knex;
  table: JobTable;
  token: string;
  now: () => Date;
  leaseMs: number;
  retry: RetryPolicy;
}): HeldJobs {
  const rules = leaseRules(table);
  const settledKeys = new Set<string>();
  const mine = (jobs: readonly JobRow[]) => {
    const query = knex(table.name);
    if (table.key.length === 1) {
      const [column] = table.key as [string];
      query.whereIn(
        column,
        jobs.map((job) => job[column] as string | number),
      );
    } else {
      query.whereIn(
        [...table.key],
        jobs.map((job) => table.key.map((column) => job[column] as string | number)),
      );
    }
    rules.held(query, token);
    return query;
  };
  const settle = (jobs: readonly JobRow[]) => {
    for (const job of jobs) settledKeys.add(jobKey(table, job));
  };
  const { statuses } = table;

  return {
    async complete(jobs, values = {}) {
      if (jobs.length === 0) return 0;
      settle(jobs);
      const updated = await mine(jobs).update({
        ...rules.give(),
        status: statuses.done,
        ...(table.countsSuccess ? { attempts: knex.raw('?? + 1', ['attempts']) } : {}),
        last_error: null,
        ...values,
      });
      return Number(updated);
    },

    async fail(job, reason, values = {}) {
      settle([job]);
      const failedAttempts = Number(job.attempts) + 1;
      const dead = failedAttempts >= retry.maxAttempts;
      const at = now();
      const due = dead ? at : new Date(at.getTime() + Math.max(0, retry.backoff(failedAttempts)));
      const updated = await mine([job]).update({
        ...rules.give(),
        status: dead ? statuses.dead : statuses.ready,
        attempts: failedAttempts,
        [table.dueAt]: timeValue(table, due),
        last_error: reason.slice(0, maxErrorLength),
        ...values,
      });
      if (Number(updated) !== 1) return undefined;
      return dead ? 'dead' : 'failed';
    },

    async renew(jobs) {
      if (jobs.length === 0) return 0;
      return Number(await mine(jobs).update(rules.renew({ at: now(), leaseMs })));
    },

    async release(jobs) {
      if (jobs.length === 0) return;
      settle(jobs);
      await mine(jobs).update(rules.give());
    },

    settled: (job) => settledKeys.has(jobKey(table, job)),
  };
}
