import type { Core } from '@strapi/strapi';
import demo from './demo-accounts.json';

export interface DemoAccount {
  key: string;
  email: string;
  password: string;
  firstname: string;
  lastname: string;
  label: string;
  superAdmin?: boolean;
  memberships: { department: string; roles: string[] }[];
}

export const demoAccounts: DemoAccount[] = demo.demoAccounts;

/** Demo data is for development only: never in production, and tests opt in explicitly. */
export function demoSeedingEnabled(env: NodeJS.ProcessEnv): boolean {
  if (env.NODE_ENV === 'production') return false;
  if (env.DEMO_SEED !== undefined) return env.DEMO_SEED === 'true';
  return (env.NODE_ENV ?? 'development') === 'development';
}

const seedKey = 'demoAccountsSeeded';

/**
 * Creates the super admin and the department demo accounts once. A second start finds the marker
 * and does nothing, so accounts changed in the admin are never overwritten.
 * DEMO_ADMIN_EMAIL and DEMO_ADMIN_PASSWORD choose the super admin's login.
 */
export async function seedDemoAccounts(strapi: Core.Strapi, env: NodeJS.ProcessEnv): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'disclosure-hub' });
  if (await store.get({ key: seedKey })) return;

  const roleService = strapi.service('admin::role');
  const userService = strapi.service('admin::user');
  const superAdminRole = await roleService.getSuperAdmin();
  const editorRole = await roleService.findOne({ code: 'strapi-editor' });
  if (!superAdminRole || !editorRole) throw new Error('Strapi admin roles are missing; cannot seed demo accounts');

  for (const account of demoAccounts) {
    const email = (account.superAdmin ? env.DEMO_ADMIN_EMAIL : undefined) ?? account.email;
    const password = (account.superAdmin ? env.DEMO_ADMIN_PASSWORD : undefined) ?? account.password;
    const existing = await userService.findOneByEmail(email.toLowerCase());
    if (existing) continue;
    await userService.create({
      email: email.toLowerCase(),
      firstname: account.firstname,
      lastname: account.lastname,
      password,
      isActive: true,
      registrationToken: null,
      preferedLanguage: 'zh-Hans',
      roles: [account.superAdmin ? superAdminRole.id : editorRole.id],
    });
  }
  await store.set({ key: seedKey, value: { at: new Date().toISOString(), accounts: demoAccounts.length } });
  strapi.log.info(`[disclosure-hub] seeded ${demoAccounts.length} demo accounts (development only)`);
}
