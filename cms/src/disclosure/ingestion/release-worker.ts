import type { Core } from '@strapi/strapi';
import { startPollingWorker, type PollingWorker } from '../outbox/polling-worker';
import { releasesTable } from './ingestion-tables';
import { makeRelease, type ReleaseRow } from './make-release';
import { releaseWorkers } from './release-worker-registry';

const maxAttempts = 5;

/**
 * One pass: claims every release that is due (`collecting`, `ready_at` passed) and makes it. The
 * claim is a conditional update, so two instances never make the same release; a failure puts the
 * release back with a back-off and, after five attempts, leaves it `failed` for an administrator.
 */
export async function makeDueReleases(strapi: Core.Strapi, now = new Date(), signal?: AbortSignal): Promise<number> {
  const knex = strapi.db.connection;
  // A claim left by an instance that died while making a release is given back after 10 minutes.
  await knex(releasesTable)
    .where('status', 'processing')
    .where('updated_at', '<', new Date(now.getTime() - 600_000).toISOString())
    .update({ status: 'collecting', updated_at: now.toISOString() });
  const due = (await knex(releasesTable)
    .where('status', 'collecting')
    .where('ready_at', '<=', now.toISOString())
    .orderBy('ready_at')
    .limit(50)) as (ReleaseRow & { attempts: number })[];
  let made = 0;
  for (const release of due) {
    if (signal?.aborted) break;
    const stamp = () => new Date().toISOString();
    const claimed = await knex(releasesTable)
      .where({ id: release.id, status: 'collecting' })
      .update({ status: 'processing', updated_at: stamp() });
    if (Number(claimed) !== 1) continue;
    try {
      const outcome = await makeRelease(strapi, release, async (documentId, uid) => {
        await knex(releasesTable).where({ id: release.id }).update({ document_id: documentId, uid });
      });
      await knex(releasesTable)
        .where({ id: release.id })
        .update({
          status: outcome.status,
          uid: outcome.uid,
          document_id: outcome.documentId,
          flags: JSON.stringify(outcome.flags),
          notes: JSON.stringify(outcome.notes),
          last_error: null,
          updated_at: stamp(),
        });
      made += 1;
    } catch (error) {
      const attempts = release.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      strapi.log.error(`Release ${release.kind} ${release.release_key} ${release.local_date} failed: ${message}`);
      await knex(releasesTable)
        .where({ id: release.id })
        .update({
          status: attempts >= maxAttempts ? 'failed' : 'collecting',
          attempts,
          last_error: message.slice(0, 2000),
          ready_at: new Date(Date.now() + 2 ** attempts * 1000).toISOString(),
          updated_at: stamp(),
        });
    }
  }
  return made;
}

/** Starts making releases in this process: at once, every `intervalMs`, and when a batch kicks it. */
export function startReleaseWorker(strapi: Core.Strapi, { intervalMs = 5_000 } = {}): PollingWorker {
  return startPollingWorker({
    pass: (signal) => makeDueReleases(strapi, new Date(), signal),
    intervalMs,
    onError: (error) =>
      strapi.log.error(`Release worker pass failed: ${error instanceof Error ? error.message : String(error)}`),
    workers: releaseWorkers(),
  });
}

export async function stopReleaseWorker(): Promise<void> {
  await Promise.all([...releaseWorkers()].map((worker) => worker.stop()));
}
