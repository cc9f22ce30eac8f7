/**
 * Changes of what the public sees: search indexing and portal webhooks follow these, and only these.
 */
export const publicationTopics = ['publish', 'unpublish', 'withdraw', 'correct'] as const;

export type PublicationTopic = (typeof publicationTopics)[number];

/**
 * Everything the outbox carries: the publication topics, and `notify` (in-admin notifications to
 * staff, which must never reach search or a portal). Every consumer subscribes to some of these.
 */
export const outboxTopics = [...publicationTopics, 'notify'] as const;

export type OutboxTopic = (typeof outboxTopics)[number];

export function isOutboxTopic(value: unknown): value is OutboxTopic {
  return (outboxTopics as readonly unknown[]).includes(value);
}

export function isPublicationTopic(value: unknown): value is PublicationTopic {
  return (publicationTopics as readonly unknown[]).includes(value);
}
