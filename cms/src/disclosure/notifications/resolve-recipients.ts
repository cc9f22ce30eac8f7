import type { Core } from '@strapi/strapi';
import type { Recipient } from '@disclosure-hub/workflows';
import { adminActorId, toEngineRoles } from '../workflow/workflow-actor';

const membershipUid = 'api::department-membership.department-membership';
const adminUserId = /^admin:([1-9]\d*)$/;

interface MembershipRow {
  roles: unknown;
  department?: { code: string } | null;
  user?: { id: number } | null;
}

/**
 * The admin users a notification goes to: `admin:N` users as they are, role recipients through
 * the department memberships stored now (role names translated as for the workflow actor), less
 * the actor who caused it and anyone who is no longer an active admin. Other actors (API tokens,
 * the scheduler) have no inbox and are skipped. Sorted ascending.
 */
export async function resolveRecipients(
  strapi: Core.Strapi,
  { recipients, actorId }: { recipients: readonly Recipient[]; actorId: string },
): Promise<number[]> {
  const ids = new Set<number>();
  for (const recipient of recipients) {
    const match = recipient.kind === 'user' ? adminUserId.exec(recipient.id) : null;
    if (match) ids.add(Number(match[1]));
  }

  const roleRecipients = recipients.filter((r): r is Extract<Recipient, { kind: 'role' }> => r.kind === 'role');
  if (roleRecipients.length > 0) {
    const memberships = (await strapi.db.query(membershipUid as never).findMany({
      where: { department: { code: { $in: [...new Set(roleRecipients.map((r) => r.department))] } } },
      populate: { department: { select: ['code'] }, user: { select: ['id'] } },
    })) as MembershipRow[];
    for (const membership of memberships) {
      const code = membership.department?.code;
      const userId = membership.user?.id;
      if (code === undefined || userId === undefined) continue;
      const held = toEngineRoles(Array.isArray(membership.roles) ? membership.roles.map(String) : []);
      if (roleRecipients.some((r) => r.department === code && held.includes(r.role))) ids.add(userId);
    }
  }

  const candidates = [...ids].filter((id) => adminActorId(id) !== actorId);
  if (candidates.length === 0) return [];
  const users = (await strapi.db.query('admin::user').findMany({
    where: { id: { $in: candidates } },
    select: ['id', 'isActive', 'blocked'],
  })) as { id: number; isActive?: unknown; blocked?: unknown }[];
  return users
    .filter((u) => Boolean(u.isActive) && !u.blocked)
    .map((u) => u.id)
    .sort((a, b) => a - b);
}
