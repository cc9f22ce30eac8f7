// Temporary port until the outbox module lands.
import type { Knex } from 'knex';
export type OutboxTopic = 'publish' | 'unpublish' | 'withdraw' | 'correct';
export async function enqueueOutboxEvent(
  _trx: Knex,
  _event: { topic: OutboxTopic; uid: string; documentId: string; locale: string; payload: unknown },
): Promise<void> {}
export function kickOutboxWorker(): void {}
