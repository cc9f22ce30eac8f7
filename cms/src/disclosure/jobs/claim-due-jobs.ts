import { leaseRules, type LeaseRules, type Where } from './job-lease';
import { toDate } from './to-date';
import type { JobRow, JobTable, Knex } from './job-table';

/** Which jobs to claim, for whom and for how long. */
export interface ClaimInput {
  knex: Knex;
  table: JobTable;
  /** Only jobs whose columns hold these values (one consumer, one channel). */
  scope?: Readonly<Record<string, string | number>>;
  /** At most this many jobs. */
  limit: number;
  at: Date;
  leaseMs: number;
  /** Names the holder in the lease (tables with a token column). */
  token: string;
}

function isPostgres(knex: Knex): boolean {
  return ['postgres', 'pg', 'postgresql'].includes(String(knex.client.config.client));
}

/** A later job of a sequence waits while an earlier one is unfinished. */
function waitBehindEarlierJobs(knex: Knex, query: Where, { table, rules }: { table: JobTable; rules: LeaseRules }) {
  const { sequence } = table;
  if (!sequence) return;
  const { through } = sequence;
  if (through) query.join({ o: through.table }, `o.${through.id}`, `j.${through.foreignKey}`);
  query.whereNotExists((earlier) => {
    earlier.select(knex.raw('1')).from({ e: table.name });
    if (through) earlier.join({ p: through.table }, `p.${through.id}`, `e.${through.foreignKey}`);
    for (const column of sequence.columns) earlier.whereRaw('?? = ??', [`e.${column}`, `j.${column}`]);
    for (const column of through?.columns ?? []) earlier.whereRaw('?? = ??', [`p.${column}`, `o.${column}`]);
    earlier.whereIn('e.status', rules.unfinished).whereRaw('?? < ??', [`e.${table.order}`, `j.${table.order}`]);
  });
}

const dueTime = (table: JobTable, job: JobRow) => toDate(job[table.dueAt]).getTime();

/**
 * Takes a lease on up to `limit` due jobs, the earliest due first, in ONE statement, and returns
 * them. On PostgreSQL the jobs are chosen `FOR UPDATE SKIP LOCKED`, so workers of several processes
 * claiming at once never wait for each other and never get the same job; on SQLite the statement
 * is a conditional UPDATE, which the single writer applies whole.
 */
export async function claimDueJobs({
  knex,
  table,
  scope = {},
  limit,
  at,
  leaseMs,
  token,
}: ClaimInput): Promise<JobRow[]> {
  const rules = leaseRules(table);
  const due = knex({ j: table.name }).select(table.key.map((column) => `j.${column}`));
  rules.claimable(due, { at, leaseMs, column: (name) => `j.${name}` });
  for (const [column, value] of Object.entries(scope)) due.where(`j.${column}`, value);
  waitBehindEarlierJobs(knex, due, { table, rules });
  due.orderBy([{ column: `j.${table.dueAt}` }, { column: `j.${table.order}` }]).limit(limit);
  if (isPostgres(knex)) due.forUpdate('j').skipLocked();

  const [single] = table.key;
  const chosen =
    table.key.length === 1 && single
      ? knex(table.name).whereIn(single, due)
      : knex(table.name).whereIn([...table.key], due);
  const claimed = (await chosen.update(rules.take({ at, leaseMs, token })).returning('*')) as JobRow[];
  // RETURNING keeps no order.
  return claimed.sort(
    (a, b) => dueTime(table, a) - dueTime(table, b) || Number(a[table.order]) - Number(b[table.order]),
  );
}
