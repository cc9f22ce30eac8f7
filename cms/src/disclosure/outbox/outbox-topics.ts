/** What happened to a published item; every consumer subscribes to some of these. */
export const outboxTopics = ['publish', 'unpublish', 'withdraw', 'correct'] as const;

export type OutboxTopic = (typeof outboxTopics)[number];

export function isOutboxTopic(value: unknown): value is OutboxTopic {
  return (outboxTopics as readonly unknown[]).includes(value);
}
