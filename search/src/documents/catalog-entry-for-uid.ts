import type { CatalogEntry, DomainConfig } from '@disclosure-hub/config';
import { SearchError } from '../search-error';

/** The catalogue category whose content type is `uid`; throws `UNKNOWN_CONTENT_TYPE` otherwise. */
export function catalogEntryForUid(uid: string, config: DomainConfig): CatalogEntry {
  const entry = config.catalog.categories.find((category) => category.contentType === uid);
  if (entry === undefined) {
    throw new SearchError('UNKNOWN_CONTENT_TYPE', `目录中没有内容类型 ${uid} / no catalogue category for ${uid}`, {
      details: { uid },
    });
  }
  return entry;
}

/** The Meilisearch primary key of one item: the category keeps ids of different types apart. */
export function searchDocumentId(category: string, documentId: string): string {
  return `${category}-${documentId}`;
}
