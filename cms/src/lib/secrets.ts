/**
 * Secrets Strapi needs. In development they are generated into the ignored `cms/.env` on first
 * start (scripts/lib/env-file.mjs); production refuses to start when one is missing, is a value
 * from a template or a tutorial, or is too short to be random.
 */
export const secretNames = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretName = (typeof secretNames)[number];

/** Values that ship in Strapi's templates and in copied examples. */
const knownDefaults = new Set(
  ['tobemodified', 'tobemodified1', 'tobemodified2', 'changeme', 'secret', 'your-secret', 'example', 'default'].map(
    (value) => value.toLowerCase(),
  ),
);

const minimumLength = 16;

export interface SecretProblem {
  name: SecretName;
  code: 'SECRET_MISSING' | 'SECRET_DEFAULT' | 'SECRET_TOO_SHORT';
}

export function findSecretProblems(env: NodeJS.ProcessEnv): SecretProblem[] {
  const problems: SecretProblem[] = [];
  for (const name of secretNames) {
    const raw = env[name]?.trim() ?? '';
    // APP_KEYS is a comma-separated list; every key must be sound.
    const values = name === 'APP_KEYS' ? raw.split(',').map((v) => v.trim()) : [raw];
    if (raw === '' || values.some((v) => v === '')) {
      problems.push({ name, code: 'SECRET_MISSING' });
    } else if (values.some((v) => knownDefaults.has(v.toLowerCase()))) {
      problems.push({ name, code: 'SECRET_DEFAULT' });
    } else if (values.some((v) => v.length < minimumLength)) {
      problems.push({ name, code: 'SECRET_TOO_SHORT' });
    }
  }
  return problems;
}

export class InsecureSecretsError extends Error {
  override readonly name = 'InsecureSecretsError';
  readonly code = 'INSECURE_SECRETS';
  constructor(readonly problems: SecretProblem[]) {
    super(
      `生产环境密钥缺失或不安全，拒绝启动 / Refusing to start in production with missing or default secrets: ${problems
        .map((p) => `${p.name} (${p.code})`)
        .join(', ')}`,
    );
  }
}

export function assertProductionSecrets(env: NodeJS.ProcessEnv): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = findSecretProblems(env);
  if (problems.length > 0) throw new InsecureSecretsError(problems);
}
