import type { Core } from '@strapi/strapi';
import { disclosureUids } from '../disclosure/catalog';

/**
 * Actions the anonymous public (portals, the search widget) may call: read, never write. Kept as a
 * closed list so a grant never appears by accident. What a read returns is narrowed further by
 * `restrictPublicReads` (published, proactive items only).
 */
const readOnly = (uid: string) => [`${uid}.find`, `${uid}.findOne`];

export function publicActions(): string[] {
  return [
    'plugin::i18n.locales.listLocales',
    ...readOnly('api::department.department'),
    ...disclosureUids().flatMap(readOnly),
  ];
}

export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions public role is missing');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of publicActions()) {
    const existing = await permissions.findOne({ where: { action, role: role.id } });
    if (!existing) await permissions.create({ data: { action, role: role.id } });
  }
}
