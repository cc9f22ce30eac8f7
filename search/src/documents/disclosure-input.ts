/**
 * The input of {@link toSearchDocument}: a Strapi document as the Document Service returns it with
 * `metadata` (department populated), `description`, components and media populated. Only the
 * fields search reads are typed; every other field of the content type is kept as `unknown`.
 */
export interface PublishedDisclosure {
  documentId: string;
  title: string;
  /** Null or absent on a draft: such a version is never indexed. */
  publishedAt?: string | null;
  /** Strapi's `updatedAt`; stored in the index so `reconcile` can spot stale entries. */
  updatedAt?: string | null;
  locale?: string | null;
  metadata: DisclosureMetadata;
  description?: DisclosureDescription | null;
  [field: string]: unknown;
}

/** The `disclosure.metadata` component. */
export interface DisclosureMetadata {
  indexNumber?: string | null;
  department?: DisclosureDepartment | null;
  /** `YYYY-MM-DD`, a Beijing-time calendar day. */
  dateFormed: string;
  documentNumber?: string | null;
  regionCode: string;
  attribute: 'proactive' | 'onRequest' | 'withheld';
  exemptionBasis?: string | null;
}

export interface DisclosureDepartment {
  code: string;
  nameZh: string;
  nameEn: string;
}

/** The `disclosure.description` component (localized). */
export interface DisclosureDescription {
  topic?: string | null;
  summary?: string | null;
  publishingOrganisation?: string | null;
}

/** A populated media file. */
export interface DisclosureMedia {
  url: string;
  name: string;
  mime: string;
}
