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

  return {
    async handle(event) {
      const locale = assertSearchLocale(event.locale);
      const entry = catalogEntryForUid(event.uid, config);
      const indexUid = indexUidFor(locale, { prefix: input.indexPrefix });
      const id = searchDocumentId(entry.key, event.documentId);
      await ensureSettings(locale);

      if (event.topic === 'publish' || event.topic === 'correct') {
        const loaded = await loadPublished(event.uid, event.documentId, locale);
        const document =
          loaded === null
            ? null
            : toSearchDocument({
                uid: event.uid,
                locale,
                document: loaded,
                attachmentsText: loaded.attachmentsText,
                config,
              });
        if (document !== null) {
          const task = await client.waitForTask((await client.addDocuments(indexUid, [{ ...document }])).taskUid);
          return { action: 'upserted', indexUid, id, taskUid: task.uid };
        }
      }
      // Unpublished, withdrawn, or published but no longer proactive: it must not be found.
      const task = await client.waitForTask((await client.deleteDocument(indexUid, id)).taskUid);
      return { action: 'deleted', indexUid, id, taskUid: task.uid };
    },
  };
}
