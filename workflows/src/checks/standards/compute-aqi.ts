import { aqiReportKinds, isIsoDate } from '@disclosure-hub/config';
import type { AqiIndicatorKey, AqiInputField, AqiReportKind, AqiStandard, LocalizedText } from '@disclosure-hub/config';
import { WorkflowError } from '../../errors';
import { aqiStandardForDate } from './aqi-standard-for-date';
import { ceilExact, roundHalf } from './round-half';

/** Pollutants an AQI result can name; ozone keeps its averaging period because reports name it so. */
export const aqiPollutants = ['pm25', 'pm10', 'so2', 'no2', 'co', 'o3_8h', 'o3_1h'] as const;
export type AqiPollutant = (typeof aqiPollutants)[number];

/** Concentrations in µg/m³ (CO in mg/m³). `so2_24h` is only read when an hourly SO2 value is above the 1-h table. */
export type AqiConcentrations = {
  pm25: number;
  pm10: number;
  so2: number;
  no2: number;
  co: number;
  o3_8h?: number;
  o3_1h?: number;
  so2_24h?: number;
};

export interface ComputeAqiInput {
  /** Measurement date `YYYY-MM-DD`: picks the standard in force. */
  date: string;
  /** `daily` = 日报 (24-h means), `hourly` = 实时报 (1-h values). */
  kind: AqiReportKind;
  concentrations: AqiConcentrations;
  /** The standards to choose from; defaults to the configured ones. */
  standards?: readonly AqiStandard[];
}

export interface AqiResult {
  aqi: number;
  /** 1–6 (一级 … 六级). */
  level: number;
  category: LocalizedText;
  /** Hex colour of the level, e.g. `#00E400`. */
  colour: string;
  /** 首要污染物: empty when the AQI is 50 or less; every pollutant at the maximum when tied. */
  primaryPollutants: AqiPollutant[];
  /** 超标污染物 (IAQI above 100) where the standard defines them; empty otherwise. */
  exceedingPollutants: AqiPollutant[];
  iaqi: Partial<Record<AqiPollutant, number>>;
  /** Id of the standard applied, e.g. `HJ 633-2012`. */
  standard: string;
}

const requiredPollutants = ['pm25', 'pm10', 'so2', 'no2', 'co'] as const;

function invalid(field: string, value: unknown, why: string): WorkflowError {
  return new WorkflowError('INVALID_MEASUREMENT', `监测数据无效 / invalid measurement: ${field} ${why}`, {
    details: { field, value },
  });
}

