import type { Core } from '@strapi/strapi';
import { shanghaiDateOf, workingDaysLeft, type Recipient } from '@disclosure-hub/workflows';
import { kickOutboxWorker } from '../outbox';
import { dueSoonWorkingDays } from '../workflow/task-list';
import { recordsTable } from '../workflow/workflow-tables';
import { enqueueNotification } from './enqueue-notification';
import { deadlineNoticesTable } from './notification-tables';

/** States in which the deadline no longer matters: the item is out or will never be (as in the task list). */
const settledStates = ['published', 'releasableOnRequest', 'withheld', 'withdrawn'];
/** The actor of deadline reminders: nobody is spared as "the one who caused it". */
export const deadlineActorId = 'system:deadlines';
/** Reminders older than this many days can no longer collide with a new one and are pruned. */
const keepDays = 31;

interface DueRow {
  uid: string;
  document_id: string;
  locale: string;
  state: string;
  department: string;
  due_date: string;
}

/** What one run of the deadline job enqueued. */
export interface DeadlineRun {
  dueSoon: number;
  overdue: number;
}

function templateFor(strapi: Core.Strapi, row: DueRow, now: Date): 'dueSoon' | 'overdue' | null {
  let days: number;
  try {
    days = workingDaysLeft({ dueDate: row.due_date, today: now }).days;
  } catch (error) {
    strapi.log.warn(
      `[disclosure-hub] deadline of ${row.uid} ${row.document_id} (${row.locale}) unreadable: ${String(row.due_date)}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
    return null;
  }
  if (days < 0) return 'overdue';
  return days <= dueSoonWorkingDays ? 'dueSoon' : null;
}

/**
 * Reminds the producing department's editors and reviewers of every unsettled item due within
 * three working days (`dueSoon`) or past its due date (`overdue`), once per item and day
 * (Asia/Shanghai). The day's reminder is claimed by a row with a unique key in the same
 * transaction as its outbox event, so overlapping runs and several processes remind once.
 */
export async function notifyDeadlines(
  strapi: Core.Strapi,
  { now = new Date() }: { now?: Date } = {},
): Promise<DeadlineRun> {
  const day = shanghaiDateOf(now);
  const knex = strapi.db.connection;
  const rows = (await knex(recordsTable)
    .whereNotIn('state', settledStates)
    .whereNotNull('due_date')
    .select('uid', 'document_id', 'locale', 'state', 'department', 'due_date')) as DueRow[];

  const run: DeadlineRun = { dueSoon: 0, overdue: 0 };
  for (const row of rows) {
    const template = templateFor(strapi, row, now);
    if (!template) continue;
    const recipients: Recipient[] = [
      { kind: 'role', role: 'editor', department: row.department },
      { kind: 'role', role: 'reviewer', department: row.department },
    ];
    const enqueued = await strapi.db.transaction(async ({ trx }) => {
      const claimed = (await trx(deadlineNoticesTable)
        .insert({ uid: row.uid, document_id: row.document_id, locale: row.locale, template, day, created_at: now })
        .onConflict(['uid', 'document_id', 'locale', 'template', 'day'])
        .ignore()
        .returning(['day'])) as unknown[];
      if (claimed.length === 0) return false;
      await enqueueNotification(trx, {
        target: { uid: row.uid, documentId: row.document_id, locale: row.locale },
        template,
        recipients,
        actorId: deadlineActorId,
        at: now,
        reason: null,
      });
      return true;
    });
    if (enqueued) run[template] += 1;
  }
  const cutoff = shanghaiDateOf(new Date(now.getTime() - keepDays * 86_400_000));
  await knex(deadlineNoticesTable).where('day', '<', cutoff).delete();
  if (run.dueSoon + run.overdue > 0) kickOutboxWorker();
  return run;
}

/** Runs the deadline reminders every day at 08:00 Asia/Shanghai while cron is enabled. */
export function scheduleDeadlineNotifications(strapi: Core.Strapi): void {
  if (!strapi.config.get('server.cron.enabled')) return;
  strapi.cron.add({
    dhDeadlineNotifications: {
      task: async () => {
        try {
          await notifyDeadlines(strapi, { now: new Date() });
        } catch (error) {
          strapi.log.error(
            `[disclosure-hub] deadline notifications failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      },
      options: { rule: '0 0 8 * * *', tz: 'Asia/Shanghai' },
    },
  });
}
