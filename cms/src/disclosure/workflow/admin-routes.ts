import type { Core } from '@strapi/strapi';
import type { WorkflowEvent } from '@disclosure-hub/workflows';
import { applyTransition, workflowView } from './transition-service';
import { TransitionRefused } from './transition-errors';
import { automaticChecksOf } from '../ingestion/release-checks';
import { actorForAdminUser, adminActorId } from './workflow-actor';
import { actorForApiToken, bindToken, tokenBinding, unbindToken } from './token-bindings';
import { taskList } from './task-list';
import { redactFinding } from './redact-finding';
import { departmentOverview, removeMembership, setMembership } from '../department-admin';

interface Ctx {
  state: { user?: { id: number; roles?: { code: string }[] } };
  get(header: string): string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  status: number;
  body: unknown;
}

const localeOf = (value: unknown) => (typeof value === 'string' && value ? value : 'zh-CN');

async function answer(ctx: Ctx, work: () => Promise<unknown>): Promise<void> {
  try {
    ctx.body = { data: await work() };
    ctx.status = 200;
  } catch (error) {
    if (!(error instanceof TransitionRefused)) throw error;
    ctx.status = error.status;
    ctx.body = error.toBody();
  }
}

const superAdminOnly = (
  ctx: Ctx,
  message = '仅超级管理员可管理令牌绑定 / only a super admin manages token bindings',
) => {
  if (!ctx.state.user?.roles?.some((r) => r.code === 'strapi-super-admin'))
    throw new TransitionRefused(403, 'ForbiddenError', message, { code: 'SUPER_ADMIN_REQUIRED' });
};
const departmentsMessage = '仅超级管理员可管理部门成员 / only a super admin manages department members';

const tokenIdOf = (ctx: Ctx) => {
  const id = Number(ctx.params.tokenId);
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new TransitionRefused(400, 'ValidationError', '令牌编号无效 / invalid token id', {
      code: 'TOKEN_BINDING_INVALID',
      field: 'tokenId',
    });
  return id;
};

/** Applies the event in the body for `actor`; the same body for admins and machine producers. */
function transitionFromBody(
  strapi: Core.Strapi,
  body: Record<string, unknown>,
  actor: Awaited<ReturnType<typeof actorForAdminUser>>,
) {
  return applyTransition(strapi, {
    target: { uid: String(body.uid ?? ''), documentId: String(body.documentId ?? ''), locale: localeOf(body.locale) },
    event: body.event as WorkflowEvent,
    expectedVersion: typeof body.expectedVersion === 'number' ? body.expectedVersion : undefined,
    actor,
  });
}

/**
 * Admin routes for editors and reviewers (admin JWT). The actor is always the logged-in admin
 * user with the memberships stored on the server; nothing about identity comes from the body.
 */
export function registerWorkflowAdminRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'POST',
        path: '/disclosure-workflow/transitions',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () =>
            transitionFromBody(strapi, ctx.request.body ?? {}, await actorForAdminUser(strapi, ctx.state.user!.id)),
          ),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/items/:uid/:documentId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            const actor = await actorForAdminUser(strapi, ctx.state.user!.id);
            const view = await workflowView(strapi, {
              target: { uid: ctx.params.uid!, documentId: ctx.params.documentId!, locale: localeOf(ctx.query.locale) },
              actor,
            });
            return {
              ...view,
              automaticChecks: await automaticChecksOf(strapi, ctx.params.uid!, ctx.params.documentId!),
            };
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/tasks',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () =>
            taskList(strapi, { actor: await actorForAdminUser(strapi, ctx.state.user!.id), query: ctx.query }),
          ),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        // Pure text work (no document is read or written): the editor puts the result into the form and saves.
        method: 'POST',
        path: '/disclosure-workflow/redactions',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            const body = ctx.request.body ?? {};
            return redactFinding({ text: body.text, findingId: body.findingId });
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/departments',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            superAdminOnly(ctx, departmentsMessage);
            return departmentOverview(strapi);
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'PUT',
        path: '/disclosure-workflow/departments/:department/members/:userId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            superAdminOnly(ctx, departmentsMessage);
            return setMembership(strapi, {
              userId: ctx.params.userId,
              department: ctx.params.department,
              roles: (ctx.request.body ?? {}).roles,
            });
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'DELETE',
        path: '/disclosure-workflow/departments/:department/members/:userId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            superAdminOnly(ctx, departmentsMessage);
            return removeMembership(strapi, { userId: ctx.params.userId, department: ctx.params.department });
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/api-token-bindings/:tokenId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            superAdminOnly(ctx);
            const binding = await tokenBinding(strapi, tokenIdOf(ctx));
            if (!binding)
              throw new TransitionRefused(404, 'NotFoundError', '该令牌未绑定部门 / the token is not bound', {
                code: 'TOKEN_NOT_BOUND',
              });
            return binding;
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'PUT',
        path: '/disclosure-workflow/api-token-bindings/:tokenId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            superAdminOnly(ctx);
            const body = ctx.request.body ?? {};
            return bindToken(strapi, {
              tokenId: tokenIdOf(ctx),
              department: body.department,
              roles: body.roles,
              by: adminActorId(ctx.state.user!.id),
            });
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'DELETE',
        path: '/disclosure-workflow/api-token-bindings/:tokenId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            superAdminOnly(ctx);
            return { removed: await unbindToken(strapi, tokenIdOf(ctx)) };
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}

/**
 * Content-API routes for machine producers: the same transitions and view, authenticated by an
 * API token bound to a department (`PUT /disclosure-workflow/api-token-bindings/:tokenId`). The
 * token is checked here, on every request; Strapi's own content-API auth is not involved.
 */
export function registerWorkflowContentApiRoutes(strapi: Core.Strapi): void {
  strapi.server.routes([
    {
      method: 'POST',
      path: '/api/disclosure-workflow/transitions',
      handler: async (ctx: Ctx) =>
        answer(ctx, async () =>
          transitionFromBody(strapi, ctx.request.body ?? {}, await actorForApiToken(strapi, ctx.get('authorization'))),
        ),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/api/disclosure-workflow/items/:uid/:documentId',
      handler: async (ctx: Ctx) =>
        answer(ctx, async () =>
          workflowView(strapi, {
            target: { uid: ctx.params.uid!, documentId: ctx.params.documentId!, locale: localeOf(ctx.query.locale) },
            actor: await actorForApiToken(strapi, ctx.get('authorization')),
          }),
        ),
      config: { auth: false },
    },
  ] as never);
}
