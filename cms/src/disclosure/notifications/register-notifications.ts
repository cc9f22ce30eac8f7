import type { Core } from '@strapi/strapi';
import { registerOutboxConsumer } from '../outbox';
import { deliverNotification } from './deliver-notification';

/** The outbox consumer's name; stored with its deliveries, so it never changes. */
export const notificationsConsumerName = 'notifications';

/**
 * Subscribes the in-admin notifications to `notify` events (call before anything is enqueued:
 * only registered consumers get deliveries). @returns a function that unregisters the consumer
 */
export function registerNotifications(strapi: Core.Strapi): () => void {
  return registerOutboxConsumer(strapi, {
    name: notificationsConsumerName,
    topics: ['notify'],
    handle: async (event) => {
      await deliverNotification(strapi, event);
    },
  });
}
