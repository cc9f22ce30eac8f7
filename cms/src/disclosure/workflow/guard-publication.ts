import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isDisclosureUid } from '../catalog';
import { currentWorkflowScope } from './workflow-scope';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

export const publicationGuardCodes = [
  'PUBLICATION_REQUIRES_WORKFLOW',
  'PUBLISHED_DOCUMENT_DELETE_REQUIRES_WORKFLOW',
] as const;

/**
 * A PolicyError (403) rather than a plain ForbiddenError: Strapi's router replaces any other
 * ForbiddenError raised inside a route by a bare "Forbidden", dropping the code.
 */
function refuse(code: (typeof publicationGuardCodes)[number], action: string, uid: string) {
  return new errors.PolicyError(
    '政务公开信息只能经审核流程发布、撤回或删除 / Disclosure items are published, withdrawn or deleted only through the review workflow',
    { code, action, uid },
  );
}

async function hasPublishedVersion(strapi: Core.Strapi, uid: string, documentId: unknown): Promise<boolean> {
  if (typeof documentId !== 'string') return false;
  const count = await strapi.db.query(uid as never).count({ where: { documentId, publishedAt: { $notNull: true } } });
  return count > 0;
}

/**
 * `checkWorkflowBeforePublication`: the Document Service refuses every way of changing what the
 * public sees — publish, unpublish, discardDraft, a create or update carrying
 * `status: 'published'` (REST and GraphQL default to it), and deleting a document that has a
 * published version — unless the workflow's own command performs it (see `runAsWorkflow`).
 * The admin's Publish buttons, bulk publish, Releases and scripts all meet this middleware.
 */
export function guardPublication(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const ctx = context as unknown as { uid: string; action: string; params: Record<string, unknown> };
    if (!isDisclosureUid(ctx.uid) || currentWorkflowScope()) return next();

    switch (ctx.action) {
      case 'publish':
      case 'unpublish':
      case 'discardDraft':
        throw refuse('PUBLICATION_REQUIRES_WORKFLOW', ctx.action, ctx.uid);
      case 'create':
      case 'update':
        if (ctx.params.status === 'published') throw refuse('PUBLICATION_REQUIRES_WORKFLOW', ctx.action, ctx.uid);
        return next();
      case 'delete':
        if (await hasPublishedVersion(strapi, ctx.uid, ctx.params.documentId))
          throw refuse('PUBLISHED_DOCUMENT_DELETE_REQUIRES_WORKFLOW', ctx.action, ctx.uid);
        return next();
      default:
        return next();
    }
  };
}

/**
 * Defence in depth below the Document Service: the query engine (`strapi.db.query`) skips
 * Document Service middlewares, so a published row may only be inserted inside the workflow.
 */
export function guardPublishedRows(strapi: Core.Strapi, uids: string[]): void {
  strapi.db.lifecycles.subscribe({
    models: uids,
    beforeCreate(event: { model: { uid: string }; params: { data?: Record<string, unknown> } }) {
      if (event.params.data?.publishedAt && !currentWorkflowScope()) {
        throw refuse('PUBLICATION_REQUIRES_WORKFLOW', 'db.create', event.model.uid);
      }
    },
  } as never);
}
