import { WorkflowError } from '../errors';

/** A calendar date written `YYYY-MM-DD`, read in Asia/Shanghai. */
export type CalendarDate = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// An instant must carry its offset: a bare local time would depend on the server's zone.
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = datePattern.exec(value);
  if (!match) return false;
  return (
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === value
  );
}

export function isInstantString(value: unknown): value is string {
  return typeof value === 'string' && instantPattern.test(value) && !Number.isNaN(Date.parse(value));
}

export function assertCalendarDate(value: unknown, field: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new WorkflowError(
      'INVALID_DATE',
      `日期格式应为 YYYY-MM-DD / ${field} must be a real date written YYYY-MM-DD`,
      { details: { field, value } },
    );
  }
  return value;
}

/** A point in time from a `Date` or an ISO 8601 timestamp with an offset. */
export function assertInstant(value: unknown, field: string): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (isInstantString(value)) return new Date(value);
  throw new WorkflowError(
    'INVALID_DATE',
    `时间应带时区 / ${field} must be a Date or an ISO 8601 timestamp with an offset`,
    { details: { field, value: String(value) } },
  );
}

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDateOf(instant: Date): CalendarDate {
  return shanghaiDateFormat.format(instant);
}

/** A calendar date from a date string, a timestamp string or a `Date` (read in Asia/Shanghai). */
export function toCalendarDate(value: unknown, field: string): CalendarDate {
  if (isCalendarDate(value)) return value;
  if (value instanceof Date || isInstantString(value)) return shanghaiDateOf(assertInstant(value, field));
  return assertCalendarDate(value, field);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}
