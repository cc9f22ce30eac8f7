/**
 * The one error base class of the workflows package. Every error carries a machine-readable
 * `code` from the closed list below; the HTTP mapping lives in `cms`, never here.
 *
 * Add a code by appending it to `workflowErrorCodes` in the section of the module that raises it.
 */
export const workflowErrorCodes = [
  // calendar
  'INVALID_DATE',
  'INVALID_DAY_COUNT',
  'UNKNOWN_DEADLINE_RULE',
  'INVALID_REGION',
  // standards (AQI, surface water)
  'INVALID_MEASUREMENT',
  'NO_STANDARD_FOR_DATE',
  // scanner
  'INVALID_FINDING',
  // engine (machine, rules, commands)
  'VERSION_CONFLICT',
  'EVENT_NOT_ALLOWED',
  'RULE_FAILED',
  'INVALID_SNAPSHOT',
  'INVALID_INPUT',
] as const;

export type WorkflowErrorCode = (typeof workflowErrorCodes)[number];

export class WorkflowError extends Error {
  override readonly name: string = 'WorkflowError';
  readonly code: WorkflowErrorCode;
  /** Extra facts for the caller (field path, offending value); safe to show. */
  readonly details: Record<string, unknown>;

  constructor(
    code: WorkflowErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }
}
