import { loadDomainConfig } from '@disclosure-hub/config';
import type { DomainConfig } from '@disclosure-hub/config';
import { catalogEntryForUid, searchDocumentId } from '../documents/catalog-entry-for-uid';
import type { PublishedDisclosure } from '../documents/disclosure-input';
import { toSearchDocument } from '../documents/to-search-document';
import { assertSearchLocale, indexUidFor } from '../locales/search-locales';
import type { MeiliClient } from '../meili-client';
import { applyIndexSettings } from '../settings/apply-index-settings';

/** Outbox topics the indexer consumes (the same names as the cms outbox). */
export const indexerTopics = ['publish', 'correct', 'unpublish', 'withdraw'] as const;
export type IndexerTopic = (typeof indexerTopics)[number];

/** One outbox event about one document in one locale. */
export interface IndexerEvent {
  topic: IndexerTopic;
  uid: string;
  documentId: string;
  locale: string;
}

/**
 * Loads the published version with `metadata.department`, `description`, components and media
 * populated, or `null` when there is none (anymore). May add `attachmentsText`.
 */
export type LoadPublished = (
  uid: string,
  documentId: string,
  locale: string,
) => Promise<(PublishedDisclosure & { attachmentsText?: string }) | null>;

/** Input of {@link createIndexer}. */
export interface CreateIndexerInput {
  client: MeiliClient;
  loadPublished: LoadPublished;
  indexPrefix?: string;
  config?: DomainConfig;
  /** Apply index settings before the first write per locale (default true). */
  ensureSettings?: boolean;
}

/** What {@link Indexer.handle} did. */
export interface IndexerResult {
  action: 'upserted' | 'deleted';
  indexUid: string;
  id: string;
  taskUid: number;
}

export interface Indexer {
  /**
   * Applies one event and resolves only after Meilisearch reports the task `succeeded`; any
   * failure throws, so the outbox keeps the event and retries. Safe to repeat: an upsert replaces
   * the whole document and deleting a missing document succeeds.
   */
  handle(event: IndexerEvent): Promise<IndexerResult>;
  /**
   * Applies several events about distinct documents with one upsert and one deletion task per
   * index: a burst of publications (the demo, an ingestion run) costs a few Meilisearch commits
   * instead of one each. All or nothing for the caller: any failure throws and all are retried.
   */
  handleBatch(events: readonly IndexerEvent[]): Promise<IndexerResult[]>;
}

/** The outbox consumer that keeps the per-locale indexes equal to the published, proactive items. */
export function createIndexer(input: CreateIndexerInput): Indexer {
  const { client, loadPublished } = input;
  const config = input.config ?? loadDomainConfig();
  const settingsApplied = new Map<string, Promise<unknown>>();

  function ensureSettings(locale: string): Promise<unknown> {
    if (input.ensureSettings === false) return Promise.resolve();
    let pending = settingsApplied.get(locale);
    if (pending === undefined) {
      pending = applyIndexSettings({ client, locale, indexPrefix: input.indexPrefix, config });
      // A failed attempt must not stick: the retried event tries again.
      pending.catch(() => settingsApplied.delete(locale));
      settingsApplied.set(locale, pending);
    }
    return pending;
  }

  /** What the index must hold for the event's document: its search document, or nothing. */
  async function plan(event: IndexerEvent) {
    const locale = assertSearchLocale(event.locale);
    const entry = catalogEntryForUid(event.uid, config);
    const indexUid = indexUidFor(locale, { prefix: input.indexPrefix });
    const id = searchDocumentId(entry.key, event.documentId);
    await ensureSettings(locale);
    if (event.topic === 'publish' || event.topic === 'correct') {
      const loaded = await loadPublished(event.uid, event.documentId, locale);
      if (loaded !== null) {
        const document = toSearchDocument({
          uid: event.uid,
          locale,
          document: loaded,
          attachmentsText: loaded.attachmentsText,
          config,
        });
        if (document !== null) return { indexUid, id, document };
      }
    }
    // Unpublished, withdrawn, or published but no longer proactive: it must not be found.
    return { indexUid, id, document: null };
  }

  async function handleBatch(events: readonly IndexerEvent[]): Promise<IndexerResult[]> {
    const plans = [];
    for (const event of events) plans.push(await plan(event));
    const byIndex = new Map<string, { upserts: typeof plans; deletes: typeof plans }>();
    for (const p of plans) {
      const group = byIndex.get(p.indexUid) ?? { upserts: [], deletes: [] };
      (p.document === null ? group.deletes : group.upserts).push(p);
      byIndex.set(p.indexUid, group);
    }
    const taskUids = new Map<string, number>();
    for (const [indexUid, { upserts, deletes }] of byIndex) {
      if (upserts.length > 0) {
        const task = await client.addDocuments(
          indexUid,
          upserts.map((p) => ({ ...p.document! })),
        );
        taskUids.set(`${indexUid}/upsert`, task.taskUid);
      }
      if (deletes.length > 0) {
        const task = await client.deleteDocuments(
          indexUid,
          deletes.map((p) => p.id),
        );
        taskUids.set(`${indexUid}/delete`, task.taskUid);
      }
    }
    // Enqueued together, Meilisearch batches them; each must succeed before any counts as done.
    for (const taskUid of taskUids.values()) await client.waitForTask(taskUid);
    return plans.map((p) => ({
      action: p.document === null ? 'deleted' : 'upserted',
      indexUid: p.indexUid,
      id: p.id,
      taskUid: taskUids.get(`${p.indexUid}/${p.document === null ? 'delete' : 'upsert'}`)!,
    }));
  }

  return {
    async handle(event) {
      const [result] = await handleBatch([event]);
      return result!;
    },
    handleBatch,
  };
}
