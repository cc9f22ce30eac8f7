import { leaseRules } from './job-lease';
import { timeValue, type JobTable, type Knex } from './job-table';

/**
 * Gives dead jobs (of a scope, or all) a fresh set of attempts, due at `at`. The last error is kept
 * until the job succeeds. @returns how many jobs were revived
 */
export async function reviveDeadJobs({
  knex,
  table,
  scope = {},
  at,
}: {
  knex: Knex;
  table: JobTable;
  scope?: Readonly<Record<string, string | number>>;
  at: Date;
}): Promise<number> {
  const revived = await knex(table.name)
    .where({ ...scope, status: table.statuses.dead })
    .update({
      ...leaseRules(table).give(),
      status: table.statuses.ready,
      attempts: 0,
      [table.dueAt]: timeValue(table, at),
    });
  return Number(revived);
}
