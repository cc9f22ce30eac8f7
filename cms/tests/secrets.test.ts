import path from 'node:path';
import { findSecretProblems, assertProductionSecrets, InsecureSecretsError, secretNames } from '../src/lib/secrets';

const sound = Object.fromEntries(
  secretNames.map((name) => [
    name,
    name === 'APP_KEYS' ? 'k1-abcdefghijklmnop,k2-abcdefghijklmnop' : `${name}-0123456789abcdef`,
  ]),
);

describe('production secrets', () => {
  it('accepts a complete set of random-looking secrets', () => {
    expect(findSecretProblems({ ...sound, NODE_ENV: 'production' })).toEqual([]);
  });

  it.each([
    ['a missing secret', { JWT_SECRET: undefined }, 'JWT_SECRET', 'SECRET_MISSING'],
    ['an empty APP_KEYS entry', { APP_KEYS: 'k1-abcdefghijklmnop,' }, 'APP_KEYS', 'SECRET_MISSING'],
    ["Strapi's template value", { ADMIN_JWT_SECRET: 'tobemodified' }, 'ADMIN_JWT_SECRET', 'SECRET_DEFAULT'],
    ['a template value among the app keys', { APP_KEYS: 'toBeModified1,toBeModified2' }, 'APP_KEYS', 'SECRET_DEFAULT'],
    ['a short secret', { ENCRYPTION_KEY: 'short' }, 'ENCRYPTION_KEY', 'SECRET_TOO_SHORT'],
  ])('reports %s', (_label, change, name, code) => {
    expect(findSecretProblems({ ...sound, ...change })).toEqual([{ name, code }]);
  });

  it('refuses to start in production with a default secret', () => {
    expect(() => assertProductionSecrets({ ...sound, NODE_ENV: 'production', API_TOKEN_SALT: 'tobemodified' })).toThrow(
      InsecureSecretsError,
    );
  });

  it('does not block development, where secrets are generated on first start', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });

  it('makes the compiled server configuration throw in production without secrets', () => {
    const serverConfig = require(path.resolve(__dirname, '..', 'dist', 'config', 'server.js')).default;
    const env = Object.assign((key: string, fallback?: string) => fallback, {
      int: (_: string, fallback?: number) => fallback,
      bool: (_: string, fallback?: boolean) => fallback,
      array: () => [],
    });
    const saved = { ...process.env };
    let thrown: unknown;
    try {
      for (const name of secretNames) delete process.env[name];
      process.env.NODE_ENV = 'production';
      serverConfig({ env });
    } catch (error) {
      thrown = error;
    } finally {
      process.env = saved;
    }

    // The compiled module has its own copy of the class, so compare by name and code.
    expect(thrown).toMatchObject({ name: 'InsecureSecretsError', code: 'INSECURE_SECRETS' });
  });
});
