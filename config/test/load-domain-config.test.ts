import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  ConfigError,
  aqiFileSchema,
  calendarFileSchema,
  catalogFileSchema,
  clearDomainConfigCache,
  configDirEnvironmentVariable,
  configFiles,
  defaultConfigDir,
  departmentsFileSchema,
  disclosureCategories,
  exemptionGrounds,
  exemptionsFileSchema,
  gb3838FileSchema,
  indexNumberFileSchema,
  loadDomainConfig,
  monitoringFileSchema,
  organisationFileSchema,
  regionCodeAncestors,
  regionCodeCovers,
  regionCodeLevel,
  resolveCategoryRules,
  searchFileSchema,
} from '@disclosure-hub/config';
import type { ConfigErrorCode, ConfigFileKey } from '@disclosure-hub/config';

const shippedDir = defaultConfigDir();

function readShipped(file: string): unknown {
  return JSON.parse(readFileSync(path.join(shippedDir, file), 'utf8')) as unknown;
}

/** A writable copy of the shipped data, changed by `edit`. */
// The edits reach into arbitrary JSON paths; typing each file's raw shape here would only restate the schemas.

function copyWithEdit(file: string, edit: (json: any) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-config-'));
  tempDirs.push(dir);
  cpSync(shippedDir, dir, { recursive: true });
  const target = path.join(dir, file);
  const json = JSON.parse(readFileSync(target, 'utf8')) as unknown;
  edit(json);
  writeFileSync(target, JSON.stringify(json));
  return dir;
}

function loadError(dir: string): ConfigError {
  try {
    loadDomainConfig({ dir });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadDomainConfig to fail');
}

const tempDirs: string[] = [];

afterEach(() => {
  clearDomainConfigCache();
  delete process.env[configDirEnvironmentVariable];
});

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the shipped configuration', () => {
  const schemaByFile: Record<ConfigFileKey, { safeParse: (value: unknown) => { success: boolean } }> = {
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
  };

  it.each(Object.entries(configFiles) as [ConfigFileKey, string][])(
    'validates %s (%s) against its schema',
    (key, file) => {
      expect(schemaByFile[key].safeParse(readShipped(file)).success).toBe(true);
    },
  );

  it('loads, cross-checks and freezes every file', () => {
    const config = loadDomainConfig();

    expect(config.dir).toBe(shippedDir);
    expect(Object.isFrozen(config.catalog.categories[0])).toBe(true);
  });

  it('lists every disclosure category exactly once in the catalogue', () => {
    const keys = loadDomainConfig().catalog.categories.map((entry) => entry.key);

    expect([...keys].sort()).toEqual([...disclosureCategories].sort());
  });

  it('lists every exemption ground exactly once', () => {
    const keys = loadDomainConfig().exemptions.grounds.map((ground) => ground.key);

    expect([...keys].sort()).toEqual([...exemptionGrounds].sort());
  });

  it('adds leader review to incidents and to EIA approvals', () => {
    const { catalog } = loadDomainConfig();
    const incident = catalog.categories.find((entry) => entry.key === 'environmental-incident')!;
    const eia = catalog.categories.find((entry) => entry.key === 'eia-project')!;

    expect(resolveCategoryRules(incident).reviewLevels).toEqual(['department', 'leader']);
    expect(resolveCategoryRules(eia, 'approved').reviewLevels).toEqual(['department', 'leader']);
    expect(resolveCategoryRules(eia, 'accepted').reviewLevels).toEqual(['department']);
  });

  it('allows emergency publication for environmental incidents only', () => {
    const allowed = loadDomainConfig()
      .catalog.categories.filter((entry) => entry.emergencyPublication)
      .map((entry) => entry.key);

    expect(allowed).toEqual(['environmental-incident']);
  });

  it('reads a category without emergencyPublication as not allowing it', () => {
    const policy = loadDomainConfig().catalog.categories.find((entry) => entry.key === 'policy-document')!;

    expect(resolveCategoryRules(policy).emergencyPublication).toBe(false);
  });

  it('gives EIA acceptance its 1-working-day deadline and other stages the category default', () => {
    const eia = loadDomainConfig().catalog.categories.find((entry) => entry.key === 'eia-project')!;

    expect(resolveCategoryRules(eia, 'accepted').deadlineRule).toEqual({ kind: 'workingDaysAfterFormation', days: 1 });
    expect(resolveCategoryRules(eia, 'approved').deadlineRule).toBe(eia.deadlineRule);
  });

  // DOMAIN.md §2.5: tables copied from public code have been wrong in exactly these places.
  describe('does not repeat the known-bad AQI tables', () => {
    const standard2012 = () => loadDomainConfig().aqi.standards.find((s) => s.id === 'HJ 633-2012')!;
    const row = (key: string) => standard2012().indicators.find((i) => i.key === key)!.breakpoints;

    it('keeps the 24-hour SO2 row distinct from the 1-hour row', () => {
      expect(row('so2_24h')).not.toEqual(row('so2_1h'));
      expect(row('so2_24h').slice(0, 3)).toEqual([0, 50, 150]);
    });

    it('tops the 24-hour SO2 row at 2620, not 2602', () => {
      expect(row('so2_24h').at(-1)).toBe(2620);
    });

    it('uses the Chinese purple #99004C for heavy pollution, not the US EPA purple', () => {
      expect(standard2012().levels.find((level) => level.level === 5)!.colour.hex).toBe('#99004C');
    });
  });
});

