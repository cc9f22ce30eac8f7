import type { Core } from '@strapi/strapi';
import type { ReleaseFlag } from '@disclosure-hub/workflows';
import type { AutomaticChecks } from '../contracts';
import { releasesTable } from './ingestion-tables';

const parse = (text: unknown): ReleaseFlag[] =>
  typeof text === 'string' && text ? (JSON.parse(text) as ReleaseFlag[]) : [];

/** The automatic checks of the release behind a document, or null for an item people wrote. */
export async function automaticChecksOf(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
): Promise<AutomaticChecks | null> {
  const row = (await strapi.db.connection(releasesTable).where({ uid, document_id: documentId }).first()) as
    | Record<string, unknown>
    | undefined;
  if (!row) return null;
  return {
    kind: String(row.kind),
    key: String(row.release_key),
    date: String(row.local_date),
    status: String(row.status),
    flags: parse(row.flags),
    notes: parse(row.notes),
    lateData: Boolean(row.late_data),
  };
}
