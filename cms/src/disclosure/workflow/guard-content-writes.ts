import type { Core } from '@strapi/strapi';
import {
  applyEvent,
  createItem,
  whyNot,
  type Actor,
  type AuditEvent,
  type WorkflowEvent,
} from '@disclosure-hub/workflows';
import { isDisclosureUid } from '../catalog';
import { departmentReference, findDepartment } from '../validation/validate-metadata';
import { changedFields, contentFingerprint } from './content-fingerprint';
import { keepContentSnapshot } from './content-versions';
import { dueDateOf, itemFactsOf, loadDraft, type DocumentRecord } from './item-facts';
import { reviewPolicy } from './review-policy';
import { TransitionRefused } from './transition-errors';
import { currentWriter, type Writer } from './workflow-actor';
import {
  appendAudit,
  findRecord,
  hasWorkflowHistory,
  inTransaction,
  insertRecord,
  parseSnapshot,
  updateRecord,
  type RecordKey,
  type RecordRow,
} from './workflow-records';
import { recordsTable } from './workflow-tables';
import { currentWorkflowScope } from './workflow-scope';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Params = Record<string, unknown>;

const editEvent: WorkflowEvent = { type: 'editor.edit' };
/** States in which the content is signed or being signed: it cannot change until it is taken back. */
const reviewStages = ['departmentReview', 'leaderReview', 'confidentialityReview', 'approved', 'scheduled'];

const forbidden = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new TransitionRefused(403, 'PolicyError', message, { code, ...details });

async function defaultLocale(strapi: Core.Strapi): Promise<string> {
  const service = strapi.plugin('i18n').service('locales') as { getDefaultLocale(): Promise<string> };
  return (await service.getDefaultLocale()) ?? 'zh-CN';
}

const departmentCodeOf = (doc: DocumentRecord | undefined): string | null => {
  const department = (doc?.metadata as { department?: { code?: string } | null } | undefined)?.department;
  return department?.code ?? null;
};

/** The department a write's `metadata.department` points at, `undefined` when the write leaves it. */
async function requestedDepartment(strapi: Core.Strapi, data: unknown): Promise<string | null | undefined> {
  if (!data || typeof data !== 'object' || !('metadata' in data)) return undefined;
  const metadata = (data as { metadata?: unknown }).metadata;
  if (!metadata || typeof metadata !== 'object') return undefined;
  const ref = departmentReference((metadata as { department?: unknown }).department);
  if (ref === undefined) return undefined;
  if (ref === null) return null;
  return (await findDepartment(strapi, ref))?.code ?? null;
}

/** The engine's actor for a write: a super admin acts as an editor of the item's department, audited as such. */
function editingActor(writer: Writer, department: string): Actor {
  if (!writer.superAdmin) return writer.actor;
  return { id: writer.actor.id, departments: [...writer.actor.departments, { code: department, roles: ['editor'] }] };
}

function requireEditor(writer: Writer, department: string | null, code = 'NOT_DEPARTMENT_EDITOR'): void {
  if (writer.superAdmin || department === null) return;
  const member = writer.actor.departments.some((d) => d.code === department && d.roles.includes('editor'));
  if (!member)
    throw forbidden(
      code,
      code === 'REASSIGNMENT_NOT_ALLOWED'
        ? `只能把信息转给本人担任撰稿人的部门 / an item can only be re-assigned to a department you edit for (${department})`
        : `只有制作部门（${department}）的撰稿人可以修改或删除该信息（谁制作谁公开）/ only editors of the producing department may change or delete this item`,
      { department },
    );
}

/** Why an edit is refused in this state, as a code a client can act on. */
function lockedRefusal(row: RecordRow, locale: string): TransitionRefused {
  const stage = row.revision ?? row.state;
  if (reviewStages.includes(stage))
    return new TransitionRefused(
      409,
      'ConflictError',
      '审核期间内容已锁定，须先退回或撤回提交 / the content is locked while in review; take it back first',
      { code: 'ITEM_LOCKED_IN_REVIEW', state: row.state, revision: row.revision, locale },
    );
  if (row.state === 'published')
    return new TransitionRefused(
      409,
      'ConflictError',
      '已发布的信息须先发起更正（editor.revise）再修改 / open a correction (editor.revise) before changing a published item',
      { code: 'REVISION_REQUIRED', state: row.state, locale },
    );
  return new TransitionRefused(
    409,
    'ConflictError',
    '该信息的审核已结束，不能再修改 / the review of this item is closed; it cannot be changed',
    { code: 'ITEM_CLOSED', state: row.state, locale },
  );
}

/** The drafts of every locale of a document, keyed by locale. */
async function draftsOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<Map<string, DocumentRecord>> {
  const rows = (await strapi.db
    .query(uid as never)
    .findMany({ where: { documentId, publishedAt: null }, select: ['locale'] })) as { locale: string }[];
  const drafts = new Map<string, DocumentRecord>();
  for (const { locale } of rows) {
    const doc = await loadDraft(strapi, uid, documentId, locale);
    if (doc) drafts.set(locale, doc);
  }
  return drafts;
}

