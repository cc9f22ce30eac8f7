import type { Core } from '@strapi/strapi';
import { OutboxError } from './outbox-error';
import { isOutboxTopic, outboxTopics, type OutboxTopic } from './outbox-topics';
import { consumerRegistry } from './outbox-state';

/** One delivery of an outbox event to one consumer. */
export interface OutboxEvent {
  /** The outbox row id; with `consumer`, a natural idempotency key. */
  id: number;
  topic: OutboxTopic;
  uid: string;
  documentId: string;
  locale: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  consumer: string;
  /** 1 for the first attempt; grows with every retry. */
  attempt: number;
}

/**
 * Something that reacts to committed state changes (search indexing, portal webhooks, cache
 * invalidation). Delivery is at least once: `handle` must be idempotent, and should treat the event
 * as "bring this document up to date" rather than replay its payload blindly.
 */
export interface OutboxConsumer {
  /** Unique per Strapi; stored with every delivery, so keep it stable across releases. */
  name: string;
  /** Topics to receive; all topics when omitted. */
  topics?: readonly OutboxTopic[];
  /** Resolve to mark the delivery done; throw (or reject) to have it retried with back-off. */
  handle(event: OutboxEvent): Promise<void> | void;
  /**
   * Optional: handle several due events at once (events of distinct documents, oldest first).
   * Resolve to mark them all delivered. When it throws, each event is retried alone through
   * `handle` at once, so one bad event cannot hold the others back.
   */
  handleBatch?(events: OutboxEvent[]): Promise<void>;
}

/**
 * Registers a consumer (call in `register` or `bootstrap`, before the first event is enqueued:
 * deliveries are created for the consumers known when the event is written). Returns a function
 * that unregisters it; its pending deliveries then wait, untouched, until it is registered again.
 */
export function registerOutboxConsumer(strapi: Core.Strapi, consumer: OutboxConsumer): () => void {
  const { name, topics, handle, handleBatch } = consumer;
  if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9._:-]{0,99}$/i.test(name))
    throw new OutboxError(
      'OUTBOX_INVALID_CONSUMER',
      `consumer name must be 1-100 letters, digits or ._:- : ${String(name)}`,
    );
  if (typeof handle !== 'function')
    throw new OutboxError('OUTBOX_INVALID_CONSUMER', `consumer ${name} has no handle function`);
  const unknown = (topics ?? []).filter((topic) => !isOutboxTopic(topic));
  if (unknown.length > 0 || (topics !== undefined && topics.length === 0))
    throw new OutboxError(
      'OUTBOX_INVALID_CONSUMER',
      `consumer ${name} must subscribe to some of ${outboxTopics.join(', ')}; got ${JSON.stringify(topics)}`,
    );
  const registry = consumerRegistry(strapi.db.connection);
  if (registry.has(name)) throw new OutboxError('OUTBOX_DUPLICATE_CONSUMER', `consumer ${name} is already registered`);
  if (handleBatch !== undefined && typeof handleBatch !== 'function')
    throw new OutboxError('OUTBOX_INVALID_CONSUMER', `consumer ${name}: handleBatch must be a function`);
  const entry: OutboxConsumer = { name, topics: topics ? [...topics] : undefined, handle, handleBatch };
  registry.set(name, entry);
  return () => {
    if (registry.get(name) === entry) registry.delete(name);
  };
}
