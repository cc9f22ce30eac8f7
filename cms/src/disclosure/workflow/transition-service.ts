import type { Core } from '@strapi/strapi';
import {
  applyEvent,
  availableEvents,
  createItem,
  isNextActor,
  nextStep,
  workflowEventTypes,
  whyNot,
  workingDaysLeft,
  type Actor,
  type ItemFacts,
  type Effect,
  type ScanSummary,
  type WorkflowEvent,
  type WorkflowEventType,
} from '@disclosure-hub/workflows';
import { isDisclosureUid } from '../catalog';
import type { FindingDetail, TransitionResult, WorkflowView } from '../contracts';
import { enqueueOutboxEvent, kickOutboxWorker, type OutboxTopic } from '../outbox';
import { enqueueNotification } from '../notifications';
import { catalogEntryFor, dueDateOf, itemFactsOf, loadDraft, scanDocument, type DocumentRecord } from './item-facts';
import { reviewPolicy } from './review-policy';
import { TransitionRefused, transitionRefused } from './transition-errors';
import { adminActorId } from './workflow-actor';
import { auditTable } from './workflow-tables';
import { contentFingerprint } from './content-fingerprint';
import { keepContentSnapshot } from './content-versions';
import {
  appendAudit,
  findRecord,
  inTransaction,
  insertRecord,
  parseSnapshot,
  updateRecord,
  type RecordRow,
} from './workflow-records';
import { runAsWorkflow } from './workflow-scope';

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

/** Events whose actor signs the current content: their fingerprint is what publication must match. */
const signingEvents: readonly WorkflowEventType[] = [
  'reviewer.approve',
  'leader.approve',
  'confidentiality.clear',
  'reviewer.postReview',
];
/** Events that start a new review round: earlier signatures no longer cover the content. */
const roundEvents: readonly WorkflowEventType[] = ['editor.submit', 'editor.resubmit', 'editor.revise'];

function assertNever(value: never): never {
  throw new Error(`unhandled workflow effect ${JSON.stringify(value)}`);
}

const notFound = (code: string, message: string) => new TransitionRefused(404, 'NotFoundError', message, { code });

async function authorOf(strapi: Core.Strapi, { uid, documentId, locale }: TransitionTarget): Promise<string | null> {
  const row = (await strapi.db
    .query(uid as never)
    .findOne({ where: { documentId, locale }, populate: ['createdBy'] })) as {
    createdBy?: { id: number } | null;
  } | null;
  return row?.createdBy ? adminActorId(row.createdBy.id) : null;
}

/**
 * The record of a document, or — for a document written before the workflow layer kept records —
 * one computed in memory (author: whoever created it in the admin), persisted only by a transition.
 * Reads never write: opening the workflow view records nothing.
 */
async function recordOf(
  strapi: Core.Strapi,
  { target, doc, item, now }: { target: TransitionTarget; doc: DocumentRecord; item: ItemFacts; now: Date },
): Promise<{ row: RecordRow; persisted: boolean }> {
  const existing = await findRecord(strapi, target);
  if (existing) return { row: existing, persisted: true };
  const author = (await authorOf(strapi, target)) ?? unknownAuthor;
  const created = createItem({
    actor: { id: author, departments: [{ code: item.producingDepartment, roles: ['editor'] }] },
    item,
    now,
    policy: reviewPolicy(),
  });
  if (!created.ok) throw transitionRefused(created.error, []);
  const due = dueDateOf(target.uid, doc);
  return {
    persisted: false,
    row: {
      uid: target.uid,
      document_id: target.documentId,
      locale: target.locale,
      snapshot: JSON.stringify(created.snapshot),
      version: created.version,
      state: created.state.state,
      revision: null,
      department: item.producingDepartment,
      author,
      due_date: due.dueDate,
      due_provisional: due.provisional,
      scheduled_at: null,
      scan: null,
      content_fingerprint: contentFingerprint(strapi, target.uid, doc),
      signed_fingerprint: null,
      signed_by: null,
      post_review_due: null,
    },
  };
}

/** The author of a document that a machine created before records existed: nobody can claim it. */
const unknownAuthor = 'unknown:legacy';

const parseScan = (row: RecordRow): ScanSummary | null => (row.scan ? (JSON.parse(row.scan) as ScanSummary) : null);

