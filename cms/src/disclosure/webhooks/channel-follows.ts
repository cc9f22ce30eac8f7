import { regionCodeCovers } from '@disclosure-hub/config';
import type { PortalChannel } from './portal-channels';
import type { WebhookItem } from './webhook-item';

const filterOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * `channelFollows`: a channel receives an item of a category it lists (any when it lists none) and
 * of a region it lists or below (any when it lists none): `410100` covers `4101xx`, `410000`
 * covers `41xxxx`. Assumes settings that `portalChannelProblems` accepts.
 */
export function channelFollows(
  channel: Pick<PortalChannel, 'categories' | 'regionCodes'>,
  item: Pick<WebhookItem, 'category' | 'regionCode'>,
): boolean {
  const categories = filterOf(channel.categories);
  const regions = filterOf(channel.regionCodes);
  const { regionCode } = item;
  return (
    (categories.length === 0 || categories.includes(item.category)) &&
    (regions.length === 0 || (regionCode !== null && regions.some((code) => regionCodeCovers(code, regionCode))))
  );
}
