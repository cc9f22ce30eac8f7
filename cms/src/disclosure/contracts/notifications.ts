import type { NotifyTemplate } from '@disclosure-hub/workflows';
import type { LocalizedText } from './localized-text';

/** What a notification says happened: the engine's `notify` templates and the deadline job's two. */
export type NotificationTemplate = NotifyTemplate | 'dueSoon' | 'overdue';

/** One notification as the admin shows it. */
export interface NotificationItem {
  id: number;
  template: NotificationTemplate;
  /** Chinese first, English beside it. */
  message: LocalizedText;
  uid: string;
  documentId: string;
  locale: string;
  /** The draft's title when the notification was delivered. */
  title: string | null;
  reason: string | null;
  actorId: string;
  createdAt: string;
  readAt: string | null;
}

/**
 * One page of a user's notifications, newest first, with their unread count
 * (`GET /disclosure-workflow/notifications?unread=&page=&pageSize=`).
 */
export interface NotificationPage {
  items: NotificationItem[];
  /** The user's unread notifications, whatever the filter. */
  unread: number;
  /** Notifications matching the filter, on every page. */
  total: number;
}
