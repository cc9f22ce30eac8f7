/** Closed list of reasons the demo-content generator refuses its input. */
export const demoContentErrorCodes = [
  'INVALID_TODAY',
  'INVALID_SEED',
  'DEPARTMENT_NOT_ALLOWED',
  'UNKNOWN_CATEGORY',
] as const;

export type DemoContentErrorCode = (typeof demoContentErrorCodes)[number];

/** Raised by {@link generateDemoContent} for bad input or a catalogue that no longer fits the demo. */
export class DemoContentError extends Error {
  override readonly name: string = 'DemoContentError';
  readonly code: DemoContentErrorCode;

  constructor(code: DemoContentErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
