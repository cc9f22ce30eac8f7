import type { Core } from '@strapi/strapi';
import {
  applyEvent,
  availableEvents,
  createItem,
  workflowEventTypes,
  whyNot,
  type Actor,
  type ItemFacts,
  type PersistedWorkflowSnapshot,
  type RuleFailure,
  type ScanSummary,
  type WorkflowEvent,
  type WorkflowEventType,
} from '@disclosure-hub/workflows';
import { isDisclosureUid } from '../catalog';
import { enqueueOutboxEvent, kickOutboxWorker, type OutboxTopic } from '../outbox';
import { dueDateOf, itemFactsOf, loadDraft, scanDocument, type DocumentRecord } from './item-facts';
import { reviewPolicy } from './review-policy';
import { TransitionRefused, transitionRefused } from './transition-errors';
import { adminActorId } from './workflow-actor';
import { auditTable, recordsTable } from './workflow-tables';
import { runAsWorkflow } from './workflow-scope';

interface RecordRow {
  uid: string;
  document_id: string;
  locale: string;
  snapshot: string;
  version: number;
  state: string;
  department: string;
  author: string;
  due_date: string | null;
  due_provisional: boolean | number;
  scheduled_at: string | null;
  scan: string | null;
}

export interface TransitionTarget {
  uid: string;
  documentId: string;
  locale: string;
}

/** Events after which the scanner runs again over every text of the draft. */
const scanningEvents: readonly WorkflowEventType[] = [
  'editor.submit',
  'editor.resubmit',
  'publisher.publish',
  'publisher.emergencyPublish',
  'system.publishDue',
];

const notFound = (code: string, message: string) => new TransitionRefused(404, 'NotFoundError', message, { code });

async function findRecord(
  strapi: Core.Strapi,
  { uid, documentId, locale }: TransitionTarget,
): Promise<RecordRow | undefined> {
  // Through db.transaction so that a caller's open transaction is reused: on SQLite a second
  // connection would wait for the first one forever.
  return strapi.db.transaction(async ({ trx }) =>
    trx(recordsTable).where({ uid, document_id: documentId, locale }).first(),
  );
}

async function authorOf(strapi: Core.Strapi, { uid, documentId, locale }: TransitionTarget): Promise<string | null> {
  const row = (await strapi.db
    .query(uid as never)
    .findOne({ where: { documentId, locale }, populate: ['createdBy'] })) as {
    createdBy?: { id: number } | null;
  } | null;
  return row?.createdBy ? adminActorId(row.createdBy.id) : null;
}

/**
 * The first transition of a document starts its workflow record: the author is whoever created it
 * in the admin, or the first person to act on it when a machine created it.
 */
