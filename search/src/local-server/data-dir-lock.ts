import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { SearchError } from '../search-error';

/**
 * One Meilisearch per data directory. Meilisearch itself happily starts twice on the same database
 * (we tried: the second start succeeded), and two schedulers on one database is asking for damage.
 * A lock file `meilisearch.pid` (created exclusively) records who owns the directory and which
 * process serves it. A lock whose owner died is stale: if the owner was SIGKILLed, its Meilisearch
 * is orphaned and still serving, and we end it before taking over. Linux only (`/proc`), like the
 * binary.
 */
interface LockRecord {
  ownerPid: number;
  /** Absent while the server is starting. */
  pid?: number;
  dbPath: string;
}

export interface DataDirLock {
  /** Records the server's pid so that a successor can reap it if we die without cleaning up. */
  recordServer(pid: number): Promise<void>;
  release(): Promise<void>;
}

const lockFileName = 'meilisearch.pid';

export async function acquireDataDirLock({
  dataDir,
  dbPath,
  graceMs,
}: {
  dataDir: string;
  dbPath: string;
  graceMs: number;
}): Promise<DataDirLock> {
  const file = path.join(dataDir, lockFileName);
  const mine: LockRecord = { ownerPid: process.pid, dbPath };
  for (let attempt = 1; ; attempt += 1) {
    // Write aside, then hard-link into place: link() fails if the lock exists, and a lock that
    // exists is always complete, so a reader never mistakes a starting owner for a crashed one.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(draft, JSON.stringify(mine), { mode: 0o600 });
    try {
      await link(draft, file);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new SearchError('LOCAL_SERVER_FAILED', `无法锁定数据目录 / cannot lock ${dataDir}`, { cause: error });
      }
      if (attempt > 1) throw inUse(dataDir, error);
    } finally {
      await rm(draft, { force: true });
    }
    const held = await readLock(file);
    if (held !== undefined && isAlive(held.ownerPid) && (held.pid === undefined || isAlive(held.pid))) {
      throw inUse(dataDir, undefined, held);
    }
    if (held?.pid !== undefined && isAlive(held.pid) && (await commandLineOf(held.pid)).includes(held.dbPath)) {
      await reapOrphan(held.pid, graceMs);
    }
    await rm(file, { force: true });
  }

  let released = false;
  return {
    recordServer: async (pid) => {
      // Replace by rename so that readers always see a complete record.
      const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      await writeFile(draft, JSON.stringify({ ...mine, pid }), { mode: 0o600 });
      await rename(draft, file);
    },
    release: async () => {
      if (released) return;
      released = true;
      await rm(file, { force: true });
    },
  };
}

function inUse(dataDir: string, cause?: unknown, held?: LockRecord): SearchError {
  return new SearchError(
    'LOCAL_SERVER_FAILED',
    `数据目录已被另一个 Meilisearch 使用 / data directory already served by another Meilisearch: ${dataDir} ` +
      `(remove ${lockFileName} only if no such process runs)`,
    { cause, details: { dataDir, ...(held ? { ownerPid: held.ownerPid, pid: held.pid } : {}) } },
  );
}

async function reapOrphan(pid: number, graceMs: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  // Not our child: no 'exit' event to wait for, so poll until it is gone, then insist.
  for (let waited = 0; waited < graceMs && isAlive(pid); waited += 50) await delay(50);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (let waited = 0; waited < graceMs && isAlive(pid); waited += 50) await delay(50);
}

async function readLock(file: string): Promise<LockRecord | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockRecord>;
    if (typeof parsed.ownerPid === 'number' && typeof parsed.dbPath === 'string') {
      return {
        ownerPid: parsed.ownerPid,
        dbPath: parsed.dbPath,
        ...(typeof parsed.pid === 'number' ? { pid: parsed.pid } : {}),
      };
    }
  } catch {
    // Unreadable: written by something else; treated as stale.
  }
  return undefined;
}

/** Alive and not a zombie (a zombie still answers signal 0 until its new parent reaps it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state letter follows the parenthesised command name, which may itself contain spaces.
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z';
  } catch {
    return true;
  }
}

async function commandLineOf(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ');
  } catch {
    return '';
  }
}
