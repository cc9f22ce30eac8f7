import type { Core } from '@strapi/strapi';
import demo from './demo-accounts.json';
import { ensureDisclosureStaffRole } from '../disclosure/admin-role';
import { ensureMembership } from '../disclosure/memberships';

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

export type DemoSeedScope = 'none' | 'accounts' | 'all';

/**
 * Demo data is for development only: never in production, and tests opt in explicitly.
 * `DEMO_SEED=true` seeds accounts and content, `DEMO_SEED=accounts` only the accounts.
 */
export function demoSeedScope(env: NodeJS.ProcessEnv): DemoSeedScope {
  if (env.NODE_ENV === 'production') return 'none';
  if (env.DEMO_SEED === 'accounts') return 'accounts';
  if (env.DEMO_SEED !== undefined) return env.DEMO_SEED === 'true' ? 'all' : 'none';
  return (env.NODE_ENV ?? 'development') === 'development' ? 'all' : 'none';
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
  const staffRole = await ensureDisclosureStaffRole(strapi);
  if (!superAdminRole) throw new Error('Strapi super admin role is missing; cannot seed demo accounts');

  for (const account of demoAccounts) {
    const email = (account.superAdmin ? env.DEMO_ADMIN_EMAIL : undefined) ?? account.email;
    const password = (account.superAdmin ? env.DEMO_ADMIN_PASSWORD : undefined) ?? account.password;
    const user =
      (await userService.findOneByEmail(email.toLowerCase())) ??
      (await userService.create({
        email: email.toLowerCase(),
        firstname: account.firstname,
        lastname: account.lastname,
        password,
        isActive: true,
        registrationToken: null,
        preferedLanguage: 'zh-Hans',
        roles: [account.superAdmin ? superAdminRole.id : staffRole.id],
      }));
    for (const membership of account.memberships) {
      await ensureMembership(strapi, { userId: user.id, department: membership.department, roles: membership.roles });
    }
  }
  await store.set({ key: seedKey, value: { at: new Date().toISOString(), accounts: demoAccounts.length } });
  strapi.log.info(`[disclosure-hub] seeded ${demoAccounts.length} demo accounts (development only)`);
}
