import type { MeiliClient } from '../meili-client';
import type { ApiKey } from '../meili-types';

/** Input of {@link createSearchKey}. */
export interface CreateSearchKeyInput {
  /** A client holding the master key (only the master key may create keys). */
  client: MeiliClient;
  /** Index uids (or patterns such as `disclosures-*`) the key may search. */
  indexes: string[];
  /** Expiry; omitted means the key never expires (rotate it by deleting it). */
  expiresAt?: Date;
  name?: string;
  description?: string;
}

/**
 * A key for public clients (portals, the search widget) that can search the given indexes and do
 * nothing else: no documents, settings, tasks or keys.
 */
export function createSearchKey(input: CreateSearchKeyInput): Promise<ApiKey> {
  return input.client.createKey({
    name: input.name ?? 'disclosure-hub-public-search',
    description: input.description ?? '公众检索（只读）/ public search (read only)',
    actions: ['search'],
    indexes: input.indexes,
    expiresAt: input.expiresAt === undefined ? null : input.expiresAt.toISOString(),
  });
}
