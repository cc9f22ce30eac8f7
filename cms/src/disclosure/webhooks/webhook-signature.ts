import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a portal knows a delivery comes from Disclosure Hub and is fresh.
 *
 * Every request carries `X-Disclosure-Timestamp` (unix seconds when it was sent) and
 * `X-Disclosure-Signature: sha256=<hex>`, where `<hex>` is HMAC-SHA256, keyed with the channel's
 * secret, of the timestamp, a dot and the raw request body exactly as received (UTF-8 bytes,
 * before any JSON parsing): `HMAC_SHA256(secret, "1767225600.{\"id\":42,…}")`.
 *
 * A portal recomputes the HMAC, compares in constant time, and rejects timestamps further than a
 * few minutes from its own clock (a captured request cannot be replayed later). Retries are signed
 * again with a new timestamp but carry the same body and `X-Disclosure-Delivery` id: deduplicate on
 * that id. This file depends on `node:crypto` only, so portals written in Node can copy it as is.
 */
export function signWebhook({
  secret,
  timestamp,
  body,
}: {
  secret: string;
  timestamp: number | string;
  body: string;
}): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** Why a signature was refused, for the portal's logs. */
export type WebhookVerification = { valid: true } | { valid: false; reason: 'malformed' | 'stale' | 'mismatch' };

/**
 * Checks the two headers of a delivery against its raw body. `toleranceSeconds` (default 300)
 * bounds how far the timestamp may be from `now` in either direction.
 */
export function verifyWebhookSignature({
  secret,
  timestamp,
  body,
  signature,
  toleranceSeconds = 300,
  now = new Date(),
}: {
  secret: string;
  /** The `X-Disclosure-Timestamp` header. */
  timestamp: string | number | undefined;
  /** The raw request body. */
  body: string;
  /** The `X-Disclosure-Signature` header. */
  signature: string | undefined;
  toleranceSeconds?: number;
  now?: Date;
}): WebhookVerification {
  const stamp = String(timestamp ?? '');
  if (!/^\d{1,12}$/.test(stamp) || typeof signature !== 'string' || !/^sha256=[0-9a-f]{64}$/.test(signature))
    return { valid: false, reason: 'malformed' };
  if (Math.abs(now.getTime() / 1000 - Number(stamp)) > toleranceSeconds) return { valid: false, reason: 'stale' };
  const expected = Buffer.from(signWebhook({ secret, timestamp: stamp, body }), 'utf8');
  // Both are `sha256=` and 64 hex digits here, so the lengths match as timingSafeEqual requires.
  return timingSafeEqual(expected, Buffer.from(signature, 'utf8'))
    ? { valid: true }
    : { valid: false, reason: 'mismatch' };
}
