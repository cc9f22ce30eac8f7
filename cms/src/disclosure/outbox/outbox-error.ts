/** Closed list of reasons the outbox refuses a call. */
export const outboxErrorCodes = [
  'OUTBOX_UNKNOWN_CONSUMER',
  'OUTBOX_DUPLICATE_CONSUMER',
  'OUTBOX_INVALID_CONSUMER',
  'OUTBOX_INVALID_EVENT',
  'OUTBOX_NOT_IN_TRANSACTION',
] as const;

export type OutboxErrorCode = (typeof outboxErrorCodes)[number];

/** Raised by the outbox for a programming error of its caller; never for a consumer's failure. */
export class OutboxError extends Error {
  override readonly name: string = 'OutboxError';
  readonly code: OutboxErrorCode;

  constructor(code: OutboxErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