/** Starts the workflow record of a new document or locale, authored by the writer. */
async function startRecord(
  strapi: Core.Strapi,
  { key, doc, writer, now }: { key: RecordKey; doc: DocumentRecord; writer: Writer; now: Date },
): Promise<void> {
  const item = itemFactsOf(key.uid, doc, null);
  const actor = editingActor(writer, item.producingDepartment);
  const created = createItem({ actor, item, now, policy: reviewPolicy() });
  if (!created.ok)
    throw forbidden('NOT_DEPARTMENT_EDITOR', created.error.message, { reasons: created.error.details.reasons ?? [] });
  const due = dueDateOf(key.uid, doc);
  const fingerprint = contentFingerprint(strapi, key.uid, doc);
  await inTransaction(strapi, async (trx) => {
    await insertRecord(trx, {
      uid: key.uid,
      document_id: key.documentId,
      locale: key.locale,
      snapshot: JSON.stringify(created.snapshot),
      version: created.version,
      state: created.state.state,
      department: item.producingDepartment,
      author: actor.id,
      due_date: due.dueDate,
      due_provisional: due.provisional,
      scheduled_at: null,
      scan: null,
      content_fingerprint: fingerprint,
      now,
    });
    await keepContentSnapshot(strapi, trx, { key, doc, fingerprint });
    await appendAudit(trx, {
      key,
      audit: { actorId: actor.id, at: now.toISOString(), from: 'none', to: 'draft', event: 'create' },
      version: created.version,
      details: { fingerprintAfter: fingerprint, superAdmin: writer.superAdmin },
    });
  });
}

/**
 * `editor.edit` for one locale whose content changed: the engine decides (state and membership),
 * the record remembers who changed it last (the two-person rule) and the audit keeps which
 * fields changed with the fingerprints before and after.
 */
async function recordEdit(
  strapi: Core.Strapi,
  {
    row,
    key,
    before,
    after,
    writer,
    now,
  }: {
    row: RecordRow;
    key: RecordKey;
    before: DocumentRecord | null;
    after: DocumentRecord;
    writer: Writer;
    now: Date;
  },
): Promise<void> {
  const item = itemFactsOf(key.uid, after, null);
  const actor = editingActor(writer, row.department);
  const stored = { snapshot: parseSnapshot(row), version: row.version };
  const policy = reviewPolicy();
  const result = applyEvent({ stored, actor, item, event: editEvent, now, policy });
  if (!result.ok) {
    if (result.error.code === 'EVENT_NOT_ALLOWED') throw lockedRefusal(row, key.locale);
    const reasons = whyNot({ snapshot: stored.snapshot, item, actor, event: editEvent, now, policy });
    throw forbidden('NOT_DEPARTMENT_EDITOR', result.error.message, {
      reasons: reasons.map((r) => ({ rule: r.rule, code: r.code, message: r.message })),
    });
  }
  const fingerprintBefore = row.content_fingerprint ?? (before ? contentFingerprint(strapi, key.uid, before) : null);
  const fingerprintAfter = contentFingerprint(strapi, key.uid, after);
  const due = dueDateOf(key.uid, after);
  await inTransaction(strapi, async (trx) => {
    await updateRecord(trx, {
      key,
      expectedVersion: row.version,
      now,
      values: {
        snapshot: JSON.stringify(result.snapshot),
        version: result.version,
        department: item.producingDepartment,
        due_date: due.dueDate,
        due_provisional: due.provisional,
        content_fingerprint: fingerprintAfter,
      },
    });
    await keepContentSnapshot(strapi, trx, { key, doc: after, fingerprint: fingerprintAfter });
    await appendAudit(trx, {
      key,
      audit: result.audit,
      version: result.version,
      details: {
        fields: changedFields(strapi, key.uid, before, after),
        fingerprintBefore,
        fingerprintAfter,
        superAdmin: writer.superAdmin,
      },
    });
  });
}

async function guardCreate(
  strapi: Core.Strapi,
  ctx: { uid: string; params: Params },
  writer: Writer,
  next: () => Promise<unknown>,
) {
  const department = await requestedDepartment(strapi, ctx.params.data);
  // An unknown or missing department is the validation's to refuse, field by field.
  requireEditor(writer, department ?? null);
  const locale = typeof ctx.params.locale === 'string' ? ctx.params.locale : await defaultLocale(strapi);
  return inTransaction(strapi, async () => {
    const created = (await next()) as { documentId?: string } | null;
    if (!created?.documentId) return created;
    const doc = await loadDraft(strapi, ctx.uid, created.documentId, locale);
    if (doc)
      await startRecord(strapi, {
        key: { uid: ctx.uid, documentId: created.documentId, locale },
        doc,
        writer,
        now: new Date(),
      });
    return created;
  });
}

