#!/usr/bin/env node
// Fails the build when a package crosses the boundaries the architecture fixes:
// `config`, `workflows` and `search` never depend on or import `@strapi/*`; `config` imports
// nothing of ours; nothing imports another package's `src/` or `dist/` internals.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pure = {
  config: { forbidden: [/^@strapi\//, /^@disclosure-hub\//] },
  workflows: { forbidden: [/^@strapi\//, /^@disclosure-hub\/(?!config$)/] },
  search: { forbidden: [/^@strapi\//, /^@disclosure-hub\/(?!config$)/] },
};
const deepImport = /^@disclosure-hub\/[^/]+\/(src|dist)(\/|$)/;
const importPattern =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', 'dist', 'build', '.cache', '.tmp'].includes(name)) return [];
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(c|m)?[jt]sx?$/.test(name) ? [file] : [];
  });
}

const problems = [];
for (const [pkg, { forbidden }] of Object.entries(pure)) {
  const manifest = JSON.parse(readFileSync(path.join(root, pkg, 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const dep of Object.keys(manifest[field] ?? {})) {
      if (forbidden.some((re) => re.test(dep)) && !(dep === '@disclosure-hub/config' && pkg !== 'config')) {
        problems.push(`${pkg}/package.json ${field} names ${dep}`);
      }
    }
  }
  for (const file of [...sourceFiles(path.join(root, pkg, 'src')), ...sourceFiles(path.join(root, pkg, 'test'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
      // A package's tests may import the package itself by name.
      if (spec && spec !== `@disclosure-hub/${pkg}` && forbidden.some((re) => re.test(spec)))
        problems.push(`${path.relative(root, file)} imports ${spec}`);
    }
  }
}
for (const dir of ['config', 'workflows', 'search', 'cms/src', 'cms/config', 'frontends', 'bench', 'scripts']) {
  for (const file of sourceFiles(path.join(root, dir))) {
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (spec && deepImport.test(spec)) problems.push(`${path.relative(root, file)} deep-imports ${spec}`);
    }
  }
}

if (problems.length > 0) {
  console.error('Package boundary violations / 违反包边界:\n' + problems.map((p) => `  - ${p}`).join('\n'));
  process.exit(1);
}
console.log('Package boundaries OK: config, workflows and search do not depend on @strapi/*.');
