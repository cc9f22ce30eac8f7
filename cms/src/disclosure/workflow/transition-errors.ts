import type { RuleFailure, WorkflowError } from '@disclosure-hub/workflows';

/** A refusal in the shape of Strapi's error bodies, with the status the handler answers. */
export class TransitionRefused extends Error {
  override readonly name = 'TransitionRefused';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409,
    readonly errorName: string,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
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
