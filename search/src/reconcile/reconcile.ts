import { loadDomainConfig } from '@disclosure-hub/config';
import { toSearchDocument } from '../documents/to-search-document';
import { assertSearchLocale, indexUidFor } from '../locales/search-locales';
import type { MeiliDocument } from '../meili-types';
import { applyIndexSettings } from '../settings/apply-index-settings';
import { fetchIndexedStamps, sameStamp } from './fetch-indexed-stamps';
import { collectPublished, defaultBatchSize } from './published-source';
import type { PublishedSyncInput } from './published-source';

/** What {@link reconcile} changed. */
export interface ReconcileSummary {
  indexUid: string;
  /** Published and proactive, missing from the index. */
  added: number;
  /** In the index with another `updatedAt` stamp, replaced. */
  updated: number;
  /** In the index but not (or no longer) to be found: deleted. */
  removed: number;
  unchanged: number;
  /** Published but not proactive (or gone when loaded), and rightly absent from the index. */
  skipped: number;
}

/**
 * Compares the published set with the index of one locale and repairs drift both ways: adds
 * missing items, refreshes stale ones, deletes extras. Every write waits for its task. Run it
 * after an outage of the indexer, after a rebuild, or on a schedule.
 */
export async function reconcile(input: PublishedSyncInput): Promise<ReconcileSummary> {
  const { client, loadPublished, onProgress } = input;
  const locale = assertSearchLocale(input.locale);
  const config = input.config ?? loadDomainConfig();
  const batchSize = input.batchSize ?? defaultBatchSize;
  const indexUid = indexUidFor(locale, { prefix: input.indexPrefix });
  await applyIndexSettings({ client, locale, indexPrefix: input.indexPrefix, config });

  const indexed = await fetchIndexedStamps(client, indexUid);
  const published = await collectPublished(input.listPublished, config);
  const summary: ReconcileSummary = { indexUid, added: 0, updated: 0, removed: 0, unchanged: 0, skipped: 0 };
  const extras = [...indexed.keys()].filter((id) => !published.has(id));
  const total = published.size + extras.length;
  let done = 0;
  let upserts: MeiliDocument[] = [];
  const deletions: string[] = [...extras];

  const flush = async () => {
    if (upserts.length === 0) return;
    await client.waitForTask((await client.addDocuments(indexUid, upserts)).taskUid);
    upserts = [];
  };

  for (const ref of published.values()) {
    const stamp = indexed.get(ref.id);
    if (sameStamp(stamp, ref.updatedAt)) {
      summary.unchanged += 1;
    } else {
      const loaded = await loadPublished(ref.uid, ref.documentId, locale);
      const document =
        loaded === null
          ? null
          : toSearchDocument({
              uid: ref.uid,
              locale,
              document: loaded,
              attachmentsText: loaded.attachmentsText,
              config,
            });
      if (document !== null) {
        upserts.push({ ...document });
        if (stamp === undefined) summary.added += 1;
        else summary.updated += 1;
        if (upserts.length >= batchSize) await flush();
      } else if (stamp !== undefined) {
        deletions.push(ref.id);
      } else {
        summary.skipped += 1;
      }
    }
    done += 1;
    onProgress?.({ phase: 'scan', done, total });
  }
  await flush();

  for (let start = 0; start < deletions.length; start += batchSize) {
    const batch = deletions.slice(start, start + batchSize);
    await client.waitForTask((await client.deleteDocuments(indexUid, batch)).taskUid);
  }
  summary.removed = deletions.length;
  onProgress?.({ phase: 'write', done: total, total });
  return summary;
}
