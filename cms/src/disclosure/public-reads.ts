import type { Core } from '@strapi/strapi';
import { isDisclosureUid } from './catalog';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const readActions = new Set(['findMany', 'findOne', 'findFirst', 'count']);

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string } | null;
}

/**
 * Who reads as the public: anonymous and end-user requests (users-permissions) and read-only API
 * tokens. Admin users (content manager), full-access tokens and in-process calls see everything
 * their own permissions allow.
 */
export function readsAsPublic(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as { state?: { auth?: AuthState } } | undefined;
  const auth = ctx?.state?.auth;
  if (!ctx || !auth) return false;
  // Fail closed: any strategy not named here reads as the public.
  if (auth.strategy?.name === 'admin' || auth.strategy?.name === 'admin-token') return false;
  if (auth.strategy?.name === 'content-api-token') return auth.credentials?.type === 'read-only';
  return true;
}

/**
 * `onlyPublishedProactiveForThePublic`: a public read of a disclosure type always sees the
 * published version of proactive (主动公开) items, whatever `status` or filters the query asks for.
 * A filter, not a 403: the public simply never sees drafts, 依申请公开 or 不予公开 items.
 */
export function restrictPublicReads(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const ctx = context as unknown as { uid: string; action: string; params: Record<string, unknown> };
    if (!readActions.has(ctx.action) || !isDisclosureUid(ctx.uid) || !readsAsPublic(strapi)) return next();
    const requested = ctx.params.filters;
    const proactive = { metadata: { attribute: { $eq: 'proactive' } } };
    ctx.params.status = 'published';
    ctx.params.filters = requested ? { $and: [requested, proactive] } : proactive;
    return next();
  };
}
