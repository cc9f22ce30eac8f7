import type { Core } from '@strapi/strapi';
import type { AuditEvent, PersistedWorkflowSnapshot } from '@disclosure-hub/workflows';
import { TransitionRefused } from './transition-errors';
import { auditTable, recordsTable } from './workflow-tables';

type Knex = Core.Strapi['db']['connection'];

/** One row of `dh_workflow_records`: the workflow of one document in one locale. */
export interface RecordRow {
  uid: string;
  document_id: string;
  locale: string;
  snapshot: string;
  version: number;
  state: string;
  revision: string | null;
  department: string;
  author: string;
  due_date: string | null;
  due_provisional: boolean | number;
  scheduled_at: string | null;
  scan: string | null;
  content_fingerprint: string | null;
  signed_fingerprint: string | null;
  signed_by: string | null;
  post_review_due: string | null;
}

export interface RecordKey {
  uid: string;
  documentId: string;
  locale: string;
}

const whereKey = ({ uid, documentId, locale }: RecordKey) => ({ uid, document_id: documentId, locale });

/**
 * Runs `fn` with the caller's open transaction if there is one, else a new one: on SQLite a second
 * connection would wait for the first one forever.
 */
export function inTransaction<T>(strapi: Core.Strapi, fn: (trx: Knex) => Promise<T>): Promise<T> {
  return strapi.db.transaction(async ({ trx }) => fn(trx as unknown as Knex)) as Promise<T>;
}

export async function findRecord(strapi: Core.Strapi, key: RecordKey): Promise<RecordRow | undefined> {
  return inTransaction(strapi, async (trx) => (await trx(recordsTable).where(whereKey(key)).first()) as RecordRow);
}

export async function recordsOfDocument(
  strapi: Core.Strapi,
  { uid, documentId }: { uid: string; documentId: string },
): Promise<RecordRow[]> {
  return inTransaction(
    strapi,
    async (trx) => (await trx(recordsTable).where({ uid, document_id: documentId })) as RecordRow[],
  );
}

/** Inserts a new record unless one exists (a concurrent first write); returns the stored one. */
export async function insertRecord(
  trx: Knex,
  row: Omit<RecordRow, 'revision' | 'signed_fingerprint' | 'signed_by' | 'post_review_due'> & { now: Date },
): Promise<void> {
  const { now, ...values } = row;
  await trx(recordsTable)
    .insert({
      ...values,
      revision: null,
      signed_fingerprint: null,
      signed_by: null,
      post_review_due: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict(['uid', 'document_id', 'locale'])
    .ignore();
}

/** Stores a new state with an optimistic version check: a stale write is a 409, never lost. */
export async function updateRecord(
  trx: Knex,
  {
    key,
    expectedVersion,
    values,
    now,
  }: { key: RecordKey; expectedVersion: number; values: Partial<RecordRow>; now: Date },
): Promise<void> {
  const updated = await trx(recordsTable)
    .where({ ...whereKey(key), version: expectedVersion })
    .update({ ...values, updated_at: now });
  if (updated === 0)
    throw new TransitionRefused(
      409,
      'ConflictError',
      '该信息已被他人修改，请刷新后重试 / changed by someone else; reload and retry',
      {
        code: 'VERSION_CONFLICT',
        reasons: [],
      },
    );
}

/** Appends one row to the audit log; nothing updates or deletes an audit row. */
export async function appendAudit(
  trx: Knex,
  {
    key,
    audit,
    version,
    details,
  }: { key: RecordKey; audit: AuditEvent; version: number; details: Record<string, unknown> },
): Promise<void> {
  await trx(auditTable).insert({
    ...whereKey(key),
    actor_id: audit.actorId,
    at: audit.at,
    from_state: audit.from,
    to_state: audit.to,
    event: audit.event,
    version,
    reason: audit.reason ?? null,
    details: JSON.stringify(details),
  });
}

/** Whether anything but drafting ever happened to the document (any locale): then it keeps its history. */
export async function hasWorkflowHistory(
  strapi: Core.Strapi,
  { uid, documentId }: { uid: string; documentId: string },
) {
  return inTransaction(strapi, async (trx) => {
    const row = await trx(auditTable)
      .where({ uid, document_id: documentId })
      .whereNotIn('event', ['create', 'editor.edit'])
      .first();
    return row !== undefined;
  });
}

export const parseSnapshot = (row: RecordRow) => JSON.parse(row.snapshot) as PersistedWorkflowSnapshot;
