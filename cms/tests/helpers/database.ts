import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';

/** Where a test Strapi keeps its data: a temporary SQLite file, or a fresh PostgreSQL database. */
export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * With TEST_DATABASE=postgres (and TEST_POSTGRES_URL pointing at a server where the user may create
 * databases), every suite gets a database of its own that is dropped afterwards.
 */
export async function createTestDatabase(tmpDir: string): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE !== 'postgres') {
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(tmpDir, 'test.db') },
      drop: async () => {},
    };
  }
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl)
    throw new Error(
      'TEST_DATABASE=postgres needs TEST_POSTGRES_URL (e.g. postgres://user:pass@127.0.0.1:5432/postgres)',
    );
  const name = `dh_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // FORCE may not end a backend of another role (an autovacuum worker after a big suite):
        // PostgreSQL then refuses with 42501; that worker is gone a moment later, so try again.
        for (let attempt = 1; ; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '42501' || attempt >= 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}
