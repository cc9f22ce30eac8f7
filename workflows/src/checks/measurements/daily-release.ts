import type { MeasurementField, MonitoringFile, MonitoringStation } from '@disclosure-hub/config';
import { roundHalf } from '../standards/round-half';
import { firstHourOfLocalDate, isoOfHour } from './hours';
import type { MeasurementValues } from './validate-rows';

/** A stored hourly measurement as the release checks read it. */
export interface HourlyMeasurement {
  readonly station: string;
  readonly hour: number;
  readonly values: MeasurementValues;
}

export const releaseFlagCodes = [
  'INCOMPLETE_DAY',
  'TOO_FEW_STATIONS',
  'ABOVE_REVIEW_THRESHOLD',
  'SPIKE',
  'CLEARANCE_REFUSED',
] as const;
export type ReleaseFlagCode = (typeof releaseFlagCodes)[number];

/** One finding of the automatic checks. A release with any blocking flag waits for a person. */
export interface ReleaseFlag {
  readonly code: ReleaseFlagCode;
  readonly station?: string;
  readonly field?: MeasurementField;
  readonly time?: string;
  readonly value?: number;
  readonly message: string;
}

type Rules = Pick<MonitoringFile, 'utcOffset' | 'fields' | 'release' | 'stations'>;

/** HJ 663-2013 rounding: µg/m³ to integers, CO (mg/m³) to one decimal. */
const decimalsOf = (field: MeasurementField) => (field === 'co' || field === 'doseRate' ? 1 : 0);
const round = (field: MeasurementField, value: number) => roundHalf(value, decimalsOf(field), 'halfEven');

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The values of one field by hour of the day (0–23), `undefined` where missing. */
function series(day: readonly HourlyMeasurement[], field: MeasurementField, firstHour: number): (number | undefined)[] {
  const byHour: (number | undefined)[] = Array.from({ length: 24 }, () => undefined);
  for (const m of day) {
    const v = m.values[field];
    const i = m.hour - firstHour;
    if (v !== null && v !== undefined && i >= 0 && i < 24) byHour[i] = v;
  }
  return byHour;
}

/** Threshold and spike checks of one field of one station-day (one flag each, on the worst hour). */
function valueFlags(
  station: string,
  field: MeasurementField,
  byHour: (number | undefined)[],
  firstHour: number,
  rules: Rules,
): ReleaseFlag[] {
  const limits = rules.fields[field];
  const present = byHour.flatMap((v, i) => (v === undefined ? [] : [{ v, i }]));
  if (present.length === 0) return [];
  const flags: ReleaseFlag[] = [];
  const worst = present.reduce((a, b) => (b.v > a.v ? b : a));
  const time = isoOfHour(firstHour + worst.i, rules.utcOffset);
  if (worst.v > limits.reviewAbove)
    flags.push({
      code: 'ABOVE_REVIEW_THRESHOLD',
      station,
      field,
      time,
      value: worst.v,
      message: `${field} ${worst.v} ${limits.unit} 超过人工复核阈值 / above the review threshold ${limits.reviewAbove}`,
    });
  if (present.length >= 3) {
    const others = present.filter((p) => p !== worst).map((p) => p.v);
    const base = median(others);
    if (worst.v > limits.spikeFloor && worst.v > limits.spikeFactor * Math.max(base, Number.EPSILON))
      flags.push({
        code: 'SPIKE',
        station,
        field,
        time,
        value: worst.v,
        message: `${field} ${worst.v} ${limits.unit} 突变（当日中位数 ${round(field, base)}）/ spike against the day's median ${round(field, base)}`,
      });
  }
  return flags;
}

const incomplete = (station: string, field: MeasurementField, valid: number, needed: number): ReleaseFlag => ({
  code: 'INCOMPLETE_DAY',
  station,
  field,
  value: valid,
  message: `${field} 有效小时数 ${valid} < ${needed} / ${valid} valid hours, ${needed} needed`,
});

export interface AirStationDay {
  readonly station: string;
  readonly date: string;
  /** Daily values (24-h means; ozone: max 8-h mean and max 1-h value), null when incomplete. */
  readonly daily: {
    pm25: number | null;
    pm10: number | null;
    so2: number | null;
    no2: number | null;
    co: number | null;
    o3Max8h: number | null;
    o3Max1h: number | null;
  };
  readonly validHours: Partial<Record<MeasurementField, number>>;
  /** INCOMPLETE_DAY flags say why a daily value is null. */
  readonly flags: ReleaseFlag[];
  readonly complete: boolean;
}

const dailyMeanFields = ['pm25', 'pm10', 'so2', 'no2', 'co'] as const;

/**
 * Daily statistics of one air station (HJ 663-2013): 24-h means need `minValidHours` valid hours;
 * the daily maximum 8-h ozone mean takes the producer's `o3_8h` values when at least 14 hours carry
 * one, otherwise it is computed from the hourly ozone (windows with at least 6 values, 14 windows).
 */
