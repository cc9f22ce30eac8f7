/**
 * Meilisearch synonyms from groups of equivalent terms: every member maps to every other member.
 * A term in several groups maps to the union, so two groups sharing a term stay consistent.
 */
export function buildSynonyms(groups: ReadonlyArray<ReadonlyArray<string>>): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const term of group) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of group) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([term, others]) => [term, [...others]]));
}
