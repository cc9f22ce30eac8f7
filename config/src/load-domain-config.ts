import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { checkCrossReferences } from './check-cross-references';
import { ConfigError } from './config-error';
import { configFiles } from './config-files';
import type { ConfigFileKey } from './config-files';
import { aqiFileSchema } from './schemas/aqi';
import { calendarFileSchema } from './schemas/calendar';
import { catalogFileSchema } from './schemas/catalog';
import { departmentsFileSchema } from './schemas/departments';
import { exemptionsFileSchema } from './schemas/exemptions';
import { gb3838FileSchema } from './schemas/gb3838';
import { indexNumberFileSchema } from './schemas/index-number';
import { organisationFileSchema } from './schemas/organisation';
import { searchFileSchema } from './schemas/search';
import { monitoringFileSchema } from './schemas/monitoring';

const schemas = {
  departments: departmentsFileSchema,
  catalog: catalogFileSchema,
  calendar: calendarFileSchema,
  aqi: aqiFileSchema,
  gb3838: gb3838FileSchema,
  indexNumber: indexNumberFileSchema,
  organisation: organisationFileSchema,
  exemptions: exemptionsFileSchema,
  search: searchFileSchema,
  monitoring: monitoringFileSchema,
} satisfies Record<ConfigFileKey, z.ZodType>;

/** The validated content of every configuration file. */
export type DomainConfigFiles = { [K in ConfigFileKey]: z.infer<(typeof schemas)[K]> };

/** The domain configuration: every file validated and cross-checked, deeply frozen. */
export type DomainConfig = Readonly<DomainConfigFiles & { dir: string }>;

export const configDirEnvironmentVariable = 'DISCLOSURE_CONFIG_DIR';

/** The `data/` folder shipped with the package; `src/` and `dist/` both sit next to it. */
export function defaultConfigDir(): string {
  return path.resolve(__dirname, '..', 'data');
}

const cache = new Map<string, DomainConfig>();

/** Forget cached configurations (tests, or a reload after the files changed). */
export function clearDomainConfigCache(): void {
  cache.clear();
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function readJson(dir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path.join(dir, file), 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const notFound = code === 'ENOENT' || code === 'ENOTDIR';
    throw new ConfigError(
      notFound ? 'CONFIG_NOT_FOUND' : 'CONFIG_INVALID',
      [{ file, path: [], message: notFound ? `not found in ${dir}` : `cannot be read (${String(code)})` }],
      { cause },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ConfigError('CONFIG_INVALID', [{ file, path: [], message: 'is not valid JSON' }], { cause });
  }
}

/**
 * Validates raw file contents (already parsed JSON) and cross-checks them. Throws `ConfigError`
 * with `CONFIG_INVALID` for the first file that fails its schema, `CONFIG_CROSS_REFERENCE` when
 * the files disagree with each other.
 */
export function parseDomainConfig(raw: Record<ConfigFileKey, unknown>): DomainConfigFiles {
  const parsed: Partial<Record<ConfigFileKey, unknown>> = {};
  for (const key of Object.keys(schemas) as ConfigFileKey[]) {
    const result = schemas[key].safeParse(raw[key]);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({
        file: configFiles[key],
        path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
        message: issue.message,
      }));
      throw new ConfigError('CONFIG_INVALID', issues, { cause: result.error });
    }
    parsed[key] = result.data;
  }
  const files = parsed as DomainConfigFiles;
  const issues = checkCrossReferences(files);
  if (issues.length > 0) throw new ConfigError('CONFIG_CROSS_REFERENCE', issues);
  return files;
}

/**
 * Reads, validates and cross-checks every configuration file, once per directory.
 * The directory is `dir`, else `$DISCLOSURE_CONFIG_DIR`, else the package's own `data/`.
 */
export function loadDomainConfig(options: { dir?: string } = {}): DomainConfig {
  const dir = path.resolve(options.dir ?? process.env[configDirEnvironmentVariable] ?? defaultConfigDir());
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const raw = Object.fromEntries(
    (Object.keys(configFiles) as ConfigFileKey[]).map((key) => [key, readJson(dir, configFiles[key])]),
  ) as Record<ConfigFileKey, unknown>;
  const config: DomainConfig = deepFreeze({ ...parseDomainConfig(raw), dir });
  cache.set(dir, config);
  return config;
}
