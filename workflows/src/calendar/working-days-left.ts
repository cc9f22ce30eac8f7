import { toCalendarDate } from './calendar-date';
import { workingDaysBetween } from './working-days-between';
import type { WorkingDayCount } from './working-days-between';
import type { CalendarOptions } from './working-day-table';

/**
 * Working days from `today` until the due date: 0 when due today, negative when overdue.
 * A timestamp due date counts by its Asia/Shanghai date.
 */
export function workingDaysLeft(input: { dueDate: string; today: string | Date } & CalendarOptions): WorkingDayCount {
  return workingDaysBetween({
    ...input,
    from: toCalendarDate(input.today, 'today'),
    to: toCalendarDate(input.dueDate, 'dueDate'),
  });
}
