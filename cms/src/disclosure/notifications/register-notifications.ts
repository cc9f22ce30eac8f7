import type { Core } from '@strapi/strapi';
import { registerOutboxConsumer } from '../outbox';
import { deliverNotification } from './deliver-notification';

/** The outbox consumer's name; stored with its deliveries, so it never changes. */
export const notificationsConsumerName = 'notifications';

/**
 * Subscribes the in-admin notifications to `notify` events (call before anything is enqueued:
 * only registered consumers get deliveries). DISCLOSURE_NOTIFICATIONS=false turns it off (tests
 * that count every delivery of the outbox). @returns a function that unregisters the consumer, or
 * undefined when switched off
 */
export function registerNotifications(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): (() => void) | undefined {
  if (env.DISCLOSURE_NOTIFICATIONS === 'false') return undefined;
  return registerOutboxConsumer(strapi, {
    name: notificationsConsumerName,
    topics: ['notify'],
    handle: async (event) => {
      await deliverNotification(strapi, event);
    },
  });
}
