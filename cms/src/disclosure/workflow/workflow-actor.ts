import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Actor, Role } from '@disclosure-hub/workflows';
import { membershipsOf } from '../memberships';
import { apiTokenActorId, tokenBinding } from './token-bindings';
import { TransitionRefused } from './transition-errors';

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

/** Who performs a write: the workflow actor, and whether a super admin acts outside any department. */
export interface Writer {
  actor: Actor;
  superAdmin: boolean;
}

// One store per process, even if this module is loaded twice (compiled app and TypeScript tests).
const writerKey = Symbol.for('disclosure-hub.acting-as');
const writerHolder = globalThis as unknown as Record<symbol, AsyncLocalStorage<Writer> | undefined>;
const actingAsStore = (writerHolder[writerKey] ??= new AsyncLocalStorage<Writer>());

/**
 * Runs in-process code (seeding, ingestion, scripts) as `actor`: content writes inside `fn` are
 * authorized and audited as that actor. Outside a request and outside this scope, a write to a
 * disclosure item has no author and is refused (`WRITER_REQUIRED`).
 */
export function actingAs<T>(actor: Actor, fn: () => Promise<T>): Promise<T> {
  return actingAsStore.run({ actor, superAdmin: false }, fn);
}

interface RequestState {
  user?: { id: number; roles?: { code: string }[] };
  auth?: { strategy?: { name?: string }; credentials?: { id?: number; type?: string } | null };
}

const refusal = (status: 401 | 403, code: string, message: string) =>
  new TransitionRefused(status, status === 401 ? 'UnauthorizedError' : 'PolicyError', message, { code });

/**
 * The writer of the current Document Service call, from the request (admin user or API token) or
 * from `actingAs`. Fails closed: end users, read-only tokens, unbound tokens and anonymous calls
 * never write disclosure items.
 */
export async function currentWriter(strapi: Core.Strapi): Promise<Writer> {
  const scoped = actingAsStore.getStore();
  if (scoped) return scoped;
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  const state = ctx?.state;
  if (!state)
    throw refusal(
      403,
      'WRITER_REQUIRED',
      '政务公开信息只能由部门成员或绑定部门的令牌写入 / disclosure items are written only by department members or bound tokens',
    );
  const strategy = state.auth?.strategy?.name;
  if (strategy === 'admin' && state.user) {
    const superAdmin = state.user.roles?.some((r) => r.code === 'strapi-super-admin') ?? false;
    return { actor: await actorForAdminUser(strapi, state.user.id), superAdmin };
  }
  if (strategy === 'content-api-token' && state.auth?.credentials?.id !== undefined) {
    const token = state.auth.credentials;
    if (token.type === 'read-only')
      throw refusal(403, 'TOKEN_READ_ONLY', '只读令牌不能写入 / a read-only token cannot write');
    const binding = await tokenBinding(strapi, token.id!);
    if (!binding)
      throw refusal(
        403,
        'TOKEN_NOT_BOUND',
        'API 令牌未绑定部门，不能写入政务公开信息 / an API token not bound to a department cannot write disclosure items',
      );
    return {
      actor: {
        id: apiTokenActorId(token.id!),
        departments: [{ code: binding.department, roles: toEngineRoles(binding.roles) }],
      },
      superAdmin: false,
    };
  }
  throw refusal(
    403,
    'WRITER_NOT_ALLOWED',
    '只有部门工作人员和绑定部门的令牌可以写入政务公开信息 / only department staff and bound tokens write disclosure items',
  );
}
