import type { Core } from '@strapi/strapi';
import { disclosureValidationError } from '../validation/field-error';
import { portalChannelProblems } from './portal-channel-problems';
import { portalChannelUid } from './portal-channels';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * Refuses a channel whose URL, categories or region codes are unusable, from the admin and the
 * API alike: a misspelt category would otherwise make the portal silently miss its items.
 */
export function validatePortalChannelWrite(): Middleware {
  return async (context, next) => {
    const ctx = context as unknown as { uid: string; action: string; params: { data?: Record<string, unknown> } };
    if (ctx.uid !== portalChannelUid || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const problems = portalChannelProblems(ctx.params.data ?? {});
    if (problems.length > 0) throw disclosureValidationError(problems);
    return next();
  };
}
