import type { Core } from '@strapi/strapi';
import { departmentRoles } from '@disclosure-hub/config';
import { disclosureStaffRoleCode } from './admin-role';
import type { DepartmentOverview, MembershipRemoved, MembershipSet } from './contracts';
import { TransitionRefused } from './workflow/transition-errors';

const membershipUid = 'api::department-membership.department-membership';

interface UserRow {
  id: number;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  isActive?: boolean;
  roles?: { id: number; code: string }[];
}

// Chinese order: family name first.
const nameOf = (user: UserRow) => `${user.lastname ?? ''}${user.firstname ?? ''}`.trim() || user.email;

const refused = (status: 400 | 404, code: string, message: string, extra: Record<string, unknown> = {}) =>
  new TransitionRefused(status, status === 404 ? 'NotFoundError' : 'ValidationError', message, { code, ...extra });

/** Every department with its members and roles, and every admin user to choose from. */
export async function departmentOverview(strapi: Core.Strapi): Promise<DepartmentOverview> {
  const departments = (await strapi.db.query('api::department.department').findMany({
    orderBy: { code: 'asc' },
  })) as { id: number; code: string; nameZh: string; nameEn: string }[];
  const memberships = (await strapi.db.query(membershipUid as never).findMany({
    populate: { user: true, department: { select: ['code'] } },
  })) as { roles: unknown; user?: UserRow | null; department?: { code: string } | null }[];
  const users = (await strapi.db.query('admin::user').findMany({ orderBy: { id: 'asc' } })) as UserRow[];
  return {
    departments: departments.map((d) => ({
      code: d.code,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      members: memberships
        .filter((m) => m.department?.code === d.code && m.user)
        .map((m) => ({
          userId: m.user!.id,
          email: m.user!.email,
          name: nameOf(m.user!),
          roles: Array.isArray(m.roles) ? m.roles.map(String) : [],
        })),
    })),
    users: users.map((u) => ({ id: u.id, email: u.email, name: nameOf(u), isActive: u.isActive !== false })),
    roles: departmentRoles,
  };
}

async function findDepartment(strapi: Core.Strapi, code: unknown) {
  const department =
    typeof code === 'string' && code
      ? ((await strapi.db.query('api::department.department').findOne({ where: { code } })) as {
          id: number;
          documentId: string;
        } | null)
      : null;
  if (!department)
    throw refused(404, 'DEPARTMENT_NOT_FOUND', `没有该部门 / no such department ${String(code)}`, {
      field: 'department',
    });
  return department;
}

async function findUser(strapi: Core.Strapi, userId: unknown): Promise<UserRow> {
  const id = Number(userId);
  const user =
    Number.isSafeInteger(id) && id > 0
      ? ((await strapi.db.query('admin::user').findOne({ where: { id }, populate: ['roles'] })) as UserRow | null)
      : null;
  if (!user)
    throw refused(404, 'USER_NOT_FOUND', `没有该用户 / no such admin user ${String(userId)}`, { field: 'userId' });
  return user;
}

function validRoles(roles: unknown): string[] {
  const known = departmentRoles as readonly string[];
  if (
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every((r) => typeof r === 'string' && known.includes(r)) ||
    new Set(roles).size !== roles.length
  )
    throw refused(
      400,
      'MEMBERSHIP_ROLES_INVALID',
      `角色须取自 / roles must be a non-empty list from ${known.join(', ')}`,
      {
        field: 'roles',
        allowed: known,
      },
    );
  return roles as string[];
}

/**
 * Puts a user in a department with exactly these roles (creating or replacing the membership), and
 * gives them the disclosure staff admin role when they hold no admin role that lets them work.
 */
export async function setMembership(
  strapi: Core.Strapi,
  { userId, department, roles }: { userId: unknown; department: unknown; roles: unknown },
): Promise<MembershipSet> {
  const user = await findUser(strapi, userId);
  const dept = await findDepartment(strapi, department);
  const checked = validRoles(roles);
  const documents = strapi.documents(membershipUid as never) as unknown as {
    create(p: { data: object }): Promise<unknown>;
    update(p: { documentId: string; data: object }): Promise<unknown>;
  };
  const existing = (await strapi.db
    .query(membershipUid as never)
    .findOne({ where: { user: { id: user.id }, department: { id: dept.id } } })) as { documentId: string } | null;
  if (existing) await documents.update({ documentId: existing.documentId, data: { roles: checked } });
  else await documents.create({ data: { user: user.id, department: dept.documentId, roles: checked } });

  const roleCodes = (user.roles ?? []).map((r) => r.code);
  if (!roleCodes.includes('strapi-super-admin') && !roleCodes.includes(disclosureStaffRoleCode)) {
    const staff = await strapi.service('admin::role').findOne({ code: disclosureStaffRoleCode });
    if (staff)
      await strapi.db.query('admin::user').update({
        where: { id: user.id },
        data: { roles: [...(user.roles ?? []).map((r) => r.id), staff.id] },
      });
  }
  return { userId: user.id, email: user.email, name: nameOf(user), roles: checked, department: String(department) };
}

/** Takes a user out of a department; `removed` is false when they were not in it. */
export async function removeMembership(
  strapi: Core.Strapi,
  { userId, department }: { userId: unknown; department: unknown },
): Promise<MembershipRemoved> {
  const user = await findUser(strapi, userId);
  const dept = await findDepartment(strapi, department);
  const existing = (await strapi.db
    .query(membershipUid as never)
    .findOne({ where: { user: { id: user.id }, department: { id: dept.id } } })) as { documentId: string } | null;
  if (!existing) return { removed: false };
  const documents = strapi.documents(membershipUid as never) as unknown as {
    delete(p: { documentId: string }): Promise<unknown>;
  };
  await documents.delete({ documentId: existing.documentId });
  return { removed: true };
}
