import type { NotifyTemplate } from '@disclosure-hub/workflows';

/** What a notification says happened: the engine's `notify` templates and the deadline job's two. */
export const notificationTemplates = [
  'reviewRequested',
  'returnedForChanges',
  'readyToPublish',
  'reviewClosed',
  'postReviewRequested',
  'withdrawn',
  'dueSoon',
  'overdue',
] as const satisfies readonly (NotifyTemplate | 'dueSoon' | 'overdue')[];

export type NotificationTemplate = (typeof notificationTemplates)[number];

// Fails to compile when the engine gains a template this list lacks.
type MissingEngineTemplate = Exclude<NotifyTemplate, NotificationTemplate>;
const everyEngineTemplateIsListed: MissingEngineTemplate extends never ? true : false = true;
void everyEngineTemplateIsListed;

export function isNotificationTemplate(value: unknown): value is NotificationTemplate {
  return (notificationTemplates as readonly unknown[]).includes(value);
}
