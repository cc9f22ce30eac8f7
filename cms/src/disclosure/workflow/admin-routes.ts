import type { Core } from '@strapi/strapi';
import type { WorkflowEvent } from '@disclosure-hub/workflows';
import { applyTransition, workflowView } from './transition-service';
import { TransitionRefused } from './transition-errors';
import { actorForAdminUser } from './workflow-actor';

interface Ctx {
  state: { user?: { id: number } };
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
          answer(ctx, async () => {
            const body = ctx.request.body ?? {};
            const actor = await actorForAdminUser(strapi, ctx.state.user!.id);
            const expectedVersion = typeof body.expectedVersion === 'number' ? body.expectedVersion : undefined;
            return applyTransition(strapi, {
              target: {
                uid: String(body.uid ?? ''),
                documentId: String(body.documentId ?? ''),
                locale: localeOf(body.locale),
              },
              event: body.event as WorkflowEvent,
              expectedVersion,
              actor,
            });
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'GET',
        path: '/disclosure-workflow/items/:uid/:documentId',
        handler: async (ctx: Ctx) =>
          answer(ctx, async () => {
            const actor = await actorForAdminUser(strapi, ctx.state.user!.id);
            return workflowView(strapi, {
              target: { uid: ctx.params.uid!, documentId: ctx.params.documentId!, locale: localeOf(ctx.query.locale) },
              actor,
            });
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}
