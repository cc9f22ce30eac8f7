import type { Core } from '@strapi/strapi';
import { attachmentTexts, mediaPopulate } from '../attachments/attachment-texts';
import { loadDomainConfig, resolveCategoryRules, type CatalogEntry } from '@disclosure-hub/config';
import {
  computeDueDate,
  scanText,
  type ItemFacts,
  type ScanFinding,
  type ScanSummary,
} from '@disclosure-hub/workflows';
import { catalogByUid } from '../catalog';
import { populateFor } from '../validation/validate-disclosure-write';

type Attributes = Record<string, { type: string; component?: string; repeatable?: boolean }>;
export type DocumentRecord = Record<string, unknown> & { documentId: string };

export async function loadDraft(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string,
): Promise<DocumentRecord | null> {
  const documents = strapi.documents(uid as never) as unknown as { findOne(p: object): Promise<DocumentRecord | null> };
  return documents.findOne({
    documentId,
    locale,
    status: 'draft',
    populate: { ...populateFor(strapi, uid), ...mediaPopulate(strapi, uid), ...relationPopulate(strapi, uid) },
  });
}

/** Top-level relations by documentId only: enough for the content fingerprint, nothing more is read. */
function relationPopulate(strapi: Core.Strapi, uid: string): Record<string, { fields: string[] }> {
  const model = strapi.getModel(uid as never) as unknown as { attributes: Attributes };
  return Object.fromEntries(
    Object.entries(model.attributes)
      .filter(
        ([name, attribute]) =>
          attribute.type === 'relation' && !['createdBy', 'updatedBy', 'localizations'].includes(name),
      )
      .map(([name]) => [name, { fields: ['documentId'] }]),
  );
}

function variantOf(entry: CatalogEntry, doc: DocumentRecord): string | undefined {
  const field = entry.variants?.field;
  if (!field) return undefined;
  const value = field === 'stage' ? doc.currentStage : doc[field];
  return typeof value === 'string' ? value : undefined;
}

export function catalogEntryFor(uid: string): CatalogEntry {
  const entry = catalogByUid().get(uid);
  if (!entry) throw new Error(`${uid} is not a disclosure type`);
  return entry;
}

/** A date inside the period a report covers: `date`, a `YYYY-MM` month or period, or `YYYY-Qn`. */
function periodDateOf(doc: DocumentRecord): string | undefined {
  if (typeof doc.date === 'string') return doc.date;
  const period = [doc.month, doc.period].find((v): v is string => typeof v === 'string');
  if (!period) return undefined;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}-01`;
  if (/^\d{4}-\d{2}$/.test(period)) return `${period}-01`;
  if (/^\d{4}$/.test(period)) return `${period}-12-01`;
  return undefined;
}

/** The deadline of an item from its date formed and its category's rule (working days, Asia/Shanghai). */
export function dueDateOf(uid: string, doc: DocumentRecord): { dueDate: string | null; provisional: boolean } {
  const entry = catalogEntryFor(uid);
  const metadata = doc.metadata as { dateFormed?: string } | undefined;
  if (!metadata?.dateFormed) return { dueDate: null, provisional: false };
  const { deadlineRule } = resolveCategoryRules(entry, variantOf(entry, doc));
  const due = computeDueDate({
    rule: deadlineRule,
    // Hour rules (incidents) count from the moment itself.
    dateFormed:
      deadlineRule.kind === 'hoursAfterFormation' && typeof doc.occurredAt === 'string'
        ? doc.occurredAt
        : metadata.dateFormed,
    periodDate: periodDateOf(doc) ?? metadata.dateFormed,
  });
  return { dueDate: due.dueDate, provisional: due.provisional };
}

/** Every text of a document with its field path: strings, texts, rich text, inside components too. */
export function textsOf(
  strapi: Core.Strapi,
  uid: string,
  doc: Record<string, unknown>,
  prefix = '',
): { path: string; text: string }[] {
  const model = strapi.getModel(uid as never) as unknown as { attributes: Attributes };
  const texts: { path: string; text: string }[] = [];
  for (const [name, attribute] of Object.entries(model.attributes)) {
    const value = doc[name];
    if (value === null || value === undefined) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    if (['string', 'text', 'richtext'].includes(attribute.type) && typeof value === 'string') {
      texts.push({ path, text: value });
    } else if (attribute.type === 'blocks') {
      texts.push({ path, text: JSON.stringify(value) });
    } else if (attribute.type === 'component' && attribute.component) {
      const entries = Array.isArray(value) ? value : [value];
      entries.forEach((entry, i) => {
        if (entry && typeof entry === 'object')
          texts.push(
            ...textsOf(
              strapi,
              attribute.component!,
              entry as Record<string, unknown>,
              attribute.repeatable ? `${path}.${i}` : path,
            ),
          );
      });
    }
  }
  return texts;
}

/**
 * Scans every text of the draft and of its attached PDFs. Findings keep a stable id (field, span,
 * kind); a finding of the previous scan that is gone from the text counts as redacted. A PDF whose
 * text cannot be read is an open `unreadableAttachment` finding: someone must look at it.
 */
export async function scanDocument(
  strapi: Core.Strapi,
  { uid, doc, previous, now }: { uid: string; doc: DocumentRecord; previous: ScanSummary | null; now: Date },
): Promise<ScanSummary & { details: { id: string; kind: string; path: string; excerpt: string }[] }> {
  const { publicContacts } = loadDomainConfig().organisation;
  const allow = {
    phones: [...publicContacts.phones, ...(publicContacts.faxes ?? [])],
    emails: publicContacts.emails,
    addresses: publicContacts.addresses.map((a) => a.zh),
  };
  const attachments = await attachmentTexts(strapi, uid, doc);
  const texts = [
    ...textsOf(strapi, uid, doc),
    ...attachments.flatMap((a) => ('text' in a ? [{ path: `${a.path}.pdf`, text: a.text }] : [])),
  ];
  const details = [
    ...texts.flatMap(({ path, text }) =>
      scanText(text, { allow }).findings.map((f) => ({
        id: `${path}@${f.start}-${f.end}:${f.kind}`,
        kind: f.kind,
        path,
        excerpt: f.excerpt,
      })),
    ),
    ...attachments.flatMap((a) =>
      'error' in a
        ? [
            {
              id: `${a.path}.pdf:unreadableAttachment`,
              kind: 'unreadableAttachment',
              path: `${a.path}.pdf`,
              excerpt: a.name,
            },
          ]
        : [],
    ),
  ];
  const current = new Set(details.map((d) => d.id));
  const findings: ScanFinding[] = [
    ...details.map((d) => ({ id: d.id, kind: d.kind, status: 'open' as const })),
    ...(previous?.findings ?? []).filter((f) => !current.has(f.id)).map((f) => ({ ...f, status: 'redacted' as const })),
  ];
  return { scannedAt: now.toISOString(), findings, details };
}

export function itemFactsOf(uid: string, doc: DocumentRecord, scan: ScanSummary | null): ItemFacts {
  const entry = catalogEntryFor(uid);
  const metadata = (doc.metadata ?? {}) as {
    department?: { code?: string } | null;
    attribute?: string;
    exemptionBasis?: string | null;
  };
  const { reviewLevels, emergencyPublication } = resolveCategoryRules(entry, variantOf(entry, doc));
  return {
    emergencyPublication,
    producingDepartment: metadata.department?.code ?? '',
    category: entry.key,
    attribute: (metadata.attribute ?? 'proactive') as ItemFacts['attribute'],
    exemptionBasis: metadata.exemptionBasis ?? null,
    reviewLevels,
    scan,
  };
}