const detailsOf = (scan: ScanSummary): FindingDetail[] => (scan as { details?: FindingDetail[] }).details ?? [];

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
  const { row: record, persisted } = await recordOf(strapi, { target, doc, item: baseItem, now });
  const scan = scanningEvents.includes(event.type)
    ? await scanDocument(strapi, { uid: target.uid, doc, previous: parseScan(record), now })
    : parseScan(record);
  const item = itemFactsOf(target.uid, doc, scan);
  const policy = reviewPolicy();
  const stored = { snapshot: parseSnapshot(record), version: record.version };

  const result = applyEvent({ stored, expectedVersion, actor, item, event, now, policy });
  if (!result.ok)
    throw transitionRefused(result.error, whyNot({ snapshot: stored.snapshot, item, actor, event, now, policy }));

  // What the reviewers signed is what goes online: the draft must be the version last signed.
  const fingerprint = contentFingerprint(strapi, target.uid, doc);
  const publishes = result.effects.some((e) => e.kind === 'publish');
  if (publishes && record.signed_fingerprint !== null && record.signed_fingerprint !== fingerprint)
    throw new TransitionRefused(
      409,
      'ConflictError',
      '内容在最后一次审核后被修改，须重新审核 / the content changed after the last review; it must be reviewed again',
      { code: 'CONTENT_CHANGED_SINCE_REVIEW', signed: record.signed_fingerprint, current: fingerprint },
    );
  const signs = signingEvents.includes(event.type);
  const startsRound = roundEvents.includes(event.type);

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
  const notifications: Extract<Effect, { kind: 'notify' }>[] = [];
  await inTransaction(strapi, async (trx) => {
    if (!persisted) await insertRecord(trx, { ...record, now });
    await updateRecord(trx, {
      key: target,
      expectedVersion: record.version,
      now,
      values: {
        snapshot: JSON.stringify(result.snapshot),
        version: result.version,
        state: result.state.state,
        revision: result.state.revision,
        post_review_due: result.state.postReviewDueDate,
        department: item.producingDepartment,
        due_date: due.dueDate,
        due_provisional: due.provisional,
        scheduled_at: scheduledAt,
        // The details (field, excerpt) stay beside the summary so that the panel can show each finding in context.
        scan: scan
          ? JSON.stringify({ scannedAt: scan.scannedAt, findings: scan.findings, details: detailsOf(scan) })
          : null,
        content_fingerprint: fingerprint,
        ...(signs ? { signed_fingerprint: fingerprint, signed_by: actor.id } : {}),
        ...(startsRound ? { signed_fingerprint: null, signed_by: null } : {}),
      },
    });
    const { audit } = result;
    if (signs) await keepContentSnapshot(strapi, trx, { key: target, doc, fingerprint });
    await appendAudit(trx, {
      key: target,
      audit,
      version: result.version,
      details: {
        confidentiality: audit.confidentiality,
        scan: audit.scan,
        emergency: audit.emergency,
        postReview: audit.postReview,
        scheduledAt: audit.scheduledAt,
        findingId: audit.findingId,
        fingerprint,
        ...(signs ? { signed: fingerprint } : {}),
      },
    });
    const scope = { command: event.type, actorId: actor.id };
    for (const effect of result.effects) {
      switch (effect.kind) {
        case 'publish':
          await runAsWorkflow(scope, () => documents.publish({ documentId: target.documentId, locale: target.locale }));
          outboxTopics.push(effect.replaces === null ? 'publish' : 'correct');
          break;
        case 'unpublish':
          await runAsWorkflow(scope, () =>
            documents.unpublish({ documentId: target.documentId, locale: target.locale }),
          );
          outboxTopics.push('withdraw');
          break;
        case 'index':
        case 'unindex':
          // The engine pairs these with publish / unpublish; search sync consumes the outbox topic
          // written for those (publish, correct, withdraw), so indexing happens once, after commit.
          break;
        case 'notify':
          notifications.push(effect);
          break;
        case 'schedule':
          // Stored above as `scheduled_at`; the scheduler (publish-due) reads it.
          break;
        default:
          assertNever(effect);
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
    for (const notification of notifications) {
      await enqueueNotification(trx, {
        target,
        template: notification.template,
        recipients: notification.recipients,
        actorId: actor.id,
        at: now.toISOString(),
        reason: audit.reason ?? null,
      });
    }
  });
  if (outboxTopics.length > 0 || notifications.length > 0) kickOutboxWorker();

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

/** Names of admin actors (`admin:<id>`) for the timeline; machine actors keep their id. */
export async function actorNames(strapi: Core.Strapi, actorIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(actorIds.map((a) => /^admin:(\d+)$/.exec(a)?.[1]).filter((id) => id !== undefined))].map(
    Number,
  );
  const users =
    ids.length === 0
      ? []
      : ((await strapi.db.query('admin::user').findMany({
          where: { id: { $in: ids } },
          select: ['id', 'firstname', 'lastname', 'email'],
        })) as { id: number; firstname?: string | null; lastname?: string | null; email: string }[]);
  return new Map(users.map((u) => [adminActorId(u.id), `${u.lastname ?? ''}${u.firstname ?? ''}`.trim() || u.email]));
}

/** What the admin panel shows for one document and locale, for one actor. */
export async function workflowView(
  strapi: Core.Strapi,
  { target, actor, now = new Date() }: { target: TransitionTarget; actor: Actor; now?: Date },
): Promise<WorkflowView> {
  if (!isDisclosureUid(target.uid)) throw notFound('NOT_A_DISCLOSURE_TYPE', `${target.uid} is not a disclosure type`);
  const doc = await loadDraft(strapi, target.uid, target.documentId, target.locale);
  if (!doc) throw notFound('DOCUMENT_NOT_FOUND', 'no such document in this locale');
  const { row: record } = await recordOf(strapi, { target, doc, item: itemFactsOf(target.uid, doc, null), now });
  const scan = parseScan(record);
  const item = itemFactsOf(target.uid, doc, scan);
  const policy = reviewPolicy();
  const snapshot = parseSnapshot(record);
  const available = availableEvents({ snapshot, item, actor, now, policy });
  const next = nextStep({ snapshot, item, policy });
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
  const names = await actorNames(strapi, [
    ...history.map((h: Record<string, unknown>) => String(h.actor_id)),
    ...Object.values(snapshot.context.dismissals).map((d) => d.by),
  ]);
  const details = new Map(detailsOf(scan ?? { scannedAt: '', findings: [] }).map((d) => [d.id, d]));
  const metadata = (doc.metadata ?? {}) as { indexNumber?: string | null };
  const cleared = snapshot.context.confidentiality;
  return {
    category: catalogEntryFor(target.uid).key,
    indexNumber: metadata.indexNumber ?? null,
    workingDaysLeft:
      due.dueDate && !['published', 'releasableOnRequest', 'withheld', 'withdrawn'].includes(record.state)
        ? workingDaysLeft({ dueDate: due.dueDate, today: now }).days
        : null,
    findings: (scan?.findings ?? []).map((f) => {
      const dismissal = snapshot.context.dismissals[f.id];
      const detail = details.get(f.id);
      return {
        id: f.id,
        kind: detail?.kind ?? f.kind,
        path: detail?.path ?? f.id.split('@')[0] ?? '',
        excerpt: detail?.excerpt ?? '',
        status: f.status === 'open' && dismissal ? 'dismissed' : f.status,
        dismissal: dismissal
          ? { by: dismissal.by, byName: names.get(dismissal.by) ?? null, at: dismissal.at, reason: dismissal.reason }
          : null,
      };
    }),
    next: {
      stage: next.stage,
      waitingFor: next.waitingFor.map((w) => ({ role: w.role, department: w.department, events: [...w.events] })),
      mine: isNextActor({ actor, next }),
    },
    confidentiality: cleared
      ? { reviewerId: cleared.reviewerId, at: cleared.at, basis: cleared.basis, conclusion: cleared.conclusion }
      : null,
    state: record.state,
    revision: record.revision,
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
      actorName: names.get(String(h.actor_id)) ?? null,
      at: String(h.at),
      from: String(h.from_state),
      to: String(h.to_state),
      event: String(h.event),
      reason: (h.reason as string | null) ?? null,
      version: Number(h.version),
    })),
  };
}
