import { WorkflowError } from '../errors';
import { addCalendarDays, assertCalendarDate } from './calendar-date';
import type { CalendarDate } from './calendar-date';
import { isProvisionalDate, workingDayTable } from './working-day-table';
import type { CalendarOptions } from './working-day-table';

/** A date computed on the calendar; `provisional` when it crossed a year without a holiday notice. */
export interface WorkingDayResult {
  date: CalendarDate;
  provisional: boolean;
}

export function assertDayCount(days: unknown, field: string): number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0) {
    throw new WorkflowError('INVALID_DAY_COUNT', `天数应为非负整数 / ${field} must be a non-negative integer`, {
      details: { field, value: days },
    });
  }
  return days;
}

/**
 * The date `days` working days after `from`. The start day is not counted (民法典 art 201:
 * 开始的当日不计入), so 1 working day after a Friday is the next Monday; 0 days is `from` itself.
 */
export function addWorkingDays(input: { from: string; days: number } & CalendarOptions): WorkingDayResult {
  const from = assertCalendarDate(input.from, 'from');
  const days = assertDayCount(input.days, 'days');
  const table = workingDayTable(input);
  let date = from;
  let provisional = false;
  for (let counted = 0; counted < days; ) {
    date = addCalendarDays(date, 1);
    provisional ||= isProvisionalDate(table, date);
    if (table.isWorkingDay(date)) counted += 1;
  }
  return { date, provisional };
}
