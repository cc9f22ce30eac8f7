export { OutboxError, outboxErrorCodes, type OutboxErrorCode } from './outbox-error';
export {
  outboxTopics,
  publicationTopics,
  isPublicationTopic,
  type OutboxTopic,
  type PublicationTopic,
} from './outbox-topics';
export { ensureOutboxTables, deliveryStatuses, type DeliveryStatus } from './outbox-tables';
export { registerOutboxConsumer, type OutboxConsumer, type OutboxEvent } from './register-outbox-consumer';
export { enqueueOutboxEvent, type OutboxEventInput } from './enqueue-outbox-event';
export { exponentialBackoff, type Backoff } from '../jobs';
export {
  drainOutbox,
  type DeliveryOptions,
  type DrainOptions,
  type DrainResult,
  type OutboxWorkerOptions,
} from './drain-outbox';
export { startOutboxWorker, kickOutboxWorker, stopOutboxWorker } from './outbox-worker';
export type { PollingWorker as OutboxWorker } from '../jobs';
export { retryDeadDeliveries } from './retry-dead-deliveries';
export { outboxStats, type OutboxStats } from './outbox-stats';
