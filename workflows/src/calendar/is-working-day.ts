import { assertCalendarDate } from './calendar-date';
import { isProvisionalDate, workingDayTable } from './working-day-table';
import type { CalendarOptions } from './working-day-table';

/** Whether `date` is a working day; `provisional` when the calendar has no notice for its year. */
export function isWorkingDay(input: { date: string } & CalendarOptions): { workingDay: boolean; provisional: boolean } {
  const date = assertCalendarDate(input.date, 'date');
  const table = workingDayTable(input);
  return { workingDay: table.isWorkingDay(date), provisional: isProvisionalDate(table, date) };
}
