import type { Core } from '@strapi/strapi';
import { catalogByUid } from '../catalog';
import type { OutboxEvent, PublicationTopic } from '../outbox';

/** What a portal learns about the item an event concerns; it fetches the rest over the API. */
export interface WebhookItem {
  uid: string;
  /** Catalogue category key, e.g. `air-quality-daily`. */
  category: string;
  documentId: string;
  locale: string;
  title: string | null;
  indexNumber: string | null;
  /** GB/T 2260 code of the region the item concerns. */
  regionCode: string | null;
  /** `YYYY-MM-DD` */
  dateFormed: string | null;
}

interface DocumentWithMetadata {
  title?: unknown;
  metadata?: { indexNumber?: unknown; regionCode?: unknown; dateFormed?: unknown } | null;
}

type Status = 'published' | 'draft';

/**
 * A publication or correction is described by what went online; a withdrawal by the draft, since
 * the published version is gone. The other version stands in when the first is missing (an item
 * withdrawn before its publication fanned out).
 */
const readOrder: Record<PublicationTopic, [Status, Status]> = {
  publish: ['published', 'draft'],
  correct: ['published', 'draft'],
  withdraw: ['draft', 'published'],
  unpublish: ['draft', 'published'],
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** The item of an outbox event, or null when the event does not concern a disclosure type. */
export async function loadWebhookItem(
  strapi: Core.Strapi,
  event: Pick<OutboxEvent, 'uid' | 'documentId' | 'locale'> & { topic: PublicationTopic },
): Promise<WebhookItem | null> {
  const { topic, uid, documentId, locale } = event;
  const entry = catalogByUid().get(uid);
  if (!entry) return null;
  const documents = strapi.documents(uid as never) as unknown as {
    findOne(p: object): Promise<DocumentWithMetadata | null>;
  };
  let document: DocumentWithMetadata | null = null;
  for (const status of readOrder[topic]) {
    document = await documents.findOne({ documentId, locale, status, populate: { metadata: true } });
    if (document) break;
  }
  return {
    uid,
    category: entry.key,
    documentId,
    locale,
    title: text(document?.title),
    indexNumber: text(document?.metadata?.indexNumber),
    regionCode: text(document?.metadata?.regionCode),
    dateFormed: text(document?.metadata?.dateFormed),
  };
}
