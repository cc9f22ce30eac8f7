import { loadDomainConfig, surfaceWaterIndicatorKeys, waterbodyTypes, waterClasses } from '@disclosure-hub/config';
import type {
  Gb3838File,
  LocalizedText,
  SurfaceWaterIndicator,
  SurfaceWaterIndicatorKey,
  WaterbodyType,
  WaterClass,
} from '@disclosure-hub/config';
import { WorkflowError } from '../../errors';

export interface ClassifySurfaceWaterInput {
  waterbody: WaterbodyType;
  /** Concentrations in mg/L (pH dimensionless, faecal coliforms per litre); any subset. */
  values: Partial<Record<SurfaceWaterIndicatorKey, number>>;
  /** GB 3838 limits; defaults to the configured ones. */
  standard?: Gb3838File;
}

export interface SurfaceWaterClassification {
  waterClass: WaterClass;
  /** Evaluated indicators at the section's class, largest exceedance of the class III limit first. */
  limitingIndicators: SurfaceWaterIndicatorKey[];
  /** Class of every indicator given, including those evaluated separately (TN, faecal coliforms). */
  indicatorClasses: Partial<Record<SurfaceWaterIndicatorKey, WaterClass>>;
  /** 优 / 良好 / 轻度污染 / 中度污染 / 重度污染. */
  quality: LocalizedText;
}

const worseThanV = waterClasses.length - 1;
const classIII = 2;

function invalid(field: string, value: unknown, why: string): WorkflowError {
  return new WorkflowError('INVALID_MEASUREMENT', `监测数据无效 / invalid measurement: ${field} ${why}`, {
    details: { field, value },
  });
}

/** Index into `waterClasses` of one value; limits are inclusive. */
function classIndex(indicator: SurfaceWaterIndicator, value: number, waterbody: WaterbodyType): number {
  if (indicator.direction === 'range') {
    const [min, max] = indicator.range ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    return value >= min && value <= max ? 0 : worseThanV;
  }
  const limits = (waterbody === 'lake' ? indicator.lakeLimits : undefined) ?? indicator.limits ?? [];
  const index = limits.findIndex((limit) =>
    indicator.direction === 'higherIsBetter' ? value >= limit : value <= limit,
  );
  return index === -1 ? worseThanV : index;
}

/** How many times the class III limit is exceeded, for ordering; only for “lower is better” indicators. */
function exceedance(indicator: SurfaceWaterIndicator, value: number, waterbody: WaterbodyType): number {
  const limits = (waterbody === 'lake' ? indicator.lakeLimits : undefined) ?? indicator.limits;
  const limit = limits?.[classIII];
  if (indicator.direction !== 'lowerIsBetter' || limit === undefined || limit === 0) return Number.NEGATIVE_INFINITY;
  return (value - limit) / limit;
}

/**
 * The GB 3838-2002 class of a section by the single-factor method (环办〔2011〕22号): the worst
 * class among the evaluated indicators. Indicators the data marks as evaluated separately
 * (TN, faecal coliforms) are classed but do not decide the section's class.
 */
export function classifySurfaceWater(input: ClassifySurfaceWaterInput): SurfaceWaterClassification {
  const standard = input.standard ?? loadDomainConfig().gb3838;
  if (!(waterbodyTypes as readonly unknown[]).includes(input.waterbody))
    throw invalid('waterbody', input.waterbody, 'must be river or lake');
  const values = input.values as unknown;
  if (values === null || typeof values !== 'object') throw invalid('values', values, 'are missing');

  const indicatorClasses: Partial<Record<SurfaceWaterIndicatorKey, WaterClass>> = {};
  const evaluated: { indicator: SurfaceWaterIndicator; value: number; index: number }[] = [];
  for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (!(surfaceWaterIndicatorKeys as readonly string[]).includes(key))
      throw invalid(key, value, 'is not a GB 3838 indicator');
    if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(key, value, 'is not a number');
    if (value < 0 || (key === 'ph' && value > 14)) throw invalid(key, value, 'is out of range');
    const indicator = standard.indicators.find((candidate) => candidate.key === key);
    if (indicator === undefined) throw invalid(key, value, 'has no limits in ' + standard.id);
    const index = classIndex(indicator, value, input.waterbody);
    indicatorClasses[indicator.key] = waterClasses[index];
    if (indicator.countsForClass.includes(input.waterbody)) evaluated.push({ indicator, value, index });
  }
  if (evaluated.length === 0) throw invalid('values', values, 'contain no indicator that decides the class');

  const worst = Math.max(...evaluated.map((entry) => entry.index));
  const limiting = evaluated
    .filter((entry) => entry.index === worst)
    .map((entry) => ({
      key: entry.indicator.key,
      exceedance: exceedance(entry.indicator, entry.value, input.waterbody),
    }))
    .sort((a, b) => b.exceedance - a.exceedance);
  const waterClass = waterClasses[worst] ?? '劣V';
  const label = standard.classLabels.find((candidate) => candidate.waterClass === waterClass);
  return {
    waterClass,
    limitingIndicators: limiting.map((entry) => entry.key),
    indicatorClasses,
    quality: label?.quality ?? { zh: waterClass, en: waterClass },
  };
}
