import type { MeiliClient } from '../meili-client';

const pageSize = 1_000;

/** `id → updatedAt` of every document in the index, read in pages of ids and stamps only. */
export async function fetchIndexedStamps(client: MeiliClient, indexUid: string): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  for (let offset = 0; ; offset += pageSize) {
    const page = await client.getDocuments<{ id: string; updatedAt?: string }>(indexUid, {
      offset,
      limit: pageSize,
      fields: ['id', 'updatedAt'],
    });
    for (const document of page.results) stamps.set(String(document.id), document.updatedAt ?? '');
    if (page.results.length < pageSize || offset + pageSize >= page.total) return stamps;
  }
}

/** Same instant, whatever ISO spelling (`…Z` vs `….000Z`) each side used. */
export function sameStamp(indexed: string | undefined, listed: string): boolean {
  if (indexed === undefined) return false;
  const a = Date.parse(indexed);
  const b = Date.parse(listed);
  return Number.isNaN(a) || Number.isNaN(b) ? indexed === listed : a === b;
}
