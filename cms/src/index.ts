import type { Core } from '@strapi/strapi';
import { registerReadiness } from './lib/readiness';
import { ensureLocales } from './lib/locales';
import { ensurePublicPermissions } from './lib/public-permissions';
import { watchSupervisor } from './lib/supervisor-watch';
import { validateDisclosureWrite } from './disclosure/validation/validate-disclosure-write';
import { syncDepartments } from './disclosure/departments';
import { configureAdminViews } from './disclosure/admin-views';
import { ensureDisclosureStaffRole } from './disclosure/admin-role';
import { validateMembershipWrite } from './disclosure/memberships';
import { guardPublication, guardPublishedRows } from './disclosure/workflow/guard-publication';
import { runMigrations, disclosureMigrations } from './disclosure/migrations';
import { guardContentWrites } from './disclosure/workflow/guard-content-writes';
import { registerContentVersionsRoute } from './disclosure/workflow/content-versions-route';
import { registerWorkflowAdminRoutes, registerWorkflowContentApiRoutes } from './disclosure/workflow/admin-routes';
import { disclosureUids } from './disclosure/catalog';
import { schedulePublishDue } from './disclosure/workflow/publish-due';
import { restrictPublicReads } from './disclosure/public-reads';
import { startOutboxWorker, stopOutboxWorker } from './disclosure/outbox';
import { stopPdfTextWorker } from './disclosure/attachments/pdf-text';
import { stripMetadataOnUpload } from './disclosure/attachments/strip-image-metadata';
import { registerPortalQueries } from './disclosure/graphql/portal-queries';
import {
  registerWebhookChannels,
  startWebhookWorker,
  stopWebhookWorker,
  validatePortalChannelWrite,
} from './disclosure/webhooks';
import {
  registerMeasurementQueries,
  registerMeasurementRoutes,
  startReleaseWorker,
  stopReleaseWorker,
} from './disclosure/ingestion';
import { registerSearchSync } from './disclosure/search/search-sync';
import {
  registerNotificationRoutes,
  registerNotifications,
  scheduleDeadlineNotifications,
} from './disclosure/notifications';
import { registerPublicSearchRoute } from './disclosure/search/public-search-route';
import { registerWidgetRoutes } from './disclosure/search/widget-routes';
import { seedDemoAccounts, demoSeedScope } from './seed/seed-demo-accounts';
import { seedDemoContent } from './seed/seed-demo-content';
import { seedDemoMeasurements } from './seed/seed-demo-measurements';
import { today } from './disclosure/validation/category-rules';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(restrictPublicReads(strapi));
    // The guard first: a refused publication must not even allocate an index number.
    strapi.documents.use(guardPublication(strapi));
    // Who may write, and whether the state allows it, before anything is validated or allocated.
    strapi.documents.use(guardContentWrites(strapi));
    strapi.documents.use(validateDisclosureWrite(strapi));
    strapi.documents.use(validateMembershipWrite());
    strapi.documents.use(validatePortalChannelWrite());
    registerPortalQueries(strapi);
    registerMeasurementQueries(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerReadiness(strapi);
    stripMetadataOnUpload(strapi);
    registerWorkflowAdminRoutes(strapi);
    registerWorkflowContentApiRoutes(strapi);
    registerNotificationRoutes(strapi);
    registerContentVersionsRoute(strapi);
    registerPublicSearchRoute(strapi, process.env);
    registerWidgetRoutes(strapi);
    registerMeasurementRoutes(strapi);
    guardPublishedRows(strapi, disclosureUids());
    watchSupervisor(strapi, process.env);
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await runMigrations(strapi, disclosureMigrations);
    // Consumers before anything is enqueued: only registered consumers get deliveries.
    registerSearchSync(strapi, process.env);
    registerNotifications(strapi);
    registerWebhookChannels(strapi, process.env);
    schedulePublishDue(strapi);
    scheduleDeadlineNotifications(strapi);
    await syncDepartments(strapi);
    await configureAdminViews(strapi);
    await ensureDisclosureStaffRole(strapi);
    const demo = demoSeedScope(process.env);
    if (demo !== 'none') await seedDemoAccounts(strapi, process.env);
    if (demo === 'all') await seedDemoContent(strapi, { today: today() });
    if (demo === 'all' && process.env.DEMO_MEASUREMENTS !== 'false') await seedDemoMeasurements(strapi);
    if (process.env.DISCLOSURE_OUTBOX_WORKER !== 'false') startOutboxWorker(strapi);
    if (process.env.DISCLOSURE_WEBHOOKS !== 'false') startWebhookWorker(strapi);
    if (process.env.DISCLOSURE_RELEASE_WORKER !== 'false') startReleaseWorker(strapi);
  },

  async destroy() {
    stopPdfTextWorker();
    await stopOutboxWorker();
    await stopWebhookWorker();
    await stopReleaseWorker();
  },
};
