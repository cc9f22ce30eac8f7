import type { Core } from '@strapi/strapi';
import { registerReadiness } from './lib/readiness';
import { ensureLocales } from './lib/locales';
import { ensurePublicPermissions } from './lib/public-permissions';
import { watchSupervisor } from './lib/supervisor-watch';
import { seedDemoAccounts, demoSeedingEnabled } from './seed/seed-demo-accounts';

export default {
  register(_: { strapi: Core.Strapi }) {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerReadiness(strapi);
    watchSupervisor(strapi, process.env);
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    if (demoSeedingEnabled(process.env)) await seedDemoAccounts(strapi, process.env);
  },
};
