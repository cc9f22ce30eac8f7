import type { Core } from '@strapi/strapi';
import { exponentialBackoff, workDueJobs, type JobTable } from '../jobs';
import { releasesTable } from './ingestion-tables';
import { makeRelease, type ReleaseRow } from './make-release';
import { releaseWorkers } from './release-worker-registry';

/**
 * The releases as jobs: `collecting` until `ready_at`, `processing` while an instance makes one (the
 * producers see it), then the outcome, or `failed` after five attempts for an administrator. The
 * table has no lease columns: a release still `processing` ten minutes after its claim (stamped in
 * `updated_at`) belongs to an instance that died, and is taken again.
 */
export const releaseJobs: JobTable = {
  name: releasesTable,
  key: ['id'],
  order: 'id',
  statuses: { ready: 'collecting', done: 'published', dead: 'failed' },
  dueAt: 'ready_at',
  countsSuccess: false,
  lease: { kind: 'status', status: 'processing', since: 'updated_at' },
  time: 'isoText',
};

const backoff = exponentialBackoff({ baseMs: 2_000 });

/**
 * One pass: makes every release that is due at `now` (`collecting`, `ready_at` passed), one claim
 * after the other, so two instances never make the same release. A failure puts the release back
 * with a back-off (2 s, 4 s, 8 s …) and, after five attempts, leaves it `failed`.
 * @returns how many releases were made
 */
export async function makeDueReleases(strapi: Core.Strapi, now = new Date(), signal?: AbortSignal): Promise<number> {
  const knex = strapi.db.connection;
  // Time runs on from `now`: a claim late in a long pass is stamped when it happens.
  const offset = now.getTime() - Date.now();
  const clock = () => new Date(Date.now() + offset);
  let made = 0;
  await workDueJobs({
    knex,
    table: releaseJobs,
    leaseMs: 600_000,
    now: clock,
    maxAttempts: 5,
    backoff,
    signal,
    work: async (rows, held) => {
      for (const row of rows) {
        const release = row as unknown as ReleaseRow;
        try {
          const outcome = await makeRelease(strapi, release, async (documentId, uid) => {
            await knex(releasesTable).where({ id: release.id }).update({ document_id: documentId, uid });
          });
          made += await held.complete([row], {
            status: outcome.status,
            uid: outcome.uid,
            document_id: outcome.documentId,
            flags: JSON.stringify(outcome.flags),
            notes: JSON.stringify(outcome.notes),
            updated_at: clock().toISOString(),
          });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          strapi.log.error(`Release ${release.kind} ${release.release_key} ${release.local_date} failed: ${message}`);
          await held.fail(row, message, { updated_at: clock().toISOString() });
        }
      }
    },
  });
  return made;
}

/** Starts making releases in this process: at once, every `intervalMs` (5 s), and when a batch kicks it. */
export const startReleaseWorker = releaseWorkers.starter({
  defaultIntervalMs: 5_000,
  pass: (strapi, { signal }) => makeDueReleases(strapi, new Date(), signal),
});

export const stopReleaseWorker = releaseWorkers.stop;
