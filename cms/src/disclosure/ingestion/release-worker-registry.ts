import { workerGroup } from '../jobs';

// Apart from release-worker.ts, which reaches the workflow: ingest-batch kicks the workers without
// importing what imports it back.
export const releaseWorkers = workerGroup('Release worker');

/** Wakes the release workers of this process; called after a batch scheduled a release. */
export const kickReleaseWorker = releaseWorkers.kick;
