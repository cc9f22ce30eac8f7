import type { Core } from '@strapi/strapi';
import { reconcile, rebuild, type ListPublished, type MeiliClient, type SyncProgress } from '@disclosure-hub/search';
import { disclosureUids } from '../catalog';
import { publishedLoader } from './search-sync';

const pageSize = 500;

/** Every published version in one locale, all categories, cheaply (ids and stamps only). */
export function listPublished(strapi: Core.Strapi, locale: string): ListPublished {
  return async function* () {
    for (const uid of disclosureUids()) {
      for (let offset = 0; ; offset += pageSize) {
        const rows = (await strapi.db.query(uid as never).findMany({
          where: { locale, publishedAt: { $notNull: true } },
          select: ['documentId', 'updatedAt'],
          orderBy: { id: 'asc' },
          offset,
          limit: pageSize,
        })) as { documentId: string; updatedAt: string | Date }[];
        for (const row of rows)
          yield { uid, documentId: row.documentId, updatedAt: new Date(row.updatedAt).toISOString() };
        if (rows.length < pageSize) break;
      }
    }
  };
}

interface MaintenanceInput {
  client: MeiliClient;
  locale: string;
  indexPrefix?: string;
  onProgress?: (progress: SyncProgress) => void;
}

/** Compares the published set with the index and repairs drift in both directions. */
export function reconcileSearch(strapi: Core.Strapi, input: MaintenanceInput) {
  return reconcile({
    ...input,
    listPublished: listPublished(strapi, input.locale),
    loadPublished: publishedLoader(strapi),
  });
}

/** Builds a fresh index and swaps it in without downtime; run `reconcileSearch` after it. */
export function rebuildSearch(strapi: Core.Strapi, input: MaintenanceInput) {
  return rebuild({
    ...input,
    listPublished: listPublished(strapi, input.locale),
    loadPublished: publishedLoader(strapi),
  });
}
