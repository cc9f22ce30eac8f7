import { OutboxError } from './outbox-error';
import { isOutboxTopic, type OutboxTopic } from './outbox-topics';
import { consumerRegistry } from './outbox-state';
import { deliveriesTable, outboxTable, type Knex } from './outbox-tables';

/** What the workflow records about a state change. */
export interface OutboxEventInput {
  topic: OutboxTopic;
  uid: string;
  documentId: string;
  locale: string;
  /** Plain JSON; keep it small (ids, versions, reasons), consumers re-read the document. */
  payload?: Record<string, unknown>;
}

function invalid(message: string): OutboxError {
  return new OutboxError('OUTBOX_INVALID_EVENT', message);
}

function encodePayload(payload: unknown): string {
  if (payload === undefined) return '{}';
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw invalid('payload must be a plain object');
  try {
    return JSON.stringify(payload);
  } catch (cause) {
    throw new OutboxError('OUTBOX_INVALID_EVENT', 'payload is not serialisable as JSON', { cause });
  }
}

/**
 * Writes an event and one pending delivery per consumer of its topic with the caller's transaction
 * `trx`, so that the event exists exactly when the state change it describes was committed.
 * Call `kickOutboxWorker()` after the commit to deliver it without waiting for the next poll.
 * @returns the outbox row id
 */
export async function enqueueOutboxEvent(trx: Knex, event: OutboxEventInput): Promise<number> {
  if ((trx as { isTransaction?: boolean } | undefined)?.isTransaction !== true)
    throw new OutboxError(
      'OUTBOX_NOT_IN_TRANSACTION',
      'enqueueOutboxEvent needs the transaction of the state change (strapi.db.transaction(({ trx }) => …))',
    );
  const { topic, uid, documentId, locale, payload } = event;
  if (!isOutboxTopic(topic)) throw invalid(`unknown topic ${String(topic)}`);
  for (const [field, value, max] of [
    ['uid', uid, 255],
    ['documentId', documentId, 255],
    ['locale', locale, 20],
  ] as const) {
    if (typeof value !== 'string' || value.length === 0 || value.length > max)
      throw invalid(`${field} must be a non-empty string of at most ${max} characters`);
  }
  const encoded = encodePayload(payload);

  const createdAt = new Date();
  const inserted: unknown[] = await trx(outboxTable).insert(
    { topic, uid, document_id: documentId, locale, payload: encoded, created_at: createdAt },
    ['id'],
  );
  const first = inserted[0];
  const id = Number(typeof first === 'object' && first !== null ? (first as { id: unknown }).id : first);

  const consumers = [...consumerRegistry(trx).values()].filter((c) => !c.topics || c.topics.includes(topic));
  if (consumers.length > 0) {
    await trx(deliveriesTable).insert(
      consumers.map((consumer) => ({
        outbox_id: id,
        consumer: consumer.name,
        status: 'pending',
        attempts: 0,
        next_attempt_at: createdAt,
        claimed_until: null,
        claim_token: null,
        delivered_at: null,
        last_error: null,
      })),
    );
  }
  return id;
}
