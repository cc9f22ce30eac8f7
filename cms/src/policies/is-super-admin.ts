import { TransitionRefused } from '../disclosure/workflow/transition-errors';

/** The role code Strapi gives its super admin. */
export const superAdminRoleCode = 'strapi-super-admin';

interface PolicyContext {
  state: { user?: { roles?: { code: string }[] } };
}

/** What the route manages, said in the refusal (bilingual, Chinese first). */
export interface IsSuperAdminConfig {
  message?: string;
}

/**
 * `global::is-super-admin`, a route policy (`config.policies`, after `admin::isAuthenticatedAdmin`):
 * lets the super admin through and refuses everyone else with 403 `SUPER_ADMIN_REQUIRED`.
 * Policies run before the handler and its `answer()`, so the refusal is thrown as the HTTP error
 * Strapi's error middleware renders into the same body.
 */
export default (policyContext: PolicyContext, config: IsSuperAdminConfig = {}): true => {
  if (policyContext.state.user?.roles?.some((role) => role.code === superAdminRoleCode)) return true;
  throw new TransitionRefused(
    403,
    'ForbiddenError',
    config.message ?? '仅超级管理员可执行此操作 / only a super admin may do this',
    { code: 'SUPER_ADMIN_REQUIRED' },
  ).toHttpError();
};
