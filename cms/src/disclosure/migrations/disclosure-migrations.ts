import { restoreSnapshot, workflowStatus, type PersistedWorkflowSnapshot } from '@disclosure-hub/workflows';
import { ensureIndexNumberTables } from '../index-numbers';
import { createNotificationTables } from '../notifications';
import { createContentSnapshotTable } from '../workflow/content-versions';
import { ensureIngestionTables } from '../ingestion/ingestion-tables';
import { ensureOutboxTables } from '../outbox/outbox-tables';
import { ensureWebhookTables } from '../webhooks/webhook-tables';
import { ensureTokenBindingTables } from '../workflow/token-bindings';
import { ensureWorkflowTables, recordsTable } from '../workflow/workflow-tables';
import type { Migration } from './run-migrations';

/**
 * The disclosure layer's tables, change by change. `0001` is the schema of the release before
 * migrations existed (it creates only what is missing, so an existing database passes through it
 * unchanged); every later change is a migration of its own.
 */
export const disclosureMigrations: readonly Migration[] = [
  {
    id: '0001-baseline',
    async up({ strapi }) {
      await ensureIndexNumberTables(strapi);
      await ensureWorkflowTables(strapi);
      await ensureTokenBindingTables(strapi);
      await ensureOutboxTables(strapi);
      await ensureIngestionTables(strapi);
      await ensureWebhookTables(strapi);
    },
  },
  {
    id: '0002-workflow-revision-and-fingerprints',
    async up({ knex }) {
      const has = (column: string) => knex.schema.hasColumn(recordsTable, column);
      const missing = {
        revision: !(await has('revision')),
        contentFingerprint: !(await has('content_fingerprint')),
        signedFingerprint: !(await has('signed_fingerprint')),
        signedBy: !(await has('signed_by')),
      };
      await knex.schema.alterTable(recordsTable, (t) => {
        // The stage of a correction (published.revising.*), which `state` alone lost.
        if (missing.revision) t.string('revision', 40).nullable();
        // SHA-256 of the draft as last saved through the workflow layer.
        if (missing.contentFingerprint) t.string('content_fingerprint', 64).nullable();
        // SHA-256 of the draft the last reviewer approved or cleared; publication must match it.
        if (missing.signedFingerprint) t.string('signed_fingerprint', 64).nullable();
        if (missing.signedBy) t.string('signed_by', 80).nullable();
      });
      // Existing corrections in review: read their stage back from the stored snapshot.
      const rows = (await knex(recordsTable)
        .where({ state: 'published' })
        .select('uid', 'document_id', 'locale', 'snapshot')) as {
        uid: string;
        document_id: string;
        locale: string;
        snapshot: string;
      }[];
      for (const row of rows) {
        const status = workflowStatus(restoreSnapshot(JSON.parse(row.snapshot) as PersistedWorkflowSnapshot));
        if (status.revision === null) continue;
        await knex(recordsTable)
          .where({ uid: row.uid, document_id: row.document_id, locale: row.locale })
          .update({ revision: status.revision });
      }
    },
  },
  {
    id: '0003-notifications',
    async up({ knex }) {
      await createNotificationTables(knex);
    },
  },
  {
    id: '0004-content-snapshots',
    async up({ knex }) {
      await createContentSnapshotTable(knex);
    },
  },
  {
    id: '0005-post-review-due',
    async up({ knex }) {
      // After an emergency publication: the date its skipped reviews are due, for task lists.
      if (!(await knex.schema.hasColumn(recordsTable, 'post_review_due')))
        await knex.schema.alterTable(recordsTable, (t) => {
          t.string('post_review_due', 10).nullable();
        });
    },
  },
];
