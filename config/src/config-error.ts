export const configErrorCodes = ['CONFIG_INVALID', 'CONFIG_NOT_FOUND', 'CONFIG_CROSS_REFERENCE'] as const;
export type ConfigErrorCode = (typeof configErrorCodes)[number];

/** One problem found in a configuration file: the file (relative to the config dir) and the path inside it. */
export interface ConfigIssue {
  file: string;
  path: (string | number)[];
  message: string;
}

/**
 * Raised when the domain configuration cannot be used. Configuration errors stop start-up: they
 * are never logged and ignored.
 */
export class ConfigError extends Error {
  override readonly name: string = 'ConfigError';
  readonly code: ConfigErrorCode;
  /** The first file at fault (relative to the config dir). */
  readonly file: string;
  readonly issues: readonly ConfigIssue[];

  constructor(code: ConfigErrorCode, issues: ConfigIssue[], options: { cause?: unknown } = {}) {
    const first = issues[0];
    const summary = issues
      .slice(0, 5)
      .map((issue) => `${issue.file}${issue.path.length > 0 ? `#${issue.path.join('.')}` : ''}: ${issue.message}`)
      .join('; ');
    super(
      `配置无效 / invalid configuration (${code}): ${summary}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.file = first?.file ?? '';
    this.issues = issues;
  }
}
