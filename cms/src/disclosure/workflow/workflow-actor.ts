import type { Core } from '@strapi/strapi';
import type { Actor, Role } from '@disclosure-hub/workflows';
import { membershipsOf } from '../memberships';

/** Membership roles use the configuration's names; the engine calls the confidentiality role `confidentiality`. */
const engineRole: Record<string, Role> = {
  editor: 'editor',
  reviewer: 'reviewer',
  leader: 'leader',
  publisher: 'publisher',
  confidentialityReviewer: 'confidentiality',
};

export const adminActorId = (userId: number | string) => `admin:${userId}`;

/** Configuration role names (`confidentialityReviewer`, …) as the engine's roles. */
export const toEngineRoles = (roles: readonly string[]): Role[] =>
  roles.map((r) => engineRole[r]).filter((r): r is Role => r !== undefined);

/** The workflow actor for an admin user: identity plus department memberships, read fresh every time. */
export async function actorForAdminUser(strapi: Core.Strapi, userId: number): Promise<Actor> {
  const memberships = await membershipsOf(strapi, userId);
  return {
    id: adminActorId(userId),
    departments: memberships.map((m) => ({
      code: m.department,
      roles: toEngineRoles(m.roles),
    })),
  };
}

/** The scheduler: no memberships, may only execute transitions people already approved. */
export const systemActor: Actor = { id: 'system:scheduler', departments: [], system: true };
