// The HTTP contract of the disclosure routes, declared once: the server modules and the admin
// bundle import these types (type-only); nothing here exists at run time.
export type { LocalizedText } from './localized-text';
export type {
  AutomaticChecks,
  FindingDetail,
  TransitionResult,
  WorkflowPanelView,
  WorkflowView,
} from './workflow-view';
export type { TaskItem, TaskList } from './task-list';
export type { DepartmentMember, DepartmentOverview, MembershipRemoved, MembershipSet } from './department-overview';
export type { NotificationItem, NotificationPage, NotificationTemplate } from './notifications';
export type { ContentChange, ContentVersion, ContentVersions } from './content-versions';
