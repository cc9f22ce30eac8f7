export { ensureWebhookTables, webhookDeliveryStatuses, type WebhookDeliveryStatus } from './webhook-tables';
export { signWebhook, verifyWebhookSignature, type WebhookVerification } from './webhook-signature';
export { webhookUserAgent, type WebhookBody } from './webhook-request';
export type { WebhookItem } from './webhook-item';
export { portalChannelUid, type PortalChannel } from './portal-channels';
export { channelFollows } from './channel-follows';
export { portalChannelProblems } from './portal-channel-problems';
export { validatePortalChannelWrite } from './validate-portal-channel-write';
export { registerWebhookChannels, webhookConsumerName } from './register-webhook-channels';
export {
  drainWebhooks,
  type DrainWebhooksOptions,
  type DrainWebhooksResult,
  type WebhookDeliveryOptions,
  type WebhookWorkerOptions,
} from './drain-webhooks';
export { startWebhookWorker, kickWebhookWorker, stopWebhookWorker } from './webhook-worker';
export type { PollingWorker as WebhookWorker } from '../jobs';
