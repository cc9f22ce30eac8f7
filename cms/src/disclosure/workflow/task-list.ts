import type { Core } from '@strapi/strapi';
import { loadDomainConfig, resolveCategoryRules } from '@disclosure-hub/config';
import {
  isNextActor,
  nextStep,
  workingDaysLeft,
  workflowStates,
  type Actor,
  type ItemFacts,
  type Role,
} from '@disclosure-hub/workflows';
import { catalogByUid } from '../catalog';
import type { TaskItem, TaskList } from '../contracts';
import { reviewPolicy } from './review-policy';
import { TransitionRefused } from './transition-errors';
import { recordsTable } from './workflow-tables';

/** States in which the deadline no longer matters: the item is out or will never be. */
const settledStates = ['published', 'releasableOnRequest', 'withheld', 'withdrawn'];
/** Due within this many working days counts as "due soon" (the panel turns amber). */
export const dueSoonWorkingDays = 3;

interface RecordRow {
  uid: string;
  document_id: string;
  locale: string;
  state: string;
  revision: string | null;
  department: string;
  author: string;
  snapshot: string;
  scan: string | null;
  post_review_due: string | null;
  due_date: string | null;
  updated_at: string | Date | number;
}

const hasRole = (actor: Actor, department: string, role: Role) =>
  actor.departments.some((d) => d.code === department && d.roles.includes(role));

/**
 * Whether the next step of the item is this actor's, as the workflows package reads the chart
 * (`nextStep`): the role, the department and the two-person rule, for corrections in review too.
 */
export function isWaitingFor(actor: Actor, row: Pick<RecordRow, 'uid' | 'snapshot' | 'department' | 'scan'>): boolean {
  const entry = catalogByUid().get(row.uid);
  const item: ItemFacts = {
    producingDepartment: row.department,
    category: entry?.key ?? row.uid,
    attribute: 'proactive',
    reviewLevels: entry ? resolveCategoryRules(entry, undefined).reviewLevels : ['department'],
    scan: row.scan ? (JSON.parse(row.scan) as ItemFacts['scan']) : null,
  };
  try {
    return isNextActor({ actor, next: nextStep({ snapshot: row.snapshot, item, policy: reviewPolicy() }) });
  } catch {
    return false; // a record the engine cannot read waits for nobody; the panel reports it
  }
}

const queryText = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/**
 * The task list of one admin user: items of the departments they belong to (and, for the bureau's
 * confidentiality reviewers, every item waiting for confidentiality review), with their queue,
 * deadlines and counts. Authorisation is by the memberships stored on the server.
 */
export async function taskList(
  strapi: Core.Strapi,
  { actor, query, now = new Date() }: { actor: Actor; query: Record<string, unknown>; now?: Date },
): Promise<TaskList> {
  const catalog = loadDomainConfig().catalog.categories;
  const category = queryText(query.category);
  const state = queryText(query.state);
  const categoryEntry = category === undefined ? undefined : catalog.find((c) => c.key === category);
  if (category !== undefined && !categoryEntry)
    throw new TransitionRefused(400, 'ValidationError', `未知类别 / unknown category ${category}`, {
      code: 'UNKNOWN_CATEGORY',
      field: 'category',
    });

  const departments = [...new Set(actor.departments.map((d) => d.code))];
  const policy = reviewPolicy();
  const reviewsEverything =
    policy.confidentialityReviewScope === 'disclosureOffice' &&
    hasRole(actor, policy.disclosureOfficeDepartment, 'confidentiality');
  if (departments.length === 0) return { items: [], byState: {}, departments, states: workflowStates };

  const rows = (await strapi.db.transaction(async ({ trx }) =>
    trx(recordsTable)
      .where(
        (builder: {
          whereIn(c: string, v: string[]): unknown;
          orWhere(c: string, v: string): unknown;
          orWhereNotNull(c: string): unknown;
        }) => {
          builder.whereIn('department', departments);
          if (reviewsEverything) {
            builder.orWhere('state', 'confidentialityReview');
            builder.orWhere('revision', 'confidentialityReview');
            // Emergency publications whose confidentiality review is still to come afterwards.
            builder.orWhereNotNull('post_review_due');
          }
        },
      )
      .orderBy('updated_at', 'desc'),
  )) as RecordRow[];

  const byState: Record<string, number> = {};
  for (const row of rows) if (departments.includes(row.department)) byState[row.state] = (byState[row.state] ?? 0) + 1;

  const filtered = rows.filter(
    (row) => (!categoryEntry || row.uid === categoryEntry.contentType) && (!state || row.state === state),
  );
  const titles = await titlesOf(strapi, filtered);
  const byUid = catalogByUid();
  const items = filtered.map((row): TaskItem => {
    // After an emergency publication the post-review is due next (1 working day), and can be late.
    const postReviewDue = row.post_review_due ?? null;
    const dueDate = postReviewDue ?? (settledStates.includes(row.state) ? null : row.due_date);
    const daysLeft = dueDate ? workingDaysLeft({ dueDate, today: now }).days : null;
    return {
      uid: row.uid,
      documentId: row.document_id,
      locale: row.locale,
      category: byUid.get(row.uid)?.key ?? row.uid,
      title: titles.get(`${row.uid}|${row.document_id}|${row.locale}`) ?? null,
      state: row.state,
      revision: row.revision ?? null,
      department: row.department,
      dueDate: dueDate ?? row.due_date,
      workingDaysLeft: daysLeft,
      mine: isWaitingFor(actor, row),
      overdue: daysLeft !== null && daysLeft < 0,
      dueSoon: daysLeft !== null && daysLeft >= 0 && daysLeft <= dueSoonWorkingDays,
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  });
  return { items, byState, departments, states: workflowStates };
}

/** Titles of the drafts, one query per content type. */
async function titlesOf(strapi: Core.Strapi, rows: RecordRow[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const byUid = new Map<string, RecordRow[]>();
  for (const row of rows) byUid.set(row.uid, [...(byUid.get(row.uid) ?? []), row]);
  for (const [uid, group] of byUid) {
    const found = (await strapi.db.query(uid as never).findMany({
      where: { documentId: { $in: [...new Set(group.map((r) => r.document_id))] }, publishedAt: null },
      select: ['documentId', 'locale', 'title'],
    })) as { documentId: string; locale: string; title?: string }[];
    for (const doc of found) if (doc.title) titles.set(`${uid}|${doc.documentId}|${doc.locale}`, doc.title);
  }
  return titles;
}
