/**
 * Category-specific facet fields. Each is present only on the categories that have it; values are
 * the stored enumeration keys (the front end translates them), never display text.
 */
export interface SearchFacetFields {
  /** Air: the AQI level 1–6 (a forecast lists every level of its range). */
  aqiLevel?: number | number[];
  /** Air: primary pollutants as stored (`pm25_24h`, `o3_8h`, … for daily reports; `pm25`, `o3` for forecasts). */
  primaryPollutants?: string[];
  city?: string;
  /** Radiation monitoring station name. */
  station?: string;
  /** `YYYY-MM` of monthly reports. */
  month?: string;
  /** Drinking water: every source of the month met the standard. */
  meetsStandard?: boolean;
  sourceTypes?: string[];
  /** Surface water: GB 3838 class `I` … `劣V`. */
  waterClass?: string;
  incidentGrade?: string;
  eiaStage?: string;
  /** EIA document type (`reportBook`, …) or policy document kind (`policy`, `plan`, …). */
  documentType?: string;
  decision?: string;
  activityKinds?: string[];
  pollutionTypes?: string[];
  measure?: string;
  controlLevel?: string;
  listYear?: number;
  industry?: string;
  pollutantTypes?: string[];
}

/** One published, proactively disclosed item in one locale, as stored in Meilisearch. */
export interface SearchDocument extends SearchFacetFields {
  /** `<category>-<documentId>`: Meilisearch ids allow only `[A-Za-z0-9_-]`. */
  id: string;
  documentId: string;
  /** Strapi content type uid, `api::<category>.<category>`. */
  uid: string;
  locale: string;
  category: string;
  categoryName: string;
  column: string;
  columnName: string;
  title: string;
  summary?: string;
  topic?: string;
  /** Plain text of every other text field and of the attachments, capped. */
  text: string;
  department?: string;
  departmentName?: string;
  regionCode: string;
  /** The code and its prefecture and province, so `regionCodes = X` means "X and below". */
  regionCodes: string[];
  dateFormed: string;
  /** Unix seconds of Beijing midnight of `dateFormed`. */
  dateFormedTs: number;
  year: number;
  publishedAt: string;
  publishedAtTs: number;
  /** Strapi's `updatedAt` of the indexed version: the stamp `reconcile` compares. */
  updatedAt: string;
  indexNumber?: string;
  documentNumber?: string;
  publishingOrganisation?: string;
  /** Path of the item page, `/<category>/<documentId>`. */
  url: string;
  attachmentNames?: string[];
}
