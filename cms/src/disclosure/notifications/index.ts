export { notificationTemplates, type NotificationTemplate } from './notification-templates';
export { createNotificationTables, ensureNotificationTables } from './notification-tables';
export { enqueueNotification, type NotificationInput } from './enqueue-notification';
export { registerNotifications, notificationsConsumerName } from './register-notifications';
export { registerNotificationRoutes } from './notification-routes';
export { notifyDeadlines, scheduleDeadlineNotifications, type DeadlineRun } from './notify-deadlines';
