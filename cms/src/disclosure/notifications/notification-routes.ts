import type { Core } from '@strapi/strapi';
import { answer } from '../http/respond';
import { listNotifications } from './list-notifications';
import { markNotificationRead } from './mark-notification-read';

interface Ctx {
  state: { user?: { id: number } };
  params: Record<string, string>;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
}

/**
 * The logged-in admin's own notifications (admin JWT). Whose they are comes from the session
 * only, never from the request, so nobody can list or mark another person's.
 */
export function registerNotificationRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: '/disclosure-workflow/notifications',
        handler: async (ctx: Ctx) =>
          answer(ctx, () => listNotifications(strapi, { userId: ctx.state.user!.id, query: ctx.query })),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
      {
        method: 'POST',
        path: '/disclosure-workflow/notifications/:id/read',
        handler: async (ctx: Ctx) =>
          answer(ctx, () => markNotificationRead(strapi, { userId: ctx.state.user!.id, id: ctx.params.id })),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}
