import type { Core } from '@strapi/strapi';
import type { WorkflowEvent } from '@disclosure-hub/workflows';
import type { IsSuperAdminConfig } from '../../policies/is-super-admin';
import type { WorkflowPanelView } from '../contracts';
import { answer } from '../http/respond';
import { applyTransition, workflowView } from './transition-service';
import { TransitionRefused } from './transition-errors';
import { automaticChecksOf } from '../ingestion/release-checks';
import { actorForAdminUser, adminActorId } from './workflow-actor';
import { actorForApiToken, bindToken, tokenBinding, unbindToken } from './token-bindings';
import { taskList } from './task-list';
import { redactFinding } from './redact-finding';
import { departmentOverview, removeMembership, setMembership } from '../department-admin';

interface Ctx {
  state: { user?: { id: number } };
  get(header: string): string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  status: number;
  body: unknown;
}

const localeOf = (value: unknown) => (typeof value === 'string' && value ? value : 'zh-CN');

/** Route configs: who may call. Every admin route needs a signed-in admin. */
const signedIn = { policies: ['admin::isAuthenticatedAdmin'] };
/** Signed in as the super admin (`global::is-super-admin`); `message` says what only they manage. */
const superAdmin = (message: string) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'global::is-super-admin', config: { message } satisfies IsSuperAdminConfig },
  ],
});
const manageDepartments = superAdmin('仅超级管理员可管理部门成员 / only a super admin manages department members');
const manageTokenBindings = superAdmin('仅超级管理员可管理令牌绑定 / only a super admin manages token bindings');

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
        config: signedIn,
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/items/:uid/:documentId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async (): Promise<WorkflowPanelView> => {
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
        config: signedIn,
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/tasks',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () =>
            taskList(strapi, { actor: await actorForAdminUser(strapi, ctx.state.user!.id), query: ctx.query }),
          ),
        config: signedIn,
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
        config: signedIn,
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/departments',
        handler: async (ctx: Ctx) => answer(ctx, () => departmentOverview(strapi)),
        config: manageDepartments,
      },
      {
        method: 'PUT',
        path: '/disclosure-workflow/departments/:department/members/:userId',
        handler: async (ctx: Ctx) =>
          answer(ctx, () =>
            setMembership(strapi, {
              userId: ctx.params.userId,
              department: ctx.params.department,
              roles: (ctx.request.body ?? {}).roles,
            }),
          ),
        config: manageDepartments,
      },
      {
        method: 'DELETE',
        path: '/disclosure-workflow/departments/:department/members/:userId',
        handler: async (ctx: Ctx) =>
          answer(ctx, () => removeMembership(strapi, { userId: ctx.params.userId, department: ctx.params.department })),
        config: manageDepartments,
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/api-token-bindings/:tokenId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            const binding = await tokenBinding(strapi, tokenIdOf(ctx));
            if (!binding)
              throw new TransitionRefused(404, 'NotFoundError', '该令牌未绑定部门 / the token is not bound', {
                code: 'TOKEN_NOT_BOUND',
              });
            return binding;
          }),
        config: manageTokenBindings,
      },
      {
        method: 'PUT',
        path: '/disclosure-workflow/api-token-bindings/:tokenId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            const body = ctx.request.body ?? {};
            return bindToken(strapi, {
              tokenId: tokenIdOf(ctx),
              department: body.department,
              roles: body.roles,
              by: adminActorId(ctx.state.user!.id),
            });
          }),
        config: manageTokenBindings,
      },
      {
        method: 'DELETE',
        path: '/disclosure-workflow/api-token-bindings/:tokenId',
        handler: async (ctx: Ctx) => answer(ctx, async () => ({ removed: await unbindToken(strapi, tokenIdOf(ctx)) })),
        config: manageTokenBindings,
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