describe('loadDomainConfig', () => {
  it('returns the cached configuration for the same directory', () => {
    expect(loadDomainConfig({ dir: shippedDir })).toBe(loadDomainConfig({ dir: shippedDir }));
  });

  it('reads the directory named by DISCLOSURE_CONFIG_DIR when no dir is passed', () => {
    const dir = copyWithEdit(configFiles.organisation, (json) => {
      json.organisationCode = '12345678X';
    });
    process.env[configDirEnvironmentVariable] = dir;

    expect(loadDomainConfig().organisation.organisationCode).toBe('12345678X');
  });

  const failures: [string, ConfigErrorCode, string, () => string][] = [
    [
      'an unknown top-level key',
      'CONFIG_INVALID',
      configFiles.search,
      () =>
        copyWithEdit(configFiles.search, (json) => {
          json.$comment = 'not allowed';
        }),
    ],
    [
      'an unknown key deep inside a catalogue entry',
      'CONFIG_INVALID',
      configFiles.catalog,
      () =>
        copyWithEdit(configFiles.catalog, (json) => {
          json.categories[2].deadlineRule.note = 'not allowed';
        }),
    ],
    [
      'an emergencyPublication flag that is not a boolean',
      'CONFIG_INVALID',
      configFiles.catalog,
      () =>
        copyWithEdit(configFiles.catalog, (json) => {
          json.categories[0].emergencyPublication = 'yes';
        }),
    ],
    [
      'an unknown deadline rule kind',
      'CONFIG_INVALID',
      configFiles.catalog,
      () =>
        copyWithEdit(configFiles.catalog, (json) => {
          json.categories[0].deadlineRule = { kind: 'calendarDaysAfterFormation', days: 3 };
        }),
    ],
    [
      'a make-up working day that is not a weekend day',
      'CONFIG_INVALID',
      configFiles.calendar,
      () =>
        copyWithEdit(configFiles.calendar, (json) => {
          json.years[0].holidays[0].makeUpWorkdays = ['2025-01-02'];
        }),
    ],
    [
      'AQI breakpoints that do not increase',
      'CONFIG_INVALID',
      configFiles.aqi,
      () =>
        copyWithEdit(configFiles.aqi, (json) => {
          json.standards[0].indicators[0].breakpoints[2] = 40;
        }),
    ],
    [
      'a file that is not JSON',
      'CONFIG_INVALID',
      configFiles.exemptions,
      () => {
        const dir = copyWithEdit(configFiles.exemptions, () => undefined);
        writeFileSync(path.join(dir, configFiles.exemptions), '{ "grounds": [');
        return dir;
      },
    ],
    [
      'a missing file',
      'CONFIG_NOT_FOUND',
      configFiles.gb3838,
      () => {
        const dir = copyWithEdit(configFiles.gb3838, () => undefined);
        rmSync(path.join(dir, configFiles.gb3838));
        return dir;
      },
    ],
    [
      'a catalogue entry naming an unknown department',
      'CONFIG_CROSS_REFERENCE',
      configFiles.catalog,
      () =>
        copyWithEdit(configFiles.catalog, (json) => {
          json.categories[0].departments = ['nobody'];
        }),
    ],
    [
      'a department claiming a category whose entry does not name it',
      'CONFIG_CROSS_REFERENCE',
      configFiles.catalog,
      () =>
        copyWithEdit(configFiles.departments, (json) => {
          json.departments.find((d: { code: string }) => d.code === 'outreach').categories = ['policy-document'];
        }),
    ],
    [
      'a gap between the two AQI standards',
      'CONFIG_CROSS_REFERENCE',
      configFiles.aqi,
      () =>
        copyWithEdit(configFiles.aqi, (json) => {
          json.standards[1].validFrom = '2026-03-02';
        }),
    ],
    [
      'overlapping AQI standards',
      'CONFIG_CROSS_REFERENCE',
      configFiles.aqi,
      () =>
        copyWithEdit(configFiles.aqi, (json) => {
          json.standards[0].validTo = '2026-03-01';
        }),
    ],
    [
      'a calendar year given twice',
      'CONFIG_CROSS_REFERENCE',
      configFiles.calendar,
      () =>
        copyWithEdit(configFiles.calendar, (json) => {
          json.years.push(json.years[0]);
        }),
    ],
    [
      'an air station of a department that does not produce air-quality reports',
      'CONFIG_CROSS_REFERENCE',
      configFiles.monitoring,
      () =>
        copyWithEdit(configFiles.monitoring, (json) => {
          json.stations[0].department = 'radiation';
        }),
    ],
    [
      'two stations with one code',
      'CONFIG_INVALID',
      configFiles.monitoring,
      () =>
        copyWithEdit(configFiles.monitoring, (json) => {
          json.stations[1].code = json.stations[0].code;
        }),
    ],
    [
      'a radiation station without its background range',
      'CONFIG_INVALID',
      configFiles.monitoring,
      () =>
        copyWithEdit(configFiles.monitoring, (json) => {
          delete json.stations.find((s: { kind: string }) => s.kind === 'radiation').background;
        }),
    ],
  ];

  it.each(failures)('rejects %s with %s', (_name, code, file, makeDir) => {
    const error = loadError(makeDir());

    expect(error.code).toBe(code);
    expect(error.file).toBe(file);
  });

  it('reports the path inside the file of an unknown key', () => {
    const dir = copyWithEdit(configFiles.catalog, (json) => {
      json.categories[2].deadlineRule.note = 'not allowed';
    });

    expect(loadError(dir).issues[0]?.path).toEqual(['categories', 2, 'deadlineRule']);
  });

  it('does not cache a directory that failed to load', () => {
    const dir = copyWithEdit(configFiles.search, (json) => {
      json.extra = true;
    });
    loadError(dir);
    writeFileSync(path.join(dir, configFiles.search), JSON.stringify(readShipped(configFiles.search)));

    expect(loadDomainConfig({ dir }).search.synonymGroups.length).toBeGreaterThan(0);
  });
});

describe('region codes', () => {
  it.each([
    ['410000', 'province'],
    ['410100', 'prefecture'],
    ['410102', 'county'],
  ] as const)('reads %s as a %s code', (code, level) => {
    expect(regionCodeLevel(code)).toBe(level);
  });

  it.each([
    ['410000', '410102', true],
    ['410100', '410102', true],
    ['410102', '410102', true],
    ['410200', '410102', false],
    ['420000', '410102', false],
  ] as const)('says whether %s covers %s (%s)', (ancestor, code, covers) => {
    expect(regionCodeCovers(ancestor, code)).toBe(covers);
  });

  it('lists a county code with its prefecture and province', () => {
    expect(regionCodeAncestors('410102')).toEqual(['410102', '410100', '410000']);
  });
});
