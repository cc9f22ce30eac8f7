// Front ends are workspaces under frontends/ that declare a `serve` script and where they listen.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function listFrontends(root) {
  const dir = path.join(root, 'frontends');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => path.join(dir, name, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .filter((pkg) => pkg.scripts?.serve)
    .map((pkg) => ({
      name: pkg.name,
      short: pkg.name.replace('@disclosure-hub/', ''),
      label: pkg.disclosureHub?.label ?? pkg.name,
      url: pkg.disclosureHub?.url ?? '',
    }));
}
