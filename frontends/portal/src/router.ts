/** The portal's pages, addressed by the URL hash so any static host can serve it. */
export type Route =
  | { name: 'home' }
  | { name: 'category'; key: string; page: number }
  | { name: 'item'; key: string; documentId: string }
  | { name: 'unknown' };

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'category' && parts.length === 2) {
    const page = Number(new URLSearchParams(search).get('page') ?? '1');
    return { name: 'category', key: parts[1]!, page: Number.isInteger(page) && page >= 1 ? page : 1 };
  }
  if (parts[0] === 'item' && parts.length === 3) return { name: 'item', key: parts[1]!, documentId: parts[2]! };
  return { name: 'unknown' };
}
