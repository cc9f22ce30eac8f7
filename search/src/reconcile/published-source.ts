import type { DomainConfig } from '@disclosure-hub/config';
import { catalogEntryForUid, searchDocumentId } from '../documents/catalog-entry-for-uid';
import type { LoadPublished } from '../indexer/create-indexer';
import type { MeiliClient } from '../meili-client';

/** One published document version as the CMS lists it, cheaply (no population). */
export interface PublishedRef {
  uid: string;
  documentId: string;
  /** Strapi's `updatedAt` of the published version; compared with the stamp stored in the index. */
  updatedAt: string;
}

/** Every published document of one locale (all categories); may include non-proactive ones. */
export type ListPublished = () => AsyncIterable<PublishedRef>;

/** Reported after each step of a long run; feed it to {@link renderProgress}. */
export interface SyncProgress {
  phase: 'scan' | 'write';
  done: number;
  total: number;
}

/** The inputs `reconcile` and `rebuild` share. */
export interface PublishedSyncInput {
  client: MeiliClient;
  locale: string;
  listPublished: ListPublished;
  loadPublished: LoadPublished;
  onProgress?: (progress: SyncProgress) => void;
  indexPrefix?: string;
  config?: DomainConfig;
  /** Documents per Meilisearch write (default 500). */
  batchSize?: number;
}

export interface KeyedRef extends PublishedRef {
  id: string;
}

/** Reads the whole published listing, keyed by search document id; later duplicates win. */
export async function collectPublished(
  listPublished: ListPublished,
  config: DomainConfig,
): Promise<Map<string, KeyedRef>> {
  const refs = new Map<string, KeyedRef>();
  for await (const ref of listPublished()) {
    const id = searchDocumentId(catalogEntryForUid(ref.uid, config).key, ref.documentId);
    refs.set(id, { ...ref, id });
  }
  return refs;
}

export const defaultBatchSize = 500;