export function summariseAirStationDay(
  station: string,
  date: string,
  day: readonly HourlyMeasurement[],
  rules: Rules,
): AirStationDay {
  const first = firstHourOfLocalDate(date, rules.utcOffset);
  const needed = rules.release.minValidHours;
  const flags: ReleaseFlag[] = [];
  const validHours: Partial<Record<MeasurementField, number>> = {};
  const daily: Record<string, number | null> = {};
  for (const field of dailyMeanFields) {
    const values = series(day, field, first).filter((v): v is number => v !== undefined);
    validHours[field] = values.length;
    daily[field] = values.length >= needed ? round(field, mean(values)) : null;
    if (values.length < needed) flags.push(incomplete(station, field, values.length, needed));
    flags.push(...valueFlags(station, field, series(day, field, first), first, rules));
  }
  const o3 = series(day, 'o3', first);
  const o3Values = o3.filter((v): v is number => v !== undefined);
  validHours.o3 = o3Values.length;
  daily.o3Max1h = o3Values.length >= needed ? Math.max(...o3Values) : null;
  const given8h = series(day, 'o3_8h', first).filter((v): v is number => v !== undefined);
  validHours.o3_8h = given8h.length;
  let max8h: number | null = null;
  if (given8h.length >= 14) max8h = Math.max(...given8h);
  else {
    const windows: number[] = [];
    for (let start = 0; start + 8 <= 24; start++) {
      const w = o3.slice(start, start + 8).filter((v): v is number => v !== undefined);
      if (w.length >= 6) windows.push(mean(w));
    }
    if (windows.length >= 14) max8h = round('o3_8h', Math.max(...windows));
  }
  daily.o3Max8h = max8h;
  if (max8h === null) flags.push(incomplete(station, 'o3_8h', Math.max(given8h.length, o3Values.length), needed));
  flags.push(...valueFlags(station, 'o3', o3, first, rules));
  return {
    station,
    date,
    daily: daily as AirStationDay['daily'],
    validHours,
    flags,
    complete: !flags.some((f) => f.code === 'INCOMPLETE_DAY'),
  };
}

export interface CityAirDay {
  readonly city: string;
  readonly date: string;
  /** Stations whose day was complete and enter the city means. */
  readonly stationsUsed: string[];
  readonly stationsExpected: number;
  /** City concentrations (means of the stations' daily values), null when no station is complete. */
  readonly concentrations: {
    pm25: number;
    pm10: number;
    so2: number;
    no2: number;
    co: number;
    o3Max8h: number;
    o3Max1h: number | null;
  } | null;
  /** Blocking findings: the release waits for a person when there is any. */
  readonly flags: ReleaseFlag[];
  /** Non-blocking findings (a station left out of the means because its day is incomplete). */
  readonly notes: ReleaseFlag[];
}

/**
 * The city's daily report (HJ 663-2013 §5: the city value is the arithmetic mean of its stations'
 * values), with the automatic checks: enough complete stations, no value above a review threshold,
 * no spike. The AQI itself is computed from these concentrations with `computeAqi`.
 */
export function cityAirDay(
  city: string,
  date: string,
  measurements: readonly HourlyMeasurement[],
  rules: Rules,
): CityAirDay {
  const stations = rules.stations.filter((s: MonitoringStation) => s.kind === 'air' && s.city === city);
  const days = stations.map((s) =>
    summariseAirStationDay(
      s.code,
      date,
      measurements.filter((m) => m.station === s.code),
      rules,
    ),
  );
  const used = days.filter((d) => d.complete);
  const flags: ReleaseFlag[] = used.flatMap((d) => d.flags.filter((f) => f.code !== 'INCOMPLETE_DAY'));
  const notes: ReleaseFlag[] = days.filter((d) => !d.complete).flatMap((d) => d.flags);
  if (stations.length === 0 || used.length / stations.length < rules.release.minStationShare)
    flags.unshift({
      code: 'TOO_FEW_STATIONS',
      value: used.length,
      message: `有效站点 ${used.length}/${stations.length}，不足 ${Math.round(rules.release.minStationShare * 100)}% / ${used.length} of ${stations.length} stations have a complete day`,
    });
  const avg = (pick: (d: AirStationDay) => number | null, field: MeasurementField) => {
    const values = used.map(pick).filter((v): v is number => v !== null);
    return values.length ? round(field, mean(values)) : null;
  };
  const concentrations =
    used.length === 0
      ? null
      : {
          pm25: avg((d) => d.daily.pm25, 'pm25')!,
          pm10: avg((d) => d.daily.pm10, 'pm10')!,
          so2: avg((d) => d.daily.so2, 'so2')!,
          no2: avg((d) => d.daily.no2, 'no2')!,
          co: avg((d) => d.daily.co, 'co')!,
          o3Max8h: avg((d) => d.daily.o3Max8h, 'o3_8h')!,
          o3Max1h: avg((d) => d.daily.o3Max1h, 'o3'),
        };
  return {
    city,
    date,
    stationsUsed: used.map((d) => d.station),
    stationsExpected: stations.length,
    concentrations,
    flags,
    notes,
  };
}

export interface RadiationStationDay {
  readonly station: string;
  readonly date: string;
  readonly doseRate: { min: number; max: number; mean: number } | null;
  readonly validHours: number;
  readonly flags: ReleaseFlag[];
  readonly notes: ReleaseFlag[];
}

/** Daily dose-rate statistics of one radiation station, with the same automatic checks. */
export function radiationStationDay(
  station: string,
  date: string,
  day: readonly HourlyMeasurement[],
  rules: Rules,
): RadiationStationDay {
  const first = firstHourOfLocalDate(date, rules.utcOffset);
  const byHour = series(day, 'doseRate', first);
  const values = byHour.filter((v): v is number => v !== undefined);
  const needed = rules.release.minValidHours;
  const flags = valueFlags(station, 'doseRate', byHour, first, rules);
  if (values.length < needed) flags.unshift(incomplete(station, 'doseRate', values.length, needed));
  return {
    station,
    date,
    doseRate: values.length
      ? { min: Math.min(...values), max: Math.max(...values), mean: round('doseRate', mean(values)) }
      : null,
    validHours: values.length,
    flags,
    notes: [],
  };
}