async function guardUpdate(
  strapi: Core.Strapi,
  ctx: { uid: string; params: Params },
  writer: Writer,
  next: () => Promise<unknown>,
) {
  const documentId = String(ctx.params.documentId ?? '');
  const locale = typeof ctx.params.locale === 'string' ? ctx.params.locale : await defaultLocale(strapi);
  const before = await draftsOf(strapi, ctx.uid, documentId);
  const any = before.get(locale) ?? [...before.values()][0];
  if (!any) return next(); // Strapi answers 404
  const department = departmentCodeOf(any);
  requireEditor(writer, department);
  const requested = await requestedDepartment(strapi, ctx.params.data);
  if (requested && requested !== department) requireEditor(writer, requested, 'REASSIGNMENT_NOT_ALLOWED');
  // Refuse before writing when the target locale is locked; other locales are checked after.
  const target = await findRecord(strapi, { uid: ctx.uid, documentId, locale });
  if (target && department) {
    const check = applyEvent({
      stored: { snapshot: parseSnapshot(target), version: target.version },
      actor: editingActor(writer, department),
      item: itemFactsOf(ctx.uid, any, null),
      event: editEvent,
      now: new Date(),
      policy: reviewPolicy(),
    });
    if (!check.ok && check.error.code === 'EVENT_NOT_ALLOWED') throw lockedRefusal(target, locale);
  }

  return inTransaction(strapi, async () => {
    const result = await next();
    const now = new Date();
    const after = await draftsOf(strapi, ctx.uid, documentId);
    // Shared (non-localized) fields change every locale: each changed locale must allow the edit.
    for (const [l, doc] of after) {
      const previous = before.get(l) ?? null;
      if (previous && contentFingerprint(strapi, ctx.uid, previous) === contentFingerprint(strapi, ctx.uid, doc))
        continue;
      const key = { uid: ctx.uid, documentId, locale: l };
      const row = await findRecord(strapi, key);
      if (row) await recordEdit(strapi, { row, key, before: previous, after: doc, writer, now });
      else await startRecord(strapi, { key, doc, writer, now });
    }
    return result;
  });
}

async function guardDelete(
  strapi: Core.Strapi,
  ctx: { uid: string; params: Params },
  writer: Writer,
  next: () => Promise<unknown>,
) {
  const documentId = String(ctx.params.documentId ?? '');
  const before = await draftsOf(strapi, ctx.uid, documentId);
  const any = [...before.values()][0];
  if (!any) return next();
  requireEditor(writer, departmentCodeOf(any));
  if (await hasWorkflowHistory(strapi, { uid: ctx.uid, documentId }))
    throw new TransitionRefused(
      409,
      'ConflictError',
      '已进入审核流程的信息不能删除，其记录须保留 / an item that entered the review chain cannot be deleted; its history is kept',
      { code: 'ITEM_HAS_HISTORY' },
    );
  return inTransaction(strapi, async (trx) => {
    const result = await next();
    const remaining = new Set(
      (
        (await strapi.db.query(ctx.uid as never).findMany({ where: { documentId }, select: ['locale'] })) as {
          locale: string;
        }[]
      ).map((r) => r.locale),
    );
    const now = new Date().toISOString();
    for (const locale of before.keys()) {
      if (remaining.has(locale)) continue;
      const key = { uid: ctx.uid, documentId, locale };
      const row = await findRecord(strapi, key);
      await trx(recordsTable).where({ uid: ctx.uid, document_id: documentId, locale }).delete();
      // The audit keeps the deletion (and the drafting before it); only the record goes.
      const audit = { actorId: writer.actor.id, at: now, from: row?.state ?? 'draft', to: 'deleted', event: 'delete' };
      await appendAudit(trx, {
        key,
        audit: audit as unknown as AuditEvent,
        version: (row?.version ?? 0) + 1,
        details: { fingerprintBefore: row?.content_fingerprint ?? null, superAdmin: writer.superAdmin },
      });
    }
    return result;
  });
}

/**
 * `editor.edit` as a Document Service middleware: every create, update and delete of a disclosure
 * item — admin content manager, REST, GraphQL, API tokens, scripts — is authorized (members of the
 * producing department, bound tokens, audited super admins), refused while the content is in review
 * (`ITEM_LOCKED_IN_REVIEW`), and audited with the fields changed and the content fingerprints.
 * The workflow's own calls (publication inside `runAsWorkflow`) pass through.
 */
export function guardContentWrites(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const ctx = context as unknown as { uid: string; action: string; params: Params };
    if (!isDisclosureUid(ctx.uid) || currentWorkflowScope()) return next();
    if (!['create', 'update', 'delete', 'clone'].includes(ctx.action)) return next();
    const proceed = next as () => Promise<unknown>;
    try {
      const writer = await currentWriter(strapi);
      if (ctx.action === 'create') return (await guardCreate(strapi, ctx, writer, proceed)) as never;
      if (ctx.action === 'update') return (await guardUpdate(strapi, ctx, writer, proceed)) as never;
      if (ctx.action === 'clone')
        // A copy would carry the source's 索引号 and signed metadata; a new item gets its own.
        throw new TransitionRefused(
          400,
          'ValidationError',
          '政务公开信息不能复制，请新建条目 / disclosure items cannot be duplicated; create a new item',
          { code: 'DUPLICATE_NOT_ALLOWED' },
        );
      return (await guardDelete(strapi, ctx, writer, proceed)) as never;
    } catch (error) {
      if (error instanceof TransitionRefused) throw error.toHttpError();
      throw error;
    }
  };
}
