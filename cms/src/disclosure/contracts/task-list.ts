import type { WorkflowState } from '@disclosure-hub/workflows';

/** One item of the task list. */
export interface TaskItem {
  uid: string;
  documentId: string;
  locale: string;
  category: string;
  title: string | null;
  state: string;
  /** The stage of a correction in review (`published.revising.*`), or null. */
  revision: string | null;
  department: string;
  dueDate: string | null;
  workingDaysLeft: number | null;
  /** Waiting for this user: the next step of the chain is theirs. */
  mine: boolean;
  overdue: boolean;
  dueSoon: boolean;
  updatedAt: string;
}

/** The task list of one admin user (`GET /disclosure-workflow/tasks?category=&state=`). */
export interface TaskList {
  items: TaskItem[];
  /** Items of the user's departments per state, before the filters. */
  byState: Record<string, number>;
  departments: string[];
  /** Every top-level state of the chain, in its order: what the list may be filtered by. */
  states: readonly WorkflowState[];
}
