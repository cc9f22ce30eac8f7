import type { Core } from '@strapi/strapi';
import { isDisclosureUid } from '../catalog';
import type { ContentVersion, ContentVersions } from '../contracts';
import { canonicalContent, contentFingerprint } from './content-fingerprint';
import { loadDraft } from './item-facts';
import { TransitionRefused } from './transition-errors';
import { findRecord, inTransaction, type RecordKey } from './workflow-records';
import { auditTable } from './workflow-tables';

type Knex = Core.Strapi['db']['connection'];

/** The canonical content of every version that was saved or signed, once per fingerprint. */
export const contentSnapshotsTable = 'dh_content_snapshots';

export async function createContentSnapshotTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(contentSnapshotsTable)) return;
  await knex.schema.createTable(contentSnapshotsTable, (t) => {
    t.string('uid', 255).notNullable();
    t.string('document_id', 255).notNullable();
    t.string('locale', 20).notNullable();
    t.string('fingerprint', 64).notNullable();
    t.text('content').notNullable();
    t.timestamp('created_at').notNullable();
    t.primary(['uid', 'document_id', 'locale', 'fingerprint']);
  });
}

/** Keeps the content behind a fingerprint, so a later reviewer can see what changed since. */
export async function keepContentSnapshot(
  strapi: Core.Strapi,
  trx: Knex,
  { key, doc, fingerprint }: { key: RecordKey; doc: Record<string, unknown>; fingerprint: string },
): Promise<void> {
  await trx(contentSnapshotsTable)
    .insert({
      uid: key.uid,
      document_id: key.documentId,
      locale: key.locale,
      fingerprint,
      content: JSON.stringify(canonicalContent(strapi, key.uid, doc)),
      created_at: new Date(),
    })
    .onConflict(['uid', 'document_id', 'locale', 'fingerprint'])
    .ignore();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The saved and signed versions of one document and locale, and the difference between the draft a
 * reviewer is asked to sign now and the version last signed (or the first saved one). Reads only.
 */
export async function contentVersions(
  strapi: Core.Strapi,
  key: RecordKey,
  names: (ids: string[]) => Promise<Map<string, string>>,
): Promise<ContentVersions> {
  if (!isDisclosureUid(key.uid))
    throw new TransitionRefused(404, 'NotFoundError', `${key.uid} 不是政务公开信息类型 / is not a disclosure type`, {
      code: 'NOT_A_DISCLOSURE_TYPE',
    });
  const doc = await loadDraft(strapi, key.uid, key.documentId, key.locale);
  if (!doc)
    throw new TransitionRefused(404, 'NotFoundError', '找不到该信息 / no such document in this locale', {
      code: 'DOCUMENT_NOT_FOUND',
    });
  const audit = (await inTransaction(strapi, async (trx) =>
    trx(auditTable).where({ uid: key.uid, document_id: key.documentId, locale: key.locale }).orderBy('id', 'asc'),
  )) as { actor_id: string; at: string; event: string; details: string | null }[];
  const versions: ContentVersion[] = [];
  for (const row of audit) {
    const details = row.details ? (JSON.parse(row.details) as Record<string, unknown>) : {};
    const fingerprint = (details.signed ?? details.fingerprintAfter) as string | undefined;
    if (typeof fingerprint !== 'string') continue;
    versions.push({
      fingerprint,
      event: row.event,
      actorId: row.actor_id,
      actorName: null,
      at: row.at,
      signed: typeof details.signed === 'string',
    });
  }
  const nameOf = await names(versions.map((v) => v.actorId));
  for (const v of versions) v.actorName = nameOf.get(v.actorId) ?? null;

  const record = await findRecord(strapi, key);
  const signed = record?.signed_fingerprint
    ? [...versions].reverse().find((v) => v.signed && v.fingerprint === record.signed_fingerprint)
    : undefined;
  const baseline = signed ?? versions[0];
  const stored = baseline
    ? ((await inTransaction(strapi, async (trx) =>
        trx(contentSnapshotsTable)
          .where({ uid: key.uid, document_id: key.documentId, locale: key.locale, fingerprint: baseline.fingerprint })
          .first(),
      )) as { content: string } | undefined)
    : undefined;
  const before = stored ? (JSON.parse(stored.content) as Record<string, unknown>) : null;
  const after = canonicalContent(strapi, key.uid, doc);
  const diff = before
    ? Object.keys(after)
        .filter((field) => !same(before[field], after[field]))
        .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    : [];
  return {
    versions,
    current: { fingerprint: contentFingerprint(strapi, key.uid, doc) },
    lastSigned: signed
      ? { fingerprint: signed.fingerprint, by: signed.actorId, byName: signed.actorName, at: signed.at }
      : null,
    diff,
  };
}
