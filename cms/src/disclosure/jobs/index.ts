export {
  deliveryTableColumns,
  type JobLease,
  type JobRow,
  type JobSequence,
  type JobTable,
  type Knex,
  type RetryPolicy,
} from './job-table';
export type { JobOptions, DeliveryCounts } from './job-options';
export { claimDueJobs, type ClaimInput } from './claim-due-jobs';
export type { HeldJobs, JobValues } from './held-jobs';
export { workDueJobs, type WorkDueJobsInput } from './work-due-jobs';
export { reviveDeadJobs } from './revive-dead-jobs';
export { exponentialBackoff, type Backoff } from './exponential-backoff';
export type { PollingWorker } from './polling-worker';
export { workerGroup, type PollingOptions, type WorkerGroup } from './worker-group';
export { describeError } from './describe-error';
export { toDate } from './to-date';
