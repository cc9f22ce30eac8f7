import type { StrapiApp } from '@strapi/strapi/admin';
import { Briefcase, BulletList } from '@strapi/icons';
import zhHans from './disclosure-workflow/translations/zh-Hans.json';
import en from './disclosure-workflow/translations/en.json';
import { isDisclosureUid, pluginId } from './disclosure-workflow/common';
import { WorkflowPanel } from './disclosure-workflow/WorkflowPanel';

/** A content-manager description component (document action or panel), with its static `type`. */
type Description = ((props: { model: string } & Record<string, unknown>) => unknown) & { type?: string };

/**
 * The stock Publish / Unpublish / Discard actions, hidden for disclosure types: publication goes
 * through the workflow panel. Cosmetic only; the server guard refuses them anyway.
 */
const stockPublication = ['publish', 'unpublish', 'discard'];
const withoutStockPublication = (actions: Description[]) =>
  actions.map((action) => {
    if (!action.type || !stockPublication.includes(action.type)) return action;
    // The model of a mounted edit view never changes, so the hooks inside `action` keep their order.
    const wrapped: Description = (props) => (isDisclosureUid(props.model) ? null : action(props));
    Object.assign(wrapped, action);
    return wrapped;
  });

export default {
  config: {
    // Chinese first: editors and reviewers work in 简体中文; English stays available.
    locales: ['zh-Hans'],
    translations: { 'zh-Hans': zhHans, en },
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${pluginId}/tasks`,
      icon: BulletList,
      intlLabel: { id: `${pluginId}.tasks.menu`, defaultMessage: '政务公开任务' },
      Component: () => import('./disclosure-workflow/TaskListPage'),
      permissions: [],
    } as never);
    app.addMenuLink({
      to: `plugins/${pluginId}/departments`,
      icon: Briefcase,
      intlLabel: { id: `${pluginId}.departments.menu`, defaultMessage: '部门与人员' },
      Component: () => import('./disclosure-workflow/DepartmentsPage'),
      // Shown to whoever may manage admin users (the super admin); the server checks the role itself.
      permissions: [{ action: 'admin::users.update', subject: null }],
    } as never);
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: {
        addEditViewSidePanel(panels: Description[]): void;
        addDocumentAction(reducer: (actions: Description[]) => Description[]): void;
      };
    };
    contentManager.apis.addEditViewSidePanel([WorkflowPanel as unknown as Description]);
    contentManager.apis.addDocumentAction(withoutStockPublication);
  },
};
