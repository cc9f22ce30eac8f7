import type { Core } from '@strapi/strapi';
import { nextStep, type NextStep } from '@disclosure-hub/workflows';
import { itemFactsOf, loadDraft } from './item-facts';
import { reviewPolicy } from './review-policy';
import { findRecord, type RecordKey } from './workflow-records';

/**
 * What happens next to one document and locale and who may do it, as the workflows package reads
 * the chart; `null` when the document or its record does not exist (nothing has started).
 */
export async function nextStepOf(strapi: Core.Strapi, key: RecordKey): Promise<NextStep | null> {
  const [record, doc] = await Promise.all([
    findRecord(strapi, key),
    loadDraft(strapi, key.uid, key.documentId, key.locale),
  ]);
  if (!record || !doc) return null;
  const scan = record.scan ? JSON.parse(record.scan) : null;
  return nextStep({ snapshot: record.snapshot, item: itemFactsOf(key.uid, doc, scan), policy: reviewPolicy() });
}
