/**
 * Calendar arithmetic on `YYYY-MM-DD` strings in UTC, so results never depend on the machine's
 * time zone or clock. Times of day are Asia/Shanghai (UTC+8), the bureaus' clock.
 */
const DAY_MS = 86_400_000;

export const isoDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isValidIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function toMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Day of the year, 1-based. */
export function dayOfYear(date: string): number {
  return daysBetween(`${date.slice(0, 4)}-01-01`, date) + 1;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return fromMs(Date.UTC(year, monthNumber, 0));
}

/** The `count` complete months before the month of `today`, oldest first. */
export function previousMonths(today: string, count: number): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let back = count; back >= 1; back -= 1) {
    const d = new Date(Date.UTC(year, month - 1 - back, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** ISO timestamp (UTC) of a wall-clock time in Asia/Shanghai. */
export function shanghaiDateTime(date: string, hour: number, minute: number): string {
  return new Date(toMs(date) + ((hour - 8) * 60 + minute) * 60_000).toISOString();
}

/** Adds minutes to an ISO timestamp. */
export function addMinutes(timestamp: string, minutes: number): string {
  return new Date(Date.parse(timestamp) + minutes * 60_000).toISOString();
}

/** The Asia/Shanghai calendar date of an ISO timestamp. */
export function shanghaiDateOf(timestamp: string): string {
  return new Date(Date.parse(timestamp) + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** `2026-03-05` → `2026年3月5日`. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日`;
}

/** `2026-03` → `2026年3月`. */
export function chineseMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${year}年${monthNumber}月`;
}

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-03-05` → `5 March 2026`. */
export function englishDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${englishMonths[month - 1] ?? ''} ${year}`;
}

/** `2026-03` → `March 2026`. */
export function englishMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${englishMonths[monthNumber - 1] ?? ''} ${year}`;
}

/** Same day `years` later (29 February rolls to 1 March). */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return fromMs(Date.UTC(year + years, month - 1, day));
}
