import { disclosureCategories } from './constants';
import type { ConfigIssue } from './config-error';
import type { DomainConfigFiles } from './load-domain-config';
import { configFiles } from './config-files';

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function eachDay(from: string, to: string, visit: (date: string) => void): void {
  for (let day = from; day <= to; day = nextDay(day)) visit(day);
}

/**
 * Checks that the files agree with each other and that date-ranged data has no gaps or overlaps.
 * Returns every problem at once so a maintainer can fix them in one go.
 */
export function checkCrossReferences(files: DomainConfigFiles): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const { departments, catalog, calendar, aqi } = files;

  const departmentByCode = new Map(departments.departments.map((d) => [d.code, d]));
  const entryByKey = new Map(catalog.categories.map((c) => [c.key, c]));
  const columnKeys = new Set(catalog.columns.map((c) => c.key));

  catalog.categories.forEach((entry, i) => {
    if (!columnKeys.has(entry.column)) {
      issues.push({
        file: configFiles.catalog,
        path: ['categories', i, 'column'],
        message: `unknown column ${entry.column}`,
      });
    }
    entry.departments.forEach((code, j) => {
      const department = departmentByCode.get(code);
      if (department === undefined) {
        issues.push({
          file: configFiles.catalog,
          path: ['categories', i, 'departments', j],
          message: `unknown department ${code}`,
        });
      } else if (!department.categories.includes(entry.key)) {
        issues.push({
          file: configFiles.departments,
          path: ['departments', departments.departments.indexOf(department), 'categories'],
          message: `${code} must list ${entry.key}, which names it as a producer`,
        });
      }
    });
  });
  for (const key of disclosureCategories) {
    if (!entryByKey.has(key))
      issues.push({ file: configFiles.catalog, path: ['categories'], message: `category ${key} is missing` });
  }
  departments.departments.forEach((department, i) => {
    department.categories.forEach((key, j) => {
      const entry = entryByKey.get(key);
      if (entry === undefined) {
        issues.push({
          file: configFiles.departments,
          path: ['departments', i, 'categories', j],
          message: `unknown category ${key}`,
        });
      } else if (!entry.departments.includes(department.code)) {
        issues.push({
          file: configFiles.catalog,
          path: ['categories', catalog.categories.indexOf(entry), 'departments'],
          message: `${key} must list ${department.code}, which claims to produce it`,
        });
      }
    });
  });

  // AQI standards: exactly one standard for every date, from the first to the last.
  const standards = [...aqi.standards].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  standards.forEach((standard, i) => {
    const at = aqi.standards.indexOf(standard);
    const previous = standards[i - 1];
    if (previous === undefined) return;
    if (standard.validFrom === null || previous.validTo === null || nextDay(previous.validTo) !== standard.validFrom) {
      issues.push({
        file: configFiles.aqi,
        path: ['standards', at, 'validFrom'],
        message: `${standard.id} must start the day after ${previous.id} ends`,
      });
    }
  });

  // Calendar: one entry per year, and no date both off and worked.
  const years = new Set<number>();
  const offDays = new Map<string, string>();
  calendar.years.forEach((year, i) => {
    if (years.has(year.year))
      issues.push({
        file: configFiles.calendar,
        path: ['years', i, 'year'],
        message: `year ${year.year} appears twice`,
      });
    years.add(year.year);
    year.holidays.forEach((holiday, j) =>
      eachDay(holiday.from, holiday.to, (day) => {
        if (offDays.has(day))
          issues.push({
            file: configFiles.calendar,
            path: ['years', i, 'holidays', j],
            message: `${day} is already part of ${offDays.get(day) ?? ''}`,
          });
        offDays.set(day, holiday.name.zh);
      }),
    );
  });
  calendar.years.forEach((year, i) =>
    year.holidays.forEach((holiday, j) =>
      holiday.makeUpWorkdays.forEach((day, k) => {
        if (offDays.has(day))
          issues.push({
            file: configFiles.calendar,
            path: ['years', i, 'holidays', j, 'makeUpWorkdays', k],
            message: `${day} is also a holiday`,
          });
      }),
    ),
  );
  const overrides = new Set<string>();
  calendar.regionOverrides.forEach((override, i) => {
    const key = `${override.regionCode}/${override.year}`;
    if (overrides.has(key))
      issues.push({
        file: configFiles.calendar,
        path: ['regionOverrides', i],
        message: `region ${override.regionCode} has two overrides for ${override.year}`,
      });
    overrides.add(key);
  });

  // Every station belongs to a department that produces its daily release's category.
  const releaseCategory = { air: 'air-quality-daily', radiation: 'radiation-monitoring' } as const;
  files.monitoring.stations.forEach((station, i) => {
    const entry = entryByKey.get(releaseCategory[station.kind]);
    if (!departmentByCode.has(station.department) || !entry?.departments.includes(station.department))
      issues.push({
        file: configFiles.monitoring,
        path: ['stations', i, 'department'],
        message: `${station.department} is not a producing department of ${releaseCategory[station.kind]}`,
      });
  });

  return issues;
}
