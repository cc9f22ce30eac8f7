import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { departmentRoles } from '@disclosure-hub/config';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
const membershipUid = 'api::department-membership.department-membership';

export interface Membership {
  department: string;
  roles: string[];
}

/** The departments and workflow roles of one admin user, as the workflow engine's actor needs them. */
export async function membershipsOf(strapi: Core.Strapi, userId: number): Promise<Membership[]> {
  const rows = (await strapi.db.query(membershipUid as never).findMany({
    where: { user: { id: userId } },
    populate: { department: { select: ['code'] } },
  })) as { roles: unknown; department?: { code: string } | null }[];
  return rows
    .filter((row) => row.department?.code)
    .map((row) => ({ department: row.department!.code, roles: Array.isArray(row.roles) ? row.roles.map(String) : [] }));
}

/** Roles come from the closed list in `config`; unknown or duplicate roles are refused. */
export function validateMembershipWrite(): Middleware {
  return async (context, next) => {
    const ctx = context as unknown as { uid: string; action: string; params: { data?: Record<string, unknown> } };
    if (ctx.uid !== membershipUid || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const roles = ctx.params.data?.roles;
    if (roles !== undefined) {
      const known = departmentRoles as readonly string[];
      const valid = Array.isArray(roles) && roles.length > 0 && roles.every((r) => known.includes(String(r)));
      if (!valid || new Set(roles as unknown[]).size !== (roles as unknown[]).length) {
        throw new errors.ValidationError(`角色须取自 / roles must be a non-empty list from: ${known.join(', ')}`, {
          code: 'DISCLOSURE_VALIDATION_FAILED',
          errors: [
            { path: ['roles'], code: 'INVALID_VALUE', message: `roles ⊆ ${known.join(', ')}`, name: 'ValidationError' },
          ],
        });
      }
    }
    return next();
  };
}

/** Creates a membership unless the user already has one in that department. */
export async function ensureMembership(
  strapi: Core.Strapi,
  { userId, department, roles }: { userId: number; department: string; roles: string[] },
): Promise<void> {
  const dept = await strapi.db.query('api::department.department').findOne({ where: { code: department } });
  if (!dept) throw new Error(`unknown department ${department}`);
  const existing = await strapi.db
    .query(membershipUid as never)
    .findOne({ where: { user: { id: userId }, department: { id: dept.id } } });
  if (existing) return;
  const documents = strapi.documents(membershipUid as never) as unknown as {
    create(p: { data: object }): Promise<unknown>;
  };
  await documents.create({ data: { user: userId, department: dept.documentId, roles } });
}
