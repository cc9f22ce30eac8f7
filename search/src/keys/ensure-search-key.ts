import type { MeiliClient } from '../meili-client';
import type { ApiKey } from '../meili-types';
import { createSearchKey } from './create-search-key';

/** Input of {@link ensureSearchKey}. */
export interface EnsureSearchKeyInput {
  /** A client holding the master key. */
  client: MeiliClient;
  /** Exactly the index uids the public may search. */
  indexes: string[];
  /** The key's name; one key per name (default `disclosure-hub-public-search`). */
  name?: string;
}

const defaultName = 'disclosure-hub-public-search';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((value, i) => value === [...b].sort()[i]);

/**
 * The public search key, created once and reused at every start so that embedded widgets keep
 * working across restarts. A key of that name that can do more than search these indexes, or has
 * expired, is deleted and replaced: the public key never carries more rights than intended.
 */
export async function ensureSearchKey(input: EnsureSearchKeyInput): Promise<ApiKey> {
  const { client, indexes } = input;
  const name = input.name ?? defaultName;
  const named: ApiKey[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await client.getKeys({ offset, limit: 100 });
    named.push(...page.results.filter((key) => key.name === name));
    if (offset + page.results.length >= page.total || page.results.length === 0) break;
  }
  const now = Date.now();
  const usable = named.find(
    (key) =>
      sameSet(key.actions, ['search']) &&
      sameSet(key.indexes, indexes) &&
      (key.expiresAt === null || Date.parse(key.expiresAt) > now),
  );
  for (const key of named) if (key !== usable) await client.deleteKey(key.uid);
  return usable ?? createSearchKey({ client, indexes, name });
}
