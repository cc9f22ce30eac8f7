import createHttpError from 'http-errors';
import type { RuleFailure, WorkflowError } from '@disclosure-hub/workflows';

/** The statuses a refusal may carry: the client's fault, or (503) a service it needs is away. */
export type RefusalStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 503;

/**
 * The one refusal of the disclosure layer: a machine-readable `details.code`, the HTTP status,
 * and a bilingual message (Chinese first). Routes answer it through `answer()` (`../http/respond`);
 * code that runs inside Strapi's own request handling (Document Service middlewares, route
 * policies) throws `toHttpError()`, which Strapi's error middleware (REST) and GraphQL formatter
 * both render with the status and details.
 */
export class TransitionRefused extends Error {
  override readonly name = 'TransitionRefused';
  constructor(
    readonly status: RefusalStatus,
    readonly errorName: string,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
  }

  /** The same refusal as an `http-errors` error, which Strapi renders with its status and details. */
  toHttpError(): Error {
    const error = createHttpError(this.status, this.message, { expose: true });
    Object.assign(error, { name: this.errorName, details: this.details });
    return error;
  }

  toBody() {
    return {
      data: null,
      error: { status: this.status, name: this.errorName, message: this.message, details: this.details },
    };
  }
}

/**
 * Maps an engine refusal to HTTP meaning: a stale version or an event the state does not take is a
 * conflict (409); failed rules are forbidden (403) with every reason (`whyNot`); bad input is 400.
 */
export function transitionRefused(error: WorkflowError, whyNot: RuleFailure[]): TransitionRefused {
  const details = {
    code: error.code,
    reasons: whyNot.map((r) => ({ rule: r.rule, code: r.code, message: r.message })),
    ...(error.code === 'VERSION_CONFLICT'
      ? { currentVersion: error.details.storedVersion ?? error.details.actualVersion }
      : {}),
  };
  switch (error.code) {
    case 'VERSION_CONFLICT':
    case 'EVENT_NOT_ALLOWED':
      return new TransitionRefused(409, 'ConflictError', error.message, details);
    case 'RULE_FAILED':
      return new TransitionRefused(403, 'ForbiddenError', error.message, details);
    default:
      return new TransitionRefused(400, 'ValidationError', error.message, details);
  }
}
