import type { Core } from '@strapi/strapi';
import { isPublicationTopic, publicationTopics, registerOutboxConsumer, type OutboxEvent } from '../outbox';
import { channelFollows } from './channel-follows';
import { portalChannelProblems } from './portal-channel-problems';
import { activePortalChannels } from './portal-channels';
import { loadWebhookItem } from './webhook-item';
import { webhookDeliveriesTable } from './webhook-tables';
import { kickWebhookWorker } from './webhook-worker';

/** The outbox consumer's name; stored with its outbox deliveries, so it never changes. */
export const webhookConsumerName = 'webhooks';

/**
 * Turns one outbox event into one pending delivery per active channel that follows its item.
 * Idempotent: the outbox delivers at least once, and the unique (channel, event) key ignores a
 * second fan-out. Sending happens later, in `drainWebhooks`, so a slow portal holds up neither
 * the outbox nor the other consumers.
 */
export async function fanOutToChannels(strapi: Core.Strapi, event: OutboxEvent): Promise<void> {
  // Portals hear of publications only; staff notifications never leave the bureau.
  if (!isPublicationTopic(event.topic)) return;
  const item = await loadWebhookItem(strapi, { ...event, topic: event.topic });
  if (!item) return;
  const channels = (await activePortalChannels(strapi)).filter((channel) => {
    const problems = portalChannelProblems(channel as unknown as Record<string, unknown>);
    // Fail closed and loudly: a broken filter must neither flood the portal nor go unnoticed.
    if (problems.length > 0)
      strapi.log.error(
        `[disclosure-hub] portal channel ${channel.id} (${channel.name}) is misconfigured and receives nothing: ${problems
          .map((p) => `${p.path.join('.')}: ${p.message}`)
          .join('; ')}`,
      );
    return problems.length === 0 && channelFollows(channel, item);
  });
  if (channels.length === 0) return;
  const at = new Date();
  await strapi.db
    .connection(webhookDeliveriesTable)
    .insert(
      channels.map((channel) => ({
        channel_id: channel.id,
        outbox_id: event.id,
        topic: event.topic,
        uid: event.uid,
        document_id: event.documentId,
        locale: event.locale,
        item: JSON.stringify(item),
        occurred_at: event.createdAt,
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        created_at: at,
      })),
    )
    .onConflict(['channel_id', 'outbox_id'])
    .ignore();
  kickWebhookWorker();
}

/**
 * Subscribes portal channels to every publication, correction and withdrawal (call before the
 * outbox worker starts: only registered consumers get deliveries). DISCLOSURE_WEBHOOKS=false turns
 * it off. @returns a function that unregisters the consumer, or undefined when switched off
 */
export function registerWebhookChannels(
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env,
): (() => void) | undefined {
  if (env.DISCLOSURE_WEBHOOKS === 'false') return undefined;
  return registerOutboxConsumer(strapi, {
    name: webhookConsumerName,
    topics: publicationTopics,
    handle: async (event) => {
      await fanOutToChannels(strapi, event);
    },
  });
}
