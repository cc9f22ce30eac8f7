import { loadDomainConfig } from '@disclosure-hub/config';
import { toSearchDocument } from '../documents/to-search-document';
import { assertSearchLocale, indexUidFor } from '../locales/search-locales';
import type { MeiliDocument } from '../meili-types';
import { applyIndexSettings, ensureIndex } from '../settings/apply-index-settings';
import { collectPublished, defaultBatchSize } from './published-source';
import type { PublishedSyncInput } from './published-source';

/** Input of {@link rebuild}. */
export interface RebuildInput extends PublishedSyncInput {
  /** Clock for the new index's name (milliseconds); tests inject one. */
  now?: () => number;
}

/** What {@link rebuild} did. */
export interface RebuildSummary {
  /** The live index, now holding the rebuilt documents. */
  indexUid: string;
  /** The temporary name the index was built under; the old documents ended there and were deleted. */
  buildIndexUid: string;
  indexed: number;
  /** Published but not proactive, or gone when loaded. */
  skipped: number;
}

/**
 * Builds a fresh index `<live>-<timestamp>` with current settings, fills it in batches, swaps it
 * with the live index in one atomic Meilisearch task and deletes the old documents: searches keep
 * working throughout. Events indexed into the live index during the build are lost by the swap;
 * run {@link reconcile} afterwards to catch them.
 */
export async function rebuild(input: RebuildInput): Promise<RebuildSummary> {
  const { client, loadPublished, onProgress } = input;
  const locale = assertSearchLocale(input.locale);
  const config = input.config ?? loadDomainConfig();
  const batchSize = input.batchSize ?? defaultBatchSize;
  const indexUid = indexUidFor(locale, { prefix: input.indexPrefix });
  const buildIndexUid = `${indexUid}-${compactTimestamp((input.now ?? Date.now)())}`;

  const published = await collectPublished(input.listPublished, config);
  await applyIndexSettings({ client, locale, indexUid: buildIndexUid, config });
  let indexed = 0;
  let skipped = 0;
  try {
    let batch: MeiliDocument[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await client.waitForTask((await client.addDocuments(buildIndexUid, batch)).taskUid);
      indexed += batch.length;
      batch = [];
    };
    let done = 0;
    for (const ref of published.values()) {
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
      if (document === null) skipped += 1;
      else batch.push({ ...document });
      if (batch.length >= batchSize) await flush();
      done += 1;
      onProgress?.({ phase: 'write', done, total: published.size });
    }
    await flush();
    // Swapping needs both indexes; on a first run the live index does not exist yet.
    await ensureIndex(client, indexUid);
    await client.waitForTask((await client.swapIndexes([{ indexes: [indexUid, buildIndexUid] }])).taskUid);
  } catch (error) {
    // Nothing was swapped: drop the half-built index, keep the live one as it was.
    await client.deleteIndex(buildIndexUid).catch(() => undefined);
    throw error;
  }
  await client.waitForTask((await client.deleteIndex(buildIndexUid)).taskUid);
  return { indexUid, buildIndexUid, indexed, skipped };
}

/** `20261101T083000123Z`: sortable, and only characters Meilisearch allows in index uids. */
function compactTimestamp(milliseconds: number): string {
  return new Date(milliseconds).toISOString().replace(/[-:.]/g, '');
}
