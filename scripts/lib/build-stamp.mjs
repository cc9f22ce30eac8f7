// The Strapi build (compiled server + admin bundle) is redone only when its inputs change, so a
// second `npm start` starts in seconds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Relative to cms/; the admin bundle also imports the domain configuration's data files.
const inputs = ['config', 'src', 'tsconfig.json', 'package.json', '../config/data'];

function walk(file, files) {
  const stat = statSync(file);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(file).sort()) walk(path.join(file, entry), files);
  } else {
    files.push(file);
  }
}

function fingerprint(cms) {
  const hash = createHash('sha256');
  const files = [];
  for (const input of inputs) {
    const file = path.join(cms, input);
    if (existsSync(file)) walk(file, files);
  }
  for (const file of files) {
    hash.update(path.relative(cms, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const stampFile = (cms) => path.join(cms, 'dist', '.build-stamp');

export function cmsBuildIsCurrent(cms) {
  const stamp = stampFile(cms);
  if (!existsSync(stamp) || !existsSync(path.join(cms, 'dist', 'build', 'index.html'))) return false;
  return readFileSync(stamp, 'utf8') === fingerprint(cms);
}

export function writeCmsBuildStamp(cms) {
  writeFileSync(stampFile(cms), fingerprint(cms));
}
