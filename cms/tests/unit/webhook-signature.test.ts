import { signWebhook, verifyWebhookSignature } from '../../src/disclosure/webhooks/webhook-signature';

const secret = 'portal-secret-0123456789';
const body = JSON.stringify({ id: 7, event: 'publish', item: { title: '郑州市空气质量日报' } });
const sentAt = new Date('2026-03-15T08:00:00Z');
const timestamp = String(sentAt.getTime() / 1000);
const signature = signWebhook({ secret, timestamp, body });

describe('signWebhook', () => {
  it('is sha256= and the hex HMAC-SHA256 of the timestamp, a dot and the body', () => {
    // Computed outside Node: printf '%s' "1773561600.$body" | openssl dgst -sha256 -hmac "$secret"
    const expected = 'sha256=54c16f296195ca27f2b5eaa786af280970a8d77989eca8ca54aa2de19d074b37';

    expect(signature).toBe(expected);
  });
});

describe('verifyWebhookSignature', () => {
  it('accepts the signature of the body it was computed over', () => {
    const verification = verifyWebhookSignature({ secret, timestamp, body, signature, now: sentAt });

    expect(verification).toEqual({ valid: true });
  });

  it('accepts a delivery that took a little while to arrive', () => {
    const now = new Date(sentAt.getTime() + 299_000);

    const verification = verifyWebhookSignature({ secret, timestamp, body, signature, now });

    expect(verification).toEqual({ valid: true });
  });

  it('refuses a tampered body', () => {
    const tampered = body.replace('郑州市', '开封市');

    const verification = verifyWebhookSignature({ secret, timestamp, body: tampered, signature, now: sentAt });

    expect(verification).toEqual({ valid: false, reason: 'mismatch' });
  });

  it('refuses a signature made with another secret', () => {
    const forged = signWebhook({ secret: 'someone-elses-secret-000', timestamp, body });

    const verification = verifyWebhookSignature({ secret, timestamp, body, signature: forged, now: sentAt });

    expect(verification).toEqual({ valid: false, reason: 'mismatch' });
  });

  it('refuses a timestamp changed after signing', () => {
    const later = String(Number(timestamp) + 60);

    const verification = verifyWebhookSignature({ secret, timestamp: later, body, signature, now: sentAt });

    expect(verification).toEqual({ valid: false, reason: 'mismatch' });
  });

  it.each([
    ['replayed six minutes later', 360_000],
    ['dated six minutes ahead of the portal clock', -360_000],
  ])('refuses a stale timestamp: %s', (_label, offsetMs) => {
    const now = new Date(sentAt.getTime() + offsetMs);

    const verification = verifyWebhookSignature({ secret, timestamp, body, signature, now });

    expect(verification).toEqual({ valid: false, reason: 'stale' });
  });

  it.each([
    ['a missing signature', { signature: undefined }],
    ['a signature without its sha256= prefix', { signature: signature.slice('sha256='.length) }],
    ['a truncated signature', { signature: signature.slice(0, -2) }],
    ['a missing timestamp', { timestamp: undefined }],
    ['a timestamp that is not unix seconds', { timestamp: '2026-03-15T08:00:00Z' }],
  ])('refuses %s as malformed', (_label, change) => {
    const verification = verifyWebhookSignature({ secret, timestamp, body, signature, now: sentAt, ...change });

    expect(verification).toEqual({ valid: false, reason: 'malformed' });
  });
});
