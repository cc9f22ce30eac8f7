import { loadDomainConfig, regionCodeAncestors } from '@disclosure-hub/config';
import type { DomainConfig } from '@disclosure-hub/config';
import { assertSearchLocale, searchLocales } from '../locales/search-locales';
import { catalogEntryForUid, searchDocumentId } from './catalog-entry-for-uid';
import { categorySearchFields } from './category-search-fields';
import type { DisclosureMedia, PublishedDisclosure } from './disclosure-input';
import type { SearchDocument } from './search-document';

/**
 * Enough for long policy texts and a PDF or two; beyond it Meilisearch spends memory on words
 * nobody searches for (it also stops indexing positions past 65,535 words per attribute).
 */
export const defaultMaxTextLength = 30_000;

/** Input of {@link toSearchDocument}. */
export interface ToSearchDocumentInput {
  /** Strapi content type uid, `api::<category>.<category>`. */
  uid: string;
  /** `zh-CN` or `en`. */
  locale: string;
  document: PublishedDisclosure;
  /** Text the caller extracted from the item's PDF attachments. */
  attachmentsText?: string;
  /** Defaults to `loadDomainConfig()`. */
  config?: DomainConfig;
  maxTextLength?: number;
}

/**
 * The search document of one item in one locale, or `null` when the item must not be found by
 * the public: it is not proactively disclosed (依申请公开 / 不予公开) or not published.
 * Throws `UNKNOWN_CONTENT_TYPE` or `UNSUPPORTED_LOCALE` for input no index can hold.
 */
export function toSearchDocument(input: ToSearchDocumentInput): SearchDocument | null {
  const locale = assertSearchLocale(input.locale);
  const config = input.config ?? loadDomainConfig();
  const entry = catalogEntryForUid(input.uid, config);
  const { document } = input;
  const { metadata } = document;
  if (metadata.attribute !== 'proactive') return null;
  const publishedAt = nonBlank(document.publishedAt);
  if (publishedAt === undefined) return null;

  const textKey = searchLocales[locale].textKey;
  const column = config.catalog.columns.find((candidate) => candidate.key === entry.column);
  const description = document.description ?? {};
  const specific = categorySearchFields[entry.key](document);
  const attachmentNames = mediaFiles(document).map((file) => file.name);
  const text = [...specific.text, input.attachmentsText ?? '']
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n')
    .slice(0, input.maxTextLength ?? defaultMaxTextLength);
  const department = metadata.department ?? undefined;

  const searchDocument: SearchDocument = {
    id: searchDocumentId(entry.key, document.documentId),
    documentId: document.documentId,
    uid: input.uid,
    locale,
    category: entry.key,
    categoryName: entry.name[textKey],
    column: entry.column,
    columnName: column?.name[textKey] ?? entry.column,
    title: document.title.trim(),
    summary: nonBlank(description.summary),
    topic: nonBlank(description.topic),
    text,
    department: department?.code,
    departmentName: department === undefined ? undefined : textKey === 'zh' ? department.nameZh : department.nameEn,
    regionCode: metadata.regionCode,
    regionCodes: regionCodeAncestors(metadata.regionCode),
    dateFormed: metadata.dateFormed,
    dateFormedTs: beijingMidnightSeconds(metadata.dateFormed),
    year: Number(metadata.dateFormed.slice(0, 4)),
    publishedAt,
    publishedAtTs: Math.floor(Date.parse(publishedAt) / 1000),
    updatedAt: nonBlank(document.updatedAt) ?? publishedAt,
    indexNumber: nonBlank(metadata.indexNumber),
    documentNumber: nonBlank(metadata.documentNumber),
    publishingOrganisation: nonBlank(description.publishingOrganisation),
    url: `/${entry.key}/${document.documentId}`,
    attachmentNames: attachmentNames.length > 0 ? attachmentNames : undefined,
    ...specific.facets,
  };
  return withoutUndefined(searchDocument);
}

/** Dates in the catalogue are Beijing calendar days (UTC+8, no daylight saving since 1991). */
function beijingMidnightSeconds(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00+08:00`) / 1000);
}

function nonBlank(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Every populated media file of the document (any top-level field holding files). */
function mediaFiles(document: PublishedDisclosure): DisclosureMedia[] {
  return Object.values(document).flatMap((value) => {
    const list = Array.isArray(value) ? value : [value];
    return list.filter(isMedia);
  });
}

function isMedia(value: unknown): value is DisclosureMedia {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<DisclosureMedia>;
  return typeof candidate.url === 'string' && typeof candidate.name === 'string' && typeof candidate.mime === 'string';
}

/** Meilisearch keeps `null` fields; absent facets must be absent, not null, to stay out of facet counts. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