async function ensureRecord(
  strapi: Core.Strapi,
  {
    target,
    doc,
    item,
    actor,
    now,
  }: { target: TransitionTarget; doc: DocumentRecord; item: ItemFacts; actor: Actor; now: Date },
): Promise<RecordRow> {
  const existing = await findRecord(strapi, target);
  if (existing) return existing;
  const author = (await authorOf(strapi, target)) ?? actor.id;
  // The engine checks who may create; here the document already exists, so start it as its author.
  const created = createItem({
    actor: { id: author, departments: [{ code: item.producingDepartment, roles: ['editor'] }] },
    item,
    now,
    policy: reviewPolicy(),
  });
  if (!created.ok) throw transitionRefused(created.error, []);
  const due = dueDateOf(target.uid, doc);
  await strapi.db.transaction(async ({ trx }) => {
    await trx(recordsTable)
      .insert({
        uid: target.uid,
        document_id: target.documentId,
        locale: target.locale,
        snapshot: JSON.stringify(created.snapshot),
        version: created.version,
        state: created.state.state,
        department: item.producingDepartment,
        author,
        due_date: due.dueDate,
        due_provisional: due.provisional,
        scheduled_at: null,
        scan: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict(['uid', 'document_id', 'locale'])
      .ignore();
  });
  return (await findRecord(strapi, target))!;
}

const parseScan = (row: RecordRow): ScanSummary | null => (row.scan ? (JSON.parse(row.scan) as ScanSummary) : null);

export interface TransitionResult {
  state: string;
  revision: string | null;
  online: boolean;
  version: number;
  dueDate: string | null;
  scheduledAt: string | null;
  availableEvents: WorkflowEventType[];
}

/**
 * Applies one workflow event to one document and locale: loads the facts, asks the engine, then in
 * ONE database transaction stores the new snapshot (optimistic version check), appends the audit
 * row, performs the publication itself and writes the outbox rows. Effects run after commit.
 */
export async function applyTransition(
  strapi: Core.Strapi,
  {
    target,
    event,
    expectedVersion,
    actor,
    now = new Date(),
  }: { target: TransitionTarget; event: WorkflowEvent; expectedVersion?: number; actor: Actor; now?: Date },
): Promise<TransitionResult> {
  if (!isDisclosureUid(target.uid))
    throw notFound('NOT_A_DISCLOSURE_TYPE', `${target.uid} 不是政务公开信息类型 / is not a disclosure type`);
  if (!(workflowEventTypes as readonly string[]).includes(event?.type)) {
    throw new TransitionRefused(400, 'ValidationError', `未知操作 / unknown event ${String(event?.type)}`, {
      code: 'UNKNOWN_EVENT',
    });
  }
  const doc = await loadDraft(strapi, target.uid, target.documentId, target.locale);
  if (!doc) throw notFound('DOCUMENT_NOT_FOUND', '找不到该信息 / no such document in this locale');

  const baseItem = itemFactsOf(target.uid, doc, null);
  const record = await ensureRecord(strapi, { target, doc, item: baseItem, actor, now });
  const scan = scanningEvents.includes(event.type)
    ? await scanDocument(strapi, { uid: target.uid, doc, previous: parseScan(record), now })
    : parseScan(record);
  const item = itemFactsOf(target.uid, doc, scan);
  const policy = reviewPolicy();
  const stored = { snapshot: JSON.parse(record.snapshot) as PersistedWorkflowSnapshot, version: record.version };

  const result = applyEvent({ stored, expectedVersion, actor, item, event, now, policy });
  if (!result.ok)
    throw transitionRefused(result.error, whyNot({ snapshot: stored.snapshot, item, actor, event, now, policy }));

  const due = dueDateOf(target.uid, doc);
  const scheduleEffect = result.effects.find((e) => e.kind === 'schedule');
  // Stored in UTC ISO form so that the scheduler can compare times as strings.
  const scheduledAt =
    scheduleEffect && scheduleEffect.kind === 'schedule'
      ? scheduleEffect.at && new Date(scheduleEffect.at).toISOString()
      : record.scheduled_at;
  const documents = strapi.documents(target.uid as never) as unknown as {
    publish(p: object): Promise<unknown>;
    unpublish(p: object): Promise<unknown>;
  };

  const outboxTopics: OutboxTopic[] = [];
  await strapi.db.transaction(async ({ trx }) => {
    const updated = await trx(recordsTable)
      .where({ uid: target.uid, document_id: target.documentId, locale: target.locale, version: record.version })
      .update({
        snapshot: JSON.stringify(result.snapshot),
        version: result.version,
        state: result.state.state,
        department: item.producingDepartment,
        due_date: due.dueDate,
        due_provisional: due.provisional,
        scheduled_at: scheduledAt,
        scan: scan ? JSON.stringify({ scannedAt: scan.scannedAt, findings: scan.findings }) : null,
        updated_at: now,
      });
    if (updated === 0) {
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
    const { audit } = result;
    await trx(auditTable).insert({
      uid: target.uid,
      document_id: target.documentId,
      locale: target.locale,
      actor_id: audit.actorId,
      at: audit.at,
      from_state: audit.from,
      to_state: audit.to,
      event: audit.event,
      version: result.version,
      reason: audit.reason ?? null,
      details: JSON.stringify({
        confidentiality: audit.confidentiality,
        scan: audit.scan,
        emergency: audit.emergency,
        postReview: audit.postReview,
        scheduledAt: audit.scheduledAt,
        findingId: audit.findingId,
      }),
    });
    const scope = { command: event.type, actorId: actor.id };
    for (const effect of result.effects) {
      if (effect.kind === 'publish') {
        await runAsWorkflow(scope, () => documents.publish({ documentId: target.documentId, locale: target.locale }));
        outboxTopics.push(effect.replaces === null ? 'publish' : 'correct');
      } else if (effect.kind === 'unpublish') {
        await runAsWorkflow(scope, () => documents.unpublish({ documentId: target.documentId, locale: target.locale }));
        outboxTopics.push('withdraw');
      }
    }
    for (const topic of outboxTopics) {
      await enqueueOutboxEvent(trx, {
        topic,
        uid: target.uid,
        documentId: target.documentId,
        locale: target.locale,
        payload: { version: result.version, actorId: actor.id, at: now.toISOString(), reason: audit.reason ?? null },
      });
    }
  });
  if (outboxTopics.length > 0) kickOutboxWorker();

  return {
    state: result.state.state,
    revision: result.state.revision,
    online: result.state.online,
    version: result.version,
    dueDate: due.dueDate,
    scheduledAt,
    availableEvents: availableEvents({ snapshot: result.snapshot, item, actor, now, policy }),
  };
}

export interface WorkflowView extends TransitionResult {
  author: string | null;
  department: string;
  /** For each event this actor cannot send now, every reason (so nobody has to guess). */
  blocked: Partial<Record<WorkflowEventType, RuleFailure[]>>;
  scan: ScanSummary | null;
  history: {
    actorId: string;
    at: string;
    from: string;
    to: string;
    event: string;
    reason: string | null;
    version: number;
  }[];
}

/** What the admin panel shows for one document and locale, for one actor. */
export async function workflowView(
  strapi: Core.Strapi,
  { target, actor, now = new Date() }: { target: TransitionTarget; actor: Actor; now?: Date },
): Promise<WorkflowView> {
  if (!isDisclosureUid(target.uid)) throw notFound('NOT_A_DISCLOSURE_TYPE', `${target.uid} is not a disclosure type`);
  const doc = await loadDraft(strapi, target.uid, target.documentId, target.locale);
  if (!doc) throw notFound('DOCUMENT_NOT_FOUND', 'no such document in this locale');
  const record = await ensureRecord(strapi, { target, doc, item: itemFactsOf(target.uid, doc, null), actor, now });
  const scan = parseScan(record);
  const item = itemFactsOf(target.uid, doc, scan);
  const policy = reviewPolicy();
  const snapshot = JSON.parse(record.snapshot) as PersistedWorkflowSnapshot;
  const available = availableEvents({ snapshot, item, actor, now, policy });
  const blocked: WorkflowView['blocked'] = {};
  for (const type of workflowEventTypes) {
    if (available.includes(type) || type === 'system.publishDue') continue;
    const reasons = whyNot({ snapshot, item, actor, event: { type } as WorkflowEvent, now, policy });
    if (reasons.length > 0) blocked[type] = reasons;
  }
  const history = await strapi.db.transaction(async ({ trx }) =>
    trx(auditTable)
      .where({ uid: target.uid, document_id: target.documentId, locale: target.locale })
      .orderBy('id', 'asc'),
  );
  const due = dueDateOf(target.uid, doc);
  return {
    state: record.state,
    revision: null,
    online: Boolean(doc.publishedAt) || record.state === 'published',
    version: record.version,
    dueDate: due.dueDate,
    scheduledAt: record.scheduled_at,
    availableEvents: available,
    author: record.author,
    department: record.department,
    blocked,
    scan,
    history: history.map((h: Record<string, unknown>) => ({
      actorId: String(h.actor_id),
      at: String(h.at),
      from: String(h.from_state),
      to: String(h.to_state),
      event: String(h.event),
      reason: (h.reason as string | null) ?? null,
      version: Number(h.version),
    })),
  };
}
