import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SearchError } from '../search-error';

/** Meilisearch refuses shorter master keys in production mode; we hold development to the same bar. */
export const minimumMasterKeyBytes = 16;

/**
 * The master key of a data directory. API keys are derived from the master key, so a restart with a
 * different key would silently invalidate every key handed out: the key is stored next to the data
 * (`master-key`, mode 0600) and reused. An explicitly given key wins and becomes the stored one.
 */
export async function loadOrCreateMasterKey({
  dataDir,
  masterKey,
}: {
  dataDir: string;
  masterKey?: string;
}): Promise<string> {
  const file = path.join(dataDir, 'master-key');
  if (masterKey !== undefined) {
    assertStrongEnough(masterKey, 'given');
    const stored = await readStored(file);
    if (stored !== masterKey) await writeKey(file, masterKey);
    return masterKey;
  }
  const stored = await readStored(file);
  if (stored !== undefined) {
    assertStrongEnough(stored, file);
    return stored;
  }
  const generated = randomBytes(32).toString('base64url');
  await writeKey(file, generated);
  return generated;
}

async function readStored(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SearchError('CONFIG_INVALID', `无法读取主密钥文件 / cannot read master key file ${file}`, {
      cause: error,
    });
  }
}

async function writeKey(file: string, key: string): Promise<void> {
  const partial = `${file}.partial`;
  await writeFile(partial, `${key}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created; chmod covers a leftover partial file.
  await chmod(partial, 0o600);
  await rename(partial, file);
}

function assertStrongEnough(key: string, origin: string): void {
  if (Buffer.byteLength(key, 'utf8') < minimumMasterKeyBytes) {
    throw new SearchError(
      'CONFIG_INVALID',
      `主密钥过短（至少 ${minimumMasterKeyBytes} 字节）/ master key too short (at least ${minimumMasterKeyBytes} bytes)`,
      { details: { origin } },
    );
  }
}