function readConcentration(concentrations: Record<string, unknown>, field: string): number | undefined {
  const value = concentrations[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(field, value, 'is not a number');
  if (value < 0) throw invalid(field, value, 'is negative');
  return value;
}

function validate(input: ComputeAqiInput): Map<AqiInputField, number> {
  if (!isIsoDate(input.date)) throw invalid('date', input.date, 'is not a date written YYYY-MM-DD');
  if (!(aqiReportKinds as readonly unknown[]).includes(input.kind))
    throw invalid('kind', input.kind, 'must be daily or hourly');
  const raw = input.concentrations as unknown;
  if (raw === null || typeof raw !== 'object') throw invalid('concentrations', raw, 'is missing');
  const values = new Map<AqiInputField, number>();
  for (const field of [...aqiPollutants, 'so2_24h'] as const) {
    const value = readConcentration(raw as Record<string, unknown>, field);
    if (value !== undefined) values.set(field, value);
  }
  for (const field of requiredPollutants) {
    if (!values.has(field)) throw invalid(field, undefined, 'is required');
  }
  if (!values.has('o3_8h') && !values.has('o3_1h')) throw invalid('o3_8h', undefined, 'or o3_1h is required');
  return values;
}

/** Linear interpolation on the breakpoint table, rounded up (进位取整). */
function iaqiOf(standard: AqiStandard, indicatorKey: AqiIndicatorKey, concentration: number): number {
  const indicator = standard.indicators.find((candidate) => candidate.key === indicatorKey);
  if (indicator === undefined) throw invalid(indicatorKey, concentration, 'has no breakpoints in ' + standard.id);
  const rounding = standard.concentrationRounding;
  const c =
    rounding === null
      ? concentration
      : roundHalf(
          concentration,
          indicator.unit === 'mg/m3' ? rounding.mgm3Decimals : rounding.ugm3Decimals,
          rounding.method,
        );
  const { breakpoints } = indicator;
  for (let i = 1; i < breakpoints.length; i += 1) {
    const bpLo = breakpoints[i - 1];
    const bpHi = breakpoints[i];
    const iaqiLo = standard.iaqi[i - 1];
    const iaqiHi = standard.iaqi[i];
    if (bpLo == null || bpHi == null || iaqiLo === undefined || iaqiHi === undefined) break;
    if (c <= bpHi) return ceilExact(((iaqiHi - iaqiLo) / (bpHi - bpLo)) * (c - bpLo) + iaqiLo);
  }
  // Above the top of the table the index is “>500”: report the cap.
  return standard.aboveTopIaqi;
}

/**
 * The AQI of a measurement under the standard in force on its date (HJ 633): every pollutant's
 * IAQI by linear interpolation rounded up, the AQI is the largest, and the table notes decide what
 * happens above the last breakpoint of SO2 1-h and O3 8-h.
 */
export function computeAqi(input: ComputeAqiInput): AqiResult {
  const values = validate(input);
  const standard = aqiStandardForDate({
    date: input.date,
    ...(input.standards === undefined ? {} : { standards: input.standards }),
  });
  const mapping = standard.reportIndicators[input.kind];
  const iaqi: Partial<Record<AqiPollutant, number>> = {};
  const replaced = new Set<AqiPollutant>();

  for (const pollutant of aqiPollutants) {
    const value = values.get(pollutant);
    const indicator = mapping[pollutant];
    if (value === undefined || indicator === undefined) continue;
    const special = standard.specialCases.find((candidate) => candidate.indicator === indicator);
    if (special === undefined || value <= special.above) {
      iaqi[pollutant] = iaqiOf(standard, indicator, value);
    } else if (special.then.kind === 'fixedIaqi') {
      iaqi[pollutant] = special.then.iaqi;
    } else {
      const fallbackField = special.then.inputField;
      const fallback = values.get(fallbackField);
      if (fallback === undefined)
        throw invalid(fallbackField, undefined, `is required when ${pollutant} is above ${special.above}`);
      if ((aqiPollutants as readonly string[]).includes(fallbackField)) {
        // The pollutant is reported under the other indicator's name (O3 8-h → O3 1-h).
        replaced.add(pollutant);
        iaqi[fallbackField as AqiPollutant] = iaqiOf(standard, special.then.indicator, fallback);
      } else {
        iaqi[pollutant] = iaqiOf(standard, special.then.indicator, fallback);
      }
    }
  }
  for (const pollutant of replaced) delete iaqi[pollutant];

  const entries = aqiPollutants.flatMap((pollutant) =>
    iaqi[pollutant] === undefined ? [] : [[pollutant, iaqi[pollutant]] as const],
  );
  const aqi = Math.max(...entries.map(([, value]) => value));
  const level = standard.levels.find(
    (candidate) => aqi >= candidate.aqiMin && (candidate.aqiMax === null || aqi <= candidate.aqiMax),
  );
  if (level === undefined) throw invalid('concentrations', aqi, 'gives an AQI outside every level');
  const exceedanceAbove = standard.exceedanceAbove;
  return {
    aqi,
    level: level.level,
    category: level.category,
    colour: level.colour.hex,
    primaryPollutants:
      aqi > standard.primaryPollutantAbove ? entries.filter(([, value]) => value === aqi).map(([p]) => p) : [],
    exceedingPollutants:
      exceedanceAbove === null ? [] : entries.filter(([, value]) => value > exceedanceAbove).map(([p]) => p),
    iaqi,
    standard: standard.id,
  };
}
