import { addCalendarDays, assertCalendarDate } from './calendar-date';
import { isProvisionalDate, workingDayTable } from './working-day-table';
import type { CalendarOptions } from './working-day-table';

/** A count of working days; `provisional` when it spans a year without a holiday notice. */
export interface WorkingDayCount {
  days: number;
  provisional: boolean;
}

/**
 * Working days after `from` up to and including `to` (so that `addWorkingDays({ from, days })`
 * lands on a `to` with `workingDaysBetween({ from, to }).days === days`). Negative when `to` is
 * before `from`.
 */
export function workingDaysBetween(input: { from: string; to: string } & CalendarOptions): WorkingDayCount {
  const from = assertCalendarDate(input.from, 'from');
  const to = assertCalendarDate(input.to, 'to');
  const table = workingDayTable(input);
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let days = 0;
  let provisional = false;
  for (let date = addCalendarDays(start, 1); date <= end; date = addCalendarDays(date, 1)) {
    provisional ||= isProvisionalDate(table, date);
    if (table.isWorkingDay(date)) days += 1;
  }
  return { days: sign * days, provisional };
}
