import { assertInstant, isCalendarDate, shanghaiDateOf } from './calendar-date';

/**
 * Whether `now` is past the due date. A date-only due date lasts until the end of that day in
 * Asia/Shanghai; a timestamp is due at that instant.
 */
export function isOverdue(input: { dueDate: string; now: Date }): boolean {
  const now = assertInstant(input.now, 'now');
  if (isCalendarDate(input.dueDate)) return shanghaiDateOf(now) > input.dueDate;
  return now.getTime() > assertInstant(input.dueDate, 'dueDate').getTime();
}
