import { z } from 'zod';
import { aqiIndicatorKeys, aqiInputFields } from '../constants';
import { addDuplicateIssues, isoDateSchema, localizedTextSchema } from './common';

const indicatorKey = z.enum(aqiIndicatorKeys);

export const aqiIndicatorSchema = z.strictObject({
  key: indicatorKey,
  unit: z.enum(['ug/m3', 'mg/m3']),
  /** Concentration at each IAQI row of the standard; `null` where the table gives none (rows above are not defined). */
  breakpoints: z.array(z.number().min(0).nullable()).min(2),
});

/** What the table's notes say to do when an indicator exceeds its last breakpoint. */
export const aqiSpecialCaseSchema = z.strictObject({
  indicator: indicatorKey,
  above: z.number().positive(),
  then: z.discriminatedUnion('kind', [
    /** Do not compute this indicator; report the pollutant by the IAQI of another indicator. */
    z.strictObject({ kind: z.literal('useIndicator'), indicator: indicatorKey, inputField: z.enum(aqiInputFields) }),
    /** The IAQI is this fixed value. */
    z.strictObject({ kind: z.literal('fixedIaqi'), iaqi: z.int().min(0) }),
  ]),
  source: z.string().min(1),
});

export const aqiLevelSchema = z.strictObject({
  level: z.int().min(1),
  grade: localizedTextSchema,
  category: localizedTextSchema,
  colour: z.strictObject({
    name: localizedTextSchema,
    hex: z.string().regex(/^#[0-9A-F]{6}$/),
    rgb: z.tuple([z.int().min(0).max(255), z.int().min(0).max(255), z.int().min(0).max(255)]),
    cmyk: z.tuple([z.int().min(0).max(100), z.int().min(0).max(100), z.int().min(0).max(100), z.int().min(0).max(100)]),
  }),
  aqiMin: z.int().min(0),
  /** `null` for the open top level (>300). */
  aqiMax: z.int().min(0).nullable(),
  healthEffect: localizedTextSchema,
  advice: localizedTextSchema,
});

const reportIndicatorsSchema = z.partialRecord(z.enum(aqiInputFields), indicatorKey);

export const aqiStandardSchema = z
  .strictObject({
    id: z.string().min(1),
    name: localizedTextSchema,
    source: z.string().min(1),
    /** First day of data the standard applies to; `null` = since ever. */
    validFrom: isoDateSchema.nullable(),
    /** Last day of data the standard applies to; `null` = still in force. */
    validTo: isoDateSchema.nullable(),
    /** IAQI value of each breakpoint row. */
    iaqi: z.array(z.int().min(0)).min(2),
    /** IAQI reported when a concentration exceeds the top of the table (“>500”). */
    aboveTopIaqi: z.int().min(0),
    indicators: z.array(aqiIndicatorSchema).min(1),
    /** Which indicator each input field is evaluated against, per report kind (日报 / 实时报). */
    reportIndicators: z.strictObject({ daily: reportIndicatorsSchema, hourly: reportIndicatorsSchema }),
    specialCases: z.array(aqiSpecialCaseSchema),
    /** How concentrations are rounded before the lookup; `null` = use them as given. */
    concentrationRounding: z
      .strictObject({
        method: z.enum(['halfUp', 'halfEven']),
        ugm3Decimals: z.int().min(0).max(3),
        mgm3Decimals: z.int().min(0).max(3),
      })
      .nullable(),
    /** A primary pollutant is named only when the AQI is above this value. */
    primaryPollutantAbove: z.int().min(0),
    /** Pollutants with an IAQI above this value are 超标污染物; `null` when the standard has no such notion. */
    exceedanceAbove: z.int().min(0).nullable(),
    levels: z.array(aqiLevelSchema).min(1),
  })
  .superRefine((standard, ctx) => {
    standard.iaqi.forEach((value, i) => {
      if (i === 0 ? value !== 0 : value <= standard.iaqi[i - 1]!)
        ctx.addIssue({ code: 'custom', message: 'IAQI rows must start at 0 and increase', path: ['iaqi', i] });
    });
    if (standard.validFrom !== null && standard.validTo !== null && standard.validFrom > standard.validTo) {
      ctx.addIssue({ code: 'custom', message: 'validTo is before validFrom', path: ['validTo'] });
    }
    addDuplicateIssues(
      ctx,
      standard.indicators.map((i) => i.key),
      (i) => ['indicators', i, 'key'],
      'indicator',
    );
    addDuplicateIssues(
      ctx,
      standard.specialCases.map((s) => s.indicator),
      (i) => ['specialCases', i, 'indicator'],
      'special case',
    );
    const defined = new Set(standard.indicators.map((i) => i.key));
    standard.indicators.forEach((indicator, i) => {
      const path = ['indicators', i, 'breakpoints'];
      if (indicator.breakpoints.length !== standard.iaqi.length) {
        ctx.addIssue({
          code: 'custom',
          message: `expected ${standard.iaqi.length} breakpoints, one per IAQI row`,
          path,
        });
        return;
      }
      const firstNull = indicator.breakpoints.indexOf(null);
      const values = firstNull === -1 ? indicator.breakpoints : indicator.breakpoints.slice(0, firstNull);
      if (values.length < 2 || indicator.breakpoints.slice(values.length).some((v) => v !== null)) {
        ctx.addIssue({ code: 'custom', message: 'undefined (null) breakpoints may only close the row', path });
      }
      values.forEach((value, j) => {
        if (j === 0 ? value !== 0 : value! <= values[j - 1]!)
          ctx.addIssue({ code: 'custom', message: 'breakpoints must start at 0 and increase', path: [...path, j] });
      });
      const cutShort = values.length < standard.iaqi.length;
      const special = standard.specialCases.find((s) => s.indicator === indicator.key);
      if (cutShort && (special === undefined || special.above !== values[values.length - 1])) {
        ctx.addIssue({
          code: 'custom',
          message: `${indicator.key} ends below the top row, so a special case must say what happens above ${String(values[values.length - 1])}`,
          path,
        });
      }
    });
    standard.specialCases.forEach((special, i) => {
      if (!defined.has(special.indicator))
        ctx.addIssue({
          code: 'custom',
          message: `unknown indicator ${special.indicator}`,
          path: ['specialCases', i, 'indicator'],
        });
      if (special.then.kind === 'useIndicator' && !defined.has(special.then.indicator)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown indicator ${special.then.indicator}`,
          path: ['specialCases', i, 'then', 'indicator'],
        });
      }
    });
    for (const kind of ['daily', 'hourly'] as const) {
      const mapping = standard.reportIndicators[kind];
      for (const field of ['pm25', 'pm10', 'so2', 'no2', 'co'] as const) {
        if (mapping[field] === undefined)
          ctx.addIssue({ code: 'custom', message: `${field} must be mapped`, path: ['reportIndicators', kind] });
      }
      if (mapping.o3_8h === undefined && mapping.o3_1h === undefined)
        ctx.addIssue({
          code: 'custom',
          message: 'an ozone indicator must be mapped',
          path: ['reportIndicators', kind],
        });
      for (const [field, indicator] of Object.entries(mapping)) {
        if (indicator !== undefined && !defined.has(indicator))
          ctx.addIssue({
            code: 'custom',
            message: `unknown indicator ${indicator}`,
            path: ['reportIndicators', kind, field],
          });
      }
    }
    standard.levels.forEach((level, i) => {
      const previous = standard.levels[i - 1];
      const last = i === standard.levels.length - 1;
      if (level.level !== i + 1)
        ctx.addIssue({ code: 'custom', message: `expected level ${i + 1}`, path: ['levels', i, 'level'] });
      if (level.aqiMin !== (previous === undefined ? 0 : (previous.aqiMax ?? Number.NaN) + 1)) {
        ctx.addIssue({
          code: 'custom',
          message: 'levels must cover the AQI range without gaps or overlaps',
          path: ['levels', i, 'aqiMin'],
        });
      }
      if ((level.aqiMax === null) !== last || (level.aqiMax !== null && level.aqiMax < level.aqiMin)) {
        ctx.addIssue({ code: 'custom', message: 'only the last level is open-ended', path: ['levels', i, 'aqiMax'] });
      }
    });
  });

export const aqiFileSchema = z.strictObject({ standards: z.array(aqiStandardSchema).min(1) });

export type AqiIndicator = z.infer<typeof aqiIndicatorSchema>;
export type AqiSpecialCase = z.infer<typeof aqiSpecialCaseSchema>;
export type AqiLevel = z.infer<typeof aqiLevelSchema>;
export type AqiStandard = z.infer<typeof aqiStandardSchema>;
export type AqiFile = z.infer<typeof aqiFileSchema>;
