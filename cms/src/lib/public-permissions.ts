import type { Core } from '@strapi/strapi';

/**
 * Actions the anonymous public (portals, the search widget) may call. Kept as a closed list so a
 * grant never appears by accident; content types add their read actions in their own issue.
 */
export const publicActions = ['plugin::i18n.locales.listLocales'] as const;

export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions public role is missing');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of publicActions) {
    const existing = await permissions.findOne({ where: { action, role: role.id } });
    if (!existing) await permissions.create({ data: { action, role: role.id } });
  }
}
