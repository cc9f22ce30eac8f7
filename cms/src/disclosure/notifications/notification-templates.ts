import type { NotificationTemplate } from '../contracts';

export type { NotificationTemplate };

/** Every template a notification may carry (the contract's `NotificationTemplate`), for checks at run time. */
export const notificationTemplates = [
  'reviewRequested',
  'returnedForChanges',
  'readyToPublish',
  'reviewClosed',
  'postReviewRequested',
  'withdrawn',
  'dueSoon',
  'overdue',
] as const satisfies readonly NotificationTemplate[];

// Fails to compile when the contract (the engine's templates and the deadline job's) gains a template this list lacks.
type MissingTemplate = Exclude<NotificationTemplate, (typeof notificationTemplates)[number]>;
const everyTemplateIsListed: MissingTemplate extends never ? true : false = true;
void everyTemplateIsListed;

export function isNotificationTemplate(value: unknown): value is NotificationTemplate {
  return (notificationTemplates as readonly unknown[]).includes(value);
}
