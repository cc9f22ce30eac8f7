import type { IndexSettings } from '../meili-types';

/** One setting Meilisearch holds differently from what we applied. */
export interface SettingsDifference {
  field: keyof IndexSettings;
  expected: unknown;
  actual: unknown;
}

/** Settings whose order Meilisearch does not keep (it returns them sorted). */
const unorderedFields = new Set<keyof IndexSettings>(['filterableAttributes', 'sortableAttributes']);

/**
 * The fields of `expected` that `actual` does not match. Nested objects are compared on the keys
 * we set only, because Meilisearch fills in defaults for the rest (typo sizes, sort orders, …).
 */
export function settingsDifferences(expected: IndexSettings, actual: IndexSettings): SettingsDifference[] {
  const differences: SettingsDifference[] = [];
  for (const field of Object.keys(expected) as Array<keyof IndexSettings>) {
    const want = expected[field];
    const have = actual[field];
    const matches = unorderedFields.has(field)
      ? Array.isArray(want) && Array.isArray(have) && sameMembers(want, have)
      : field === 'synonyms'
        ? sameSynonyms(want as Record<string, string[]>, have as Record<string, string[]> | null | undefined)
        : covers(want, have);
    if (!matches) differences.push({ field, expected: want, actual: have });
  }
  return differences;
}

function sameMembers(a: readonly unknown[], b: readonly unknown[]): boolean {
  const key = (value: unknown) => JSON.stringify(value);
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((value, i) => value === right[i]);
}

function sameSynonyms(want: Record<string, string[]>, have: Record<string, string[]> | null | undefined): boolean {
  if (have === null || have === undefined) return Object.keys(want).length === 0;
  const wantKeys = Object.keys(want);
  return (
    wantKeys.length === Object.keys(have).length &&
    wantKeys.every((term) => Array.isArray(have[term]) && sameMembers(want[term] ?? [], have[term] ?? []))
  );
}

/** Deep equality for arrays and scalars; for objects, every key of `want` must match in `have`. */
function covers(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) {
    return Array.isArray(have) && want.length === have.length && want.every((item, i) => covers(item, have[i]));
  }
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object') return false;
    return Object.entries(want).every(([key, value]) => covers(value, (have as Record<string, unknown>)[key]));
  }
  return Object.is(want, have);
}
