import type { Core } from '@strapi/strapi';
import {
  applyIndexSettings,
  createIndexer,
  MeiliClient,
  searchLocales,
  type LoadPublished,
} from '@disclosure-hub/search';
import { publicationTopics, registerOutboxConsumer, type OutboxEvent, type PublicationTopic } from '../outbox';
import { populateFor } from '../validation/validate-disclosure-write';
import { attachmentTexts, mediaPopulate } from '../attachments/attachment-texts';

/** Populate for search: components (with the department's names) and media files. */
function searchPopulate(strapi: Core.Strapi, uid: string): Record<string, unknown> {
  const populate = populateFor(strapi, uid);
  populate.metadata = { populate: { department: { fields: ['code', 'nameZh', 'nameEn'] } } };
  return { ...populate, ...mediaPopulate(strapi, uid) };
}

export function publishedLoader(strapi: Core.Strapi): LoadPublished {
  return async (uid, documentId, locale) => {
    const documents = strapi.documents(uid as never) as unknown as { findOne(p: object): Promise<unknown> };
    const document = await documents.findOne({
      documentId,
      locale,
      status: 'published',
      populate: searchPopulate(strapi, uid),
    });
    if (!document) return null;
    // The text of attached PDFs (EIA full texts, approval decisions) is searchable too.
    const attachments = await attachmentTexts(strapi, uid, document as Record<string, unknown>);
    const attachmentsText = attachments.flatMap((a) => ('text' in a ? [a.text] : [])).join('\n');
    return { ...(document as object), ...(attachmentsText ? { attachmentsText } : {}) } as Awaited<
      ReturnType<LoadPublished>
    >;
  };
}

/** The consumer subscribes to publication topics only, so the outbox never hands it another. */
const indexerEvent = ({ topic, uid, documentId, locale }: OutboxEvent) => ({
  topic: topic as PublicationTopic,
  uid,
  documentId,
  locale,
});

/**
 * Keeps Meilisearch in step with what is published: the outbox delivers every publish,
 * correction and withdrawal after commit, with retries, and the indexer waits for each task to
 * succeed. Without MEILI_HOST nothing is registered (and readiness reports search as down);
 * DISCLOSURE_SEARCH_SYNC=false turns it off (maintenance; `reconcile` repairs the index later).
 */
export function registerSearchSync(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): void {
  if (env.DISCLOSURE_SEARCH_SYNC === 'false') return;
  if (!env.MEILI_HOST) {
    strapi.log.warn('[disclosure-hub] MEILI_HOST is not set: search indexing is off');
    return;
  }
  const client = new MeiliClient({ host: env.MEILI_HOST, apiKey: env.MEILI_MASTER_KEY ?? '' });
  const indexer = createIndexer({
    client,
    loadPublished: publishedLoader(strapi),
    indexPrefix: env.MEILI_INDEX_PREFIX,
  });
  // Settings are applied and read back at every start, in the background: a slow Meilisearch must
  // not hold up the CMS, and readiness reports it while it is down.
  void Promise.all(
    Object.keys(searchLocales).map((locale) =>
      applyIndexSettings({ client, locale, indexPrefix: env.MEILI_INDEX_PREFIX }),
    ),
  ).then(
    () => strapi.log.info('[disclosure-hub] search index settings applied and verified'),
    (error: Error) => strapi.log.error(`[disclosure-hub] search index settings not applied: ${error.message}`),
  );
  // The topics are listed, never left open: staff notifications (`notify`) must not reach search.
  registerOutboxConsumer(strapi, {
    name: 'search',
    topics: publicationTopics,
    handle: async (event) => {
      await indexer.handle(indexerEvent(event));
    },
    // A burst of publications (the demo, an ingestion run) becomes a few Meilisearch tasks.
    handleBatch: async (events) => {
      await indexer.handleBatch(events.map(indexerEvent));
    },
  });
}
