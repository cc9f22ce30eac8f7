// Builds the Strapi admin panel (Vite) into cms/dist/build for the browser tests, only when it is
// missing or its inputs changed: a second run starts at once. `npm start` builds the same folder
// (with its own stamp over all of cms/), so either may reuse the other's bundle.
const { createHash, randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const cms = path.resolve(__dirname, '..', '..');
const root = path.resolve(cms, '..');
const buildDir = path.join(cms, 'dist', 'build');
const stampFile = path.join(buildDir, '.admin-stamp');
const lockDir = path.join(cms, 'dist', '.admin-build-lock');
// What the admin bundle is made of: our admin code, the configuration data it imports, the versions.
const inputs = [
  path.join(cms, 'src', 'admin'),
  path.join(root, 'config', 'data', 'catalog.json'),
  path.join(root, 'config', 'data', 'departments.json'),
  path.join(cms, 'package.json'),
  path.join(root, 'package-lock.json'),
];

function files(file, out = []) {
  if (!existsSync(file)) return out;
  if (statSync(file).isDirectory()) for (const entry of readdirSync(file).sort()) files(path.join(file, entry), out);
  else out.push(file);
  return out;
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => files(input))) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const isCurrent = (stamp) =>
  existsSync(path.join(buildDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const buildSecrets = () =>
  Object.fromEntries(
    ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']
      .map((name) => [name, randomBytes(24).toString('base64')])
      .concat([['APP_KEYS', [randomBytes(24).toString('base64'), randomBytes(24).toString('base64')].join(',')]]),
  );

/** Returns true when it built, false when the bundle was already current. */
function ensureAdminBuild() {
  const stamp = fingerprint();
  if (isCurrent(stamp)) return false;
  mkdirSync(path.dirname(lockDir), { recursive: true });
  // Another run (a second checkout user, a parallel jest) may be building: wait for it instead.
  for (let waited = 0; ; waited += 1000) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (waited > 15 * 60_000 || Date.now() - statSync(lockDir).mtimeMs > 15 * 60_000)
        rmSync(lockDir, { recursive: true, force: true });
      sleep(1000);
      if (isCurrent(stamp)) return false;
    }
  }
  try {
    const strapiCli = path.join(
      path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [cms] })),
      'bin',
      'strapi.js',
    );
    const result = spawnSync(process.execPath, [strapiCli, 'build', '--silent'], {
      cwd: cms,
      // The build loads the server configuration, which refuses production without secrets; these
      // throwaway ones are never used to serve anything (the test stacks bring their own).
      env: { ...process.env, ...buildSecrets(), NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`strapi build failed (${result.status ?? result.signal})`);
    writeFileSync(stampFile, stamp);
    return true;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

module.exports = { ensureAdminBuild, adminBuildDir: buildDir };
