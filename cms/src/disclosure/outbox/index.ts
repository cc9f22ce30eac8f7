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
export { exponentialBackoff, type Backoff } from './exponential-backoff';
export { drainOutbox, type DeliveryOptions, type DrainOptions, type DrainResult } from './drain-outbox';
export {
  startOutboxWorker,
  kickOutboxWorker,
  stopOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from './outbox-worker';
export { retryDeadDeliveries } from './retry-dead-deliveries';
export { outboxStats, type OutboxStats } from './outbox-stats';
