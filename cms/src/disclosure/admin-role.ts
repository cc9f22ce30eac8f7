import type { Core } from '@strapi/strapi';
import { disclosureUids } from './catalog';
import { contentLocales } from '../lib/locales';

const isLocalized = (strapi: Core.Strapi, uid: string) =>
  Boolean(
    (
      strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as {
        pluginOptions?: { i18n?: { localized?: boolean } };
      }
    )?.pluginOptions?.i18n?.localized,
  );

export const disclosureStaffRoleCode = 'disclosure-staff';

const contentActions = [
  'plugin::content-manager.explorer.create',
  'plugin::content-manager.explorer.read',
  'plugin::content-manager.explorer.update',
  'plugin::content-manager.explorer.delete',
];

/**
 * The admin role every department member holds: create, read, update and delete drafts of the
 * disclosure types, read departments. It deliberately lacks Strapi's `publish` action and any
 * access to memberships; who may do what to an item is decided by the workflow from the
 * department memberships, on the server.
 */
export async function ensureDisclosureStaffRole(strapi: Core.Strapi): Promise<{ id: number }> {
  const roleService = strapi.service('admin::role');
  let role = await roleService.findOne({ code: disclosureStaffRoleCode });
  if (!role) {
    role = await roleService.create({
      name: '政务公开工作人员 Disclosure staff',
      code: disclosureStaffRoleCode,
      description:
        '各科室撰稿、审核、保密审查人员；权限由部门成员关系决定 / Department staff; workflow rights come from department memberships',
    });
  }
  const { actionProvider } = strapi.service('admin::permission');
  const subjects = new Set(disclosureUids());
  const actions = actionProvider
    .values()
    .filter((action: { actionId: string }) => contentActions.includes(action.actionId))
    .map((action: { subjects: string[] }) => ({
      ...action,
      subjects: action.subjects.filter(
        (s) =>
          subjects.has(s) ||
          (s === 'api::department.department' &&
            (action as unknown as { actionId: string }).actionId.endsWith('.read')),
      ),
    }));
  const permissions = (
    strapi.service('admin::content-type').getPermissionsWithNestedFields(actions) as {
      subject: string;
      properties?: Record<string, unknown>;
    }[]
  ).map((permission) =>
    // i18n checks the locale of every read and write: without `locales` the content manager refuses
    // every localized document to the role (403), so grant every content locale.
    isLocalized(strapi, permission.subject)
      ? { ...permission, properties: { ...permission.properties, locales: contentLocales.map((l) => l.code) } }
      : permission,
  );
  await roleService.assignPermissions(role.id, permissions);
  return role;
}
