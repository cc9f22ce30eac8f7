/**
 * Measurement times are whole hours. An hour is stored as the number of hours since the Unix
 * epoch (UTC) — small, exact and the same in every database — and shown in local time.
 */

const HOUR_MS = 3_600_000;

export function offsetMinutes(utcOffset: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(utcOffset);
  if (!match) throw new RangeError(`invalid UTC offset ${utcOffset}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** `2026-03-15T07:00:00+08:00` for the hour, in local time. */
export function isoOfHour(hour: number, utcOffset: string): string {
  const local = new Date(hour * HOUR_MS + offsetMinutes(utcOffset) * 60_000);
  return `${local.toISOString().slice(0, 13)}:00:00${utcOffset}`;
}

/** The local calendar day (`YYYY-MM-DD`) the hour starts in. */
export function localDateOfHour(hour: number, utcOffset: string): string {
  return new Date(hour * HOUR_MS + offsetMinutes(utcOffset) * 60_000).toISOString().slice(0, 10);
}

/** The first hour of a local day. */
export function firstHourOfLocalDate(date: string, utcOffset: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - offsetMinutes(utcOffset) * 60_000) / HOUR_MS);
}

export const hourOfDate = (date: Date): number => Math.floor(date.getTime() / HOUR_MS);
export const dateOfHour = (hour: number): Date => new Date(hour * HOUR_MS);

export type ParsedTime = { ok: true; hour: number } | { ok: false; code: 'TIME_INVALID' | 'TIME_NOT_ON_HOUR' };

const timePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads an ISO 8601 time (`2026-03-15T07:00:00+08:00`, `2026-03-15 07:00`, `…Z`). A time without
 * an offset is local time. It must be a real time, on the hour.
 */
export function parseMeasurementTime(text: string, utcOffset: string): ParsedTime {
  const match = timePattern.exec(text.trim());
  if (!match) return { ok: false, code: 'TIME_INVALID' };
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const [year, month, day, hours, minutes, seconds] = [y, mo, d, h, mi, s ?? '0'].map(Number) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hours!, minutes!, seconds!);
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    hours! > 23 ||
    minutes! > 59 ||
    seconds! > 59
  )
    return { ok: false, code: 'TIME_INVALID' };
  if (minutes !== 0 || seconds !== 0 || (frac !== undefined && Number(frac) !== 0))
    return { ok: false, code: 'TIME_NOT_ON_HOUR' };
  const offset = zone === undefined ? offsetMinutes(utcOffset) : zone === 'Z' ? 0 : offsetMinutes(zone);
  const ms = utc - offset * 60_000;
  if (ms % HOUR_MS !== 0) return { ok: false, code: 'TIME_NOT_ON_HOUR' };
  return { ok: true, hour: ms / HOUR_MS };
}
