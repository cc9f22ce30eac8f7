const maxLength = 2_000;

/**
 * One line for a job's `last_error` and the log: name, code, message, and the reason fetch() keeps
 * in `cause` (ECONNREFUSED, a TLS error). Duck-typed rather than `instanceof Error`: errors may
 * come from another realm (Jest).
 */
export function describeError(error: unknown): string {
  const { name, code, message, cause } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: { code?: unknown; message?: unknown } | null;
  };
  if (typeof message !== 'string') return String(error).slice(0, maxLength);
  const own = code === undefined || code === null ? '' : ` [${String(code)}]`;
  const causeCode = typeof cause?.code === 'string' ? ` [${cause.code}]` : '';
  const reason = typeof cause?.message === 'string' && cause.message ? `: ${cause.message}` : '';
  return `${String(name ?? 'Error')}${own}: ${message}${causeCode}${reason}`.slice(0, maxLength);
}
