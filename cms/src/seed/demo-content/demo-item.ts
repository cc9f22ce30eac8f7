/** The content types the demo fills: every disclosure category of the catalogue. */
export const demoContentUids = [
  'api::air-quality-daily.air-quality-daily',
  'api::air-quality-forecast.air-quality-forecast',
  'api::drinking-water-source-report.drinking-water-source-report',
  'api::surface-water-report.surface-water-report',
  'api::eia-project.eia-project',
  'api::radiation-monitoring.radiation-monitoring',
  'api::radiation-licence.radiation-licence',
  'api::environmental-incident.environmental-incident',
  'api::complaint-report.complaint-report',
  'api::enforcement-action.enforcement-action',
  'api::key-polluter.key-polluter',
  'api::policy-document.policy-document',
] as const;

export type DemoContentUid = (typeof demoContentUids)[number];

/** A file to upload and link to one media field of the item. */
export interface DemoAttachment {
  field: 'fullTexts' | 'approvalDocuments' | 'attachments';
  name: string;
  mime: 'application/pdf';
  content: Buffer;
}

/**
 * One demo document for the loader: `data` is the `zh-CN` version as Strapi's Document Service
 * takes it, except that `metadata.department` is a department code the loader resolves to the
 * relation. `translations.en` holds only the fields the schema marks as localized. Derived fields
 * (AQI, water class, totals, index number) are left out: the server computes them.
 */
export interface DemoItem {
  uid: DemoContentUid;
  /** Stable and unique across the whole output, e.g. `air-quality-daily:410100:2026-03-01`. */
  key: string;
  locale: 'zh-CN';
  data: Record<string, unknown>;
  translations?: { en: Record<string, unknown> };
  /** False for recent items (the reviewers' queue) and for anything not proactively disclosed. */
  publish: boolean;
  attachments?: DemoAttachment[];
}

/** Input of {@link generateDemoContent}. */
export interface GenerateDemoContentInput {
  /** Any 32-bit integer; the same seed and day always give the same content. Default 1. */
  seed?: number;
  /** The day the demo ends on, `YYYY-MM-DD` (Asia/Shanghai): nothing is dated later. */
  today: string;
}
