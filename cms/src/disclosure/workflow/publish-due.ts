import type { Core } from '@strapi/strapi';
import { applyTransition } from './transition-service';
import { TransitionRefused } from './transition-errors';
import { systemActor } from './workflow-actor';
import { recordsTable } from './workflow-tables';

/**
 * Publishes every scheduled item whose time has come, through the same command as a person would,
 * as the system actor (which may only execute approvals people already gave). The schedule lives in
 * the workflow records, so it survives restarts; a missed run is caught up by the next one.
 */
export async function publishDueItems(strapi: Core.Strapi, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const due = (await strapi.db.transaction(async ({ trx }) =>
    trx(recordsTable)
      .where({ state: 'scheduled' })
      .whereNotNull('scheduled_at')
      .andWhere('scheduled_at', '<=', now.toISOString()),
  )) as {
    uid: string;
    document_id: string;
    locale: string;
    version: number;
  }[];
  let published = 0;
  for (const row of due) {
    try {
      await applyTransition(strapi, {
        target: { uid: row.uid, documentId: row.document_id, locale: row.locale },
        event: { type: 'system.publishDue' },
        expectedVersion: row.version,
        actor: systemActor,
        now,
      });
      published += 1;
    } catch (error) {
      if (!(error instanceof TransitionRefused)) throw error;
      strapi.log.warn(
        `[disclosure-workflow] scheduled publication of ${row.uid} ${row.document_id} (${row.locale}) refused: ${error.message}`,
      );
    }
  }
  return published;
}

/** Checks for due publications every 15 seconds while cron is enabled. */
export function schedulePublishDue(strapi: Core.Strapi): void {
  if (!strapi.config.get('server.cron.enabled')) return;
  strapi.cron.add({
    disclosureWorkflowPublishDue: {
      task: async () => {
        await publishDueItems(strapi);
      },
      options: { rule: '*/15 * * * * *' },
    },
  });
}
