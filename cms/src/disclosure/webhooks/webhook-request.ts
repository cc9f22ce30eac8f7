import type { PublicationTopic } from '../outbox';
import { signWebhook } from './webhook-signature';
import type { WebhookItem } from './webhook-item';

export const webhookUserAgent = 'DisclosureHub-Webhooks/1';

/** The JSON body of every delivery. */
export interface WebhookBody {
  /** The delivery id, also in `X-Disclosure-Delivery`; the same on every retry. */
  id: number;
  event: PublicationTopic;
  /** When the state change was committed (ISO 8601). */
  occurredAt: string;
  item: WebhookItem;
}

/** The signed request of one attempt: a fresh timestamp, the same body every time. */
export function webhookRequest({ body, secret, at }: { body: WebhookBody; secret: string; at: Date }): {
  headers: Record<string, string>;
  body: string;
} {
  const text = JSON.stringify(body);
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': webhookUserAgent,
      'X-Disclosure-Event': body.event,
      'X-Disclosure-Delivery': String(body.id),
      'X-Disclosure-Timestamp': String(timestamp),
      'X-Disclosure-Signature': signWebhook({ secret, timestamp, body: text }),
    },
    body: text,
  };
}
