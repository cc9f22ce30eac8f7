import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { MeiliClient, startLocalMeilisearch } from '../src';
import type { LocalMeilisearch } from '../src';
import { isAlive } from '../src/local-server/data-dir-lock';
import { locateMeilisearchBinary } from '../src/local-server/meilisearch-binary';

jest.setTimeout(30_000);

const tempDirs: string[] = [];
async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dh-search-local-'));
  tempDirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Waits until `condition` holds, for things that give no event to wait on (a process that is not our
 * child disappearing, a server coming up). Polls with a deadline; the caller asserts the outcome.
 */
async function eventually(condition: () => boolean | Promise<boolean>, deadlineMs = 10_000): Promise<boolean> {
  for (let waited = 0; waited < deadlineMs; waited += 50) {
    if (await condition()) return true;
    await delay(50);
  }
  return condition();
}

const gone = (pid: number): Promise<boolean> => eventually(() => !isAlive(pid));

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function commandLine(pid: number): Promise<string[]> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
}

describe('a running local server', () => {
  let dataDir: string;
  let server: LocalMeilisearch;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    server = await startLocalMeilisearch({ dataDir });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('binds to 127.0.0.1 only', async () => {
    const port = new URL(server.host).port;

    expect(server.host).toBe(`http://127.0.0.1:${port}`);
    expect(await commandLine(server.pid)).toEqual(expect.arrayContaining(['--http-addr', `127.0.0.1:${port}`]));
  });

  it('keeps the master key out of the command line', async () => {
    expect((await commandLine(server.pid)).join(' ')).not.toContain(server.masterKey);
  });

  it('generates a master key of at least 32 random bytes and stores it with mode 0600', async () => {
    const keyFile = path.join(dataDir, 'master-key');

    expect(Buffer.from(server.masterKey, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect((await readFile(keyFile, 'utf8')).trim()).toBe(server.masterKey);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
  });

  it('answers health to anyone but requires the key for everything else', async () => {
    const anonymous = new MeiliClient({ host: server.host });

    await expect(anonymous.isHealthy()).resolves.toBe(true);
    await expect(anonymous.getKeys()).rejects.toMatchObject({ code: 'MEILI_HTTP_ERROR', status: 401 });
  });

  it('refuses a second server on the same data directory', async () => {
    await expect(startLocalMeilisearch({ dataDir })).rejects.toMatchObject({
      code: 'LOCAL_SERVER_FAILED',
      details: { ownerPid: process.pid, pid: server.pid },
    });
  });
});

describe('stopping and restarting', () => {
  it('leaves no process behind after stop(), even when stop() is called twice', async () => {
    const server = await startLocalMeilisearch({ dataDir: await freshDataDir() });

    await Promise.all([server.stop(), server.stop()]);

    expect(() => process.kill(server.pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  it('reuses the master key, the data and the derived API keys on the same data directory', async () => {
    const dataDir = await freshDataDir();
    const first = await startLocalMeilisearch({ dataDir });
    const before = new MeiliClient({ host: first.host, apiKey: first.masterKey });
    await before.waitForTask((await before.createIndex('kept', { primaryKey: 'id' })).taskUid);
    const searchKey = await before.createKey({ actions: ['search'], indexes: ['kept'], expiresAt: null });
    await first.stop();

    const second = await startLocalMeilisearch({ dataDir });
    try {
      const after = new MeiliClient({ host: second.host, apiKey: searchKey.key });

      expect(second.masterKey).toBe(first.masterKey);
      await expect(after.search('kept', { q: '' })).resolves.toMatchObject({ hits: [] });
    } finally {
      await second.stop();
    }
  });

  it('uses and stores an explicitly given master key', async () => {
    const dataDir = await freshDataDir();
    const masterKey = 'explicit-master-key-for-tests-0123456789';

    const server = await startLocalMeilisearch({ dataDir, masterKey });
    await server.stop();

    expect(server.masterKey).toBe(masterKey);
    expect((await readFile(path.join(dataDir, 'master-key'), 'utf8')).trim()).toBe(masterKey);
  });
});

describe('start-up failures', () => {
  let occupied: Server;
  let occupiedPort: number;

  beforeAll(async () => {
    // A plain TCP listener that hangs up on everyone, standing for "some other program owns the port".
    occupied = createServer((socket) => socket.destroy()).listen(0, '127.0.0.1');
    await once(occupied, 'listening');
    occupiedPort = (occupied.address() as { port: number }).port;
  });

  afterAll(async () => {
    occupied.close();
    await once(occupied, 'close');
  });

  it('raises LOCAL_SERVER_FAILED with the stderr tail when the port is taken', async () => {
    await expect(startLocalMeilisearch({ dataDir: await freshDataDir(), port: occupiedPort })).rejects.toMatchObject({
      code: 'LOCAL_SERVER_FAILED',
      details: { stderrTail: expect.stringMatching(/\S/) },
    });
  });

  it('releases the data directory after a failed start', async () => {
    const dataDir = await freshDataDir();
    await expect(startLocalMeilisearch({ dataDir, port: occupiedPort })).rejects.toMatchObject({
      code: 'LOCAL_SERVER_FAILED',
    });

    const server = await startLocalMeilisearch({ dataDir });
    await server.stop();

    expect(server.pid).toEqual(expect.any(Number));
  });

  it.each([
    ['a port out of range', { port: 70_000 }],
    ['a master key shorter than 16 bytes', { masterKey: 'short' }],
  ])('refuses %s with CONFIG_INVALID', async (_case, options) => {
    await expect(startLocalMeilisearch({ dataDir: await freshDataDir(), ...options })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });
});

describe('no orphans', () => {
  const fixture = path.join(__dirname, 'fixtures', 'server-in-child.js');

  async function parentWithServer(ending: 'exit' | 'throw' | 'wait') {
    const parent = spawn(process.execPath, [fixture, await freshDataDir(), ending], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const exited = once(parent, 'exit');
    const [line] = (await once(createInterface({ input: parent.stdout }), 'line')) as [string];
    const { pid } = JSON.parse(line) as { pid: number };
    return { parent, exited, serverPid: pid };
  }

  it.each([
    ['exits normally', 'exit'],
    ['crashes with an uncaught exception', 'throw'],
  ] as const)('stops the server when its parent %s', async (_case, ending) => {
    const { exited, serverPid } = await parentWithServer(ending);

    await exited;

    await expect(gone(serverPid)).resolves.toBe(true);
  });

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('stops the server when its parent receives %s', async (signal) => {
    const { parent, exited, serverPid } = await parentWithServer('wait');

    parent.kill(signal);
    await exited;

    await expect(gone(serverPid)).resolves.toBe(true);
  });

  it('keeps Node’s default signal behaviour: the parent still dies by the signal', async () => {
    const { parent, exited } = await parentWithServer('wait');

    parent.kill('SIGTERM');

    await expect(exited).resolves.toEqual([null, 'SIGTERM']);
  });

  it('ends an orphaned server of the same data directory left by a SIGKILLed parent', async () => {
    const dataDir = await freshDataDir();
    const dbPath = path.join(dataDir, 'data.ms');
    const orphanHost = `http://127.0.0.1:${await freePort()}`;
    const deadOwner = spawnSync(process.execPath, ['-e', '']).pid;
    const orphan = spawn(
      await locateMeilisearchBinary(),
      ['--http-addr', new URL(orphanHost).host, '--db-path', dbPath, '--no-analytics'],
      { cwd: dataDir, env: { MEILI_MASTER_KEY: 'orphan-master-key-0123456789abcdef' }, stdio: 'ignore' },
    );
    const orphanExit = once(orphan, 'exit');
    await expect(eventually(() => new MeiliClient({ host: orphanHost }).isHealthy())).resolves.toBe(true);
    await writeFile(
      path.join(dataDir, 'meilisearch.pid'),
      JSON.stringify({ ownerPid: deadOwner, pid: orphan.pid, dbPath }),
    );

    const server = await startLocalMeilisearch({ dataDir });
    const orphanAliveBesideNewServer = isAlive(orphan.pid as number);
    await server.stop();
    await orphanExit;

    expect(orphanAliveBesideNewServer).toBe(false);
  });
});
