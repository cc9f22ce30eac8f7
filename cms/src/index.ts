import type { Core } from '@strapi/strapi';
import { registerReadiness } from './lib/readiness';
import { ensureLocales } from './lib/locales';
import { ensurePublicPermissions } from './lib/public-permissions';
import { watchSupervisor } from './lib/supervisor-watch';
import { validateDisclosureWrite } from './disclosure/validation/validate-disclosure-write';
import { ensureIndexNumberTables } from './disclosure/index-numbers';
import { syncDepartments } from './disclosure/departments';
import { configureAdminViews } from './disclosure/admin-views';
import { seedDemoAccounts, demoSeedingEnabled } from './seed/seed-demo-accounts';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(validateDisclosureWrite(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerReadiness(strapi);
    watchSupervisor(strapi, process.env);
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await ensureIndexNumberTables(strapi);
    await syncDepartments(strapi);
    await configureAdminViews(strapi);
    if (demoSeedingEnabled(process.env)) await seedDemoAccounts(strapi, process.env);
  },
};
