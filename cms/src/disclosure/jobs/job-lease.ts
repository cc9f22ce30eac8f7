import { timeValue, type JobTable, type Knex } from './job-table';

/** A query being built (`knex(table)…`). */
export type Where = ReturnType<Knex['queryBuilder']>;

/** What a table's lease means in SQL: which jobs are free to claim, and the values that take and give it. */
export interface LeaseRules {
  /** Narrows `query` to jobs that may be claimed at `at`; `column` names a column of the job row. */
  claimable(query: Where, input: { at: Date; leaseMs: number; column: (name: string) => string }): void;
  take(input: { at: Date; leaseMs: number; token: string }): Record<string, unknown>;
  /** Narrows `query` to the jobs the holder of `token` still holds. */
  held(query: Where, token: string): void;
  /** Values that extend the hold from `at`. */
  renew(input: { at: Date; leaseMs: number }): Record<string, unknown>;
  /** Values that end the hold (written with every outcome, and when a job is given back untouched). */
  give(): Record<string, unknown>;
  /** Statuses of a job that is not finished yet: such a job holds back the later jobs of its sequence. */
  unfinished: string[];
}

export function leaseRules(table: JobTable): LeaseRules {
  const { lease, statuses, dueAt } = table;
  const time = (at: Date) => timeValue(table, at);
  if (lease.kind === 'columns') {
    return {
      claimable(query, { at, column }) {
        query
          .where(column('status'), statuses.ready)
          .where(column(dueAt), '<=', time(at))
          // A lease, not a lock: a worker that dies mid-job frees the row when its lease runs out.
          .where((q) => q.whereNull(column(lease.until)).orWhere(column(lease.until), '<', time(at)));
      },
      take: ({ at, leaseMs, token }) => ({
        [lease.until]: time(new Date(at.getTime() + leaseMs)),
        [lease.token]: token,
      }),
      held: (query, token) => void query.where(lease.token, token),
      renew: ({ at, leaseMs }) => ({ [lease.until]: time(new Date(at.getTime() + leaseMs)) }),
      give: () => ({ [lease.until]: null, [lease.token]: null }),
      unfinished: [statuses.ready],
    };
  }
  return {
    claimable(query, { at, leaseMs, column }) {
      query.where((q) =>
        q
          .where((ready) => ready.where(column('status'), statuses.ready).where(column(dueAt), '<=', time(at)))
          .orWhere((stale) =>
            stale
              .where(column('status'), lease.status)
              .where(column(lease.since), '<', time(new Date(at.getTime() - leaseMs))),
          ),
      );
    },
    take: ({ at }) => ({ status: lease.status, [lease.since]: time(at) }),
    held: (query) => void query.where('status', lease.status),
    renew: ({ at }) => ({ [lease.since]: time(at) }),
    give: () => ({ status: statuses.ready }),
    unfinished: [statuses.ready, lease.status],
  };
}
