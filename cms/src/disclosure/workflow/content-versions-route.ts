import type { Core } from '@strapi/strapi';
import { contentVersions } from './content-versions';
import { answer } from '../http/respond';
import { actorNames } from './transition-service';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
}

/** `GET /disclosure-workflow/items/:uid/:documentId/versions`: saved and signed versions, and the diff to sign. */
export function registerContentVersionsRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: '/disclosure-workflow/items/:uid/:documentId/versions',
        handler: (ctx: Ctx) =>
          answer(ctx, () => {
            const locale = typeof ctx.query.locale === 'string' && ctx.query.locale ? ctx.query.locale : 'zh-CN';
            return contentVersions(
              strapi,
              { uid: ctx.params.uid!, documentId: ctx.params.documentId!, locale },
              (ids) => actorNames(strapi, ids),
            );
          }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never);
}
