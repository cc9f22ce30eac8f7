import { loadDomainConfig, regionCodeCovers, regionCodeLevel } from '@disclosure-hub/config';
import type { CalendarFile } from '@disclosure-hub/config';
import { WorkflowError } from '../errors';
import { addCalendarDays, dayOfWeek, yearOf } from './calendar-date';
import type { CalendarDate } from './calendar-date';

/** Options every calendar function accepts: the calendar (default: the configured one) and a GB/T 2260 region. */
export interface CalendarOptions {
  calendar?: CalendarFile;
  /** Region whose local holidays apply (its own overrides and those of the prefecture and province containing it). */
  region?: string;
}

/** Which dates are off and which weekend dates are worked, for one calendar and region. */
export interface WorkingDayTable {
  isWorkingDay(date: CalendarDate): boolean;
  /** False for a year the calendar has no State Council notice for: it is counted Monday–Friday. */
  hasYear(year: number): boolean;
}

const tables = new WeakMap<CalendarFile, Map<string, WorkingDayTable>>();
const levelOrder = { province: 0, prefecture: 1, county: 2 } as const;

function markRange(marks: Map<CalendarDate, boolean>, from: CalendarDate, to: CalendarDate, working: boolean): void {
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) marks.set(day, working);
}

function buildTable(calendar: CalendarFile, region: string | undefined): WorkingDayTable {
  const marks = new Map<CalendarDate, boolean>();
  for (const year of calendar.years) {
    for (const holiday of year.holidays) {
      markRange(marks, holiday.from, holiday.to, false);
      for (const day of holiday.makeUpWorkdays) marks.set(day, true);
    }
  }
  if (region !== undefined) {
    // Province first, then prefecture, then county: the most local rule wins.
    const overrides = calendar.regionOverrides
      .filter((override) => regionCodeCovers(override.regionCode, region))
      .sort((a, b) => levelOrder[regionCodeLevel(a.regionCode)] - levelOrder[regionCodeLevel(b.regionCode)]);
    for (const override of overrides) {
      for (const holiday of override.holidays) markRange(marks, holiday.from, holiday.to, false);
      for (const day of override.workdays) marks.set(day, true);
    }
  }
  const years = new Set(calendar.years.map((entry) => entry.year));
  return {
    isWorkingDay: (date) => marks.get(date) ?? ![0, 6].includes(dayOfWeek(date)),
    hasYear: (year) => years.has(year),
  };
}

/** The table for the options, built once per calendar object and region. */
export function workingDayTable(options: CalendarOptions = {}): WorkingDayTable {
  const calendar = options.calendar ?? loadDomainConfig().calendar;
  const region = options.region;
  if (region !== undefined && !/^[1-9]\d{5}$/.test(region)) {
    throw new WorkflowError('INVALID_REGION', `地区代码应为6位数字 / region must be a 6-digit GB/T 2260 code`, {
      details: { field: 'region', value: region },
    });
  }
  let byRegion = tables.get(calendar);
  if (byRegion === undefined) {
    byRegion = new Map();
    tables.set(calendar, byRegion);
  }
  const key = region ?? '';
  let table = byRegion.get(key);
  if (table === undefined) {
    table = buildTable(calendar, region);
    byRegion.set(key, table);
  }
  return table;
}

/** Whether the calendar lacks the year of `date`. */
export function isProvisionalDate(table: WorkingDayTable, date: CalendarDate): boolean {
  return !table.hasYear(yearOf(date));
}
