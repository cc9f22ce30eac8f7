import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MeiliClient, resolveMeilisearch, startLocalMeilisearch } from '../src';
import type { LocalMeilisearch } from '../src';

jest.setTimeout(30_000);

let tempRoot: string;
let running: LocalMeilisearch;

beforeAll(async () => {
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'dh-search-resolve-'));
  running = await startLocalMeilisearch({ dataDir: path.join(tempRoot, 'running') });
});

afterAll(async () => {
  await running?.stop();
  await rm(tempRoot, { recursive: true, force: true });
});

describe('with MEILI_HOST set', () => {
  it('uses the external server with MEILI_MASTER_KEY and starts nothing', async () => {
    const unusedDataDir = path.join(tempRoot, 'must-stay-absent');

    const server = await resolveMeilisearch({
      env: { MEILI_HOST: `${running.host}/`, MEILI_MASTER_KEY: running.masterKey },
      dataDir: unusedDataDir,
    });

    expect(server).toMatchObject({ host: running.host, masterKey: running.masterKey, pid: null, external: true });
    await expect(access(unusedDataDir)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(new MeiliClient({ host: server.host, apiKey: server.masterKey }).getKeys()).resolves.toMatchObject({
      results: expect.any(Array),
    });
  });

  it('leaves the external server running on stop()', async () => {
    const server = await resolveMeilisearch({
      env: { MEILI_HOST: running.host, MEILI_MASTER_KEY: running.masterKey },
    });

    await server.stop();

    await expect(new MeiliClient({ host: running.host }).isHealthy()).resolves.toBe(true);
  });
});

describe('with MEILI_HOST unset', () => {
  it('starts a local server on dataDir with MEILI_MASTER_KEY when given', async () => {
    const masterKey = 'resolve-test-master-key-0123456789';

    const server = await resolveMeilisearch({
      env: { MEILI_MASTER_KEY: masterKey },
      dataDir: path.join(tempRoot, 'local'),
    });
    await server.stop();

    expect(server).toMatchObject({ masterKey, pid: expect.any(Number), external: false });
    expect(server.host).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('invalid configuration', () => {
  it.each([
    ['MEILI_HOST without MEILI_MASTER_KEY', { env: { MEILI_HOST: 'http://127.0.0.1:7700' }, dataDir: 'unused' }],
    ['a MEILI_HOST that is not a URL', { env: { MEILI_HOST: 'meili:7700', MEILI_MASTER_KEY: 'k'.repeat(32) } }],
    ['no MEILI_HOST and no data directory', { env: { MEILI_MASTER_KEY: 'k'.repeat(32) } }],
  ])('refuses %s with CONFIG_INVALID', async (_case, options) => {
    await expect(resolveMeilisearch(options)).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
