import { z } from 'zod';
import { surfaceWaterIndicatorKeys, waterbodyTypes, waterClasses } from '../constants';
import { addDuplicateIssues, localizedTextSchema } from './common';

const classLimits = z.tuple([
  z.number().min(0),
  z.number().min(0),
  z.number().min(0),
  z.number().min(0),
  z.number().min(0),
]);

export const surfaceWaterIndicatorSchema = z
  .strictObject({
    key: z.enum(surfaceWaterIndicatorKeys),
    name: localizedTextSchema,
    unit: z.string().min(1),
    /** `higherIsBetter` (DO: limit is a minimum), `lowerIsBetter` (limit is a maximum), `range` (pH: same range for every class). */
    direction: z.enum(['lowerIsBetter', 'higherIsBetter', 'range']),
    /** Limits of classes I–V, inclusive. */
    limits: classLimits.optional(),
    /** Lake and reservoir limits where they differ (total phosphorus). */
    lakeLimits: classLimits.optional(),
    /** Inclusive [min, max] for `range` indicators. */
    range: z.tuple([z.number(), z.number()]).optional(),
    /** Waterbodies whose class this indicator decides; empty = evaluated separately (TN, faecal coliforms). */
    countsForClass: z.array(z.enum(waterbodyTypes)),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.direction === 'range') {
      if (indicator.range === undefined || indicator.limits !== undefined || indicator.lakeLimits !== undefined) {
        ctx.addIssue({ code: 'custom', message: 'a range indicator has a range and no class limits', path: ['range'] });
      } else if (indicator.range[0] > indicator.range[1]) {
        ctx.addIssue({ code: 'custom', message: 'range minimum above maximum', path: ['range'] });
      }
      return;
    }
    if (indicator.limits === undefined || indicator.range !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'class limits are required (and no range)', path: ['limits'] });
      return;
    }
    for (const field of ['limits', 'lakeLimits'] as const) {
      const limits = indicator[field];
      limits?.forEach((limit, i) => {
        const previous = limits[i - 1];
        const ordered =
          previous === undefined || (indicator.direction === 'lowerIsBetter' ? limit >= previous : limit <= previous);
        if (!ordered)
          ctx.addIssue({ code: 'custom', message: 'limits must get looser from class I to V', path: [field, i] });
      });
    }
    addDuplicateIssues(ctx, indicator.countsForClass, (i) => ['countsForClass', i], 'waterbody');
  });

export const waterClassLabelSchema = z.strictObject({
  waterClass: z.enum(waterClasses),
  name: localizedTextSchema,
  /** Qualitative description (优 / 良好 / 轻度污染 …). */
  quality: localizedTextSchema,
  colour: z.string().min(1),
});

export const gb3838FileSchema = z
  .strictObject({
    id: z.string().min(1),
    name: localizedTextSchema,
    source: z.string().min(1),
    classLabels: z.array(waterClassLabelSchema),
    indicators: z.array(surfaceWaterIndicatorSchema).min(1),
  })
  .superRefine((file, ctx) => {
    addDuplicateIssues(
      ctx,
      file.indicators.map((i) => i.key),
      (i) => ['indicators', i, 'key'],
      'indicator',
    );
    addDuplicateIssues(
      ctx,
      file.classLabels.map((l) => l.waterClass),
      (i) => ['classLabels', i, 'waterClass'],
      'class',
    );
    const labelled = new Set(file.classLabels.map((l) => l.waterClass));
    for (const waterClass of waterClasses) {
      if (!labelled.has(waterClass))
        ctx.addIssue({ code: 'custom', message: `class ${waterClass} has no label`, path: ['classLabels'] });
    }
  });

export type SurfaceWaterIndicator = z.infer<typeof surfaceWaterIndicatorSchema>;
export type WaterClassLabel = z.infer<typeof waterClassLabelSchema>;
export type Gb3838File = z.infer<typeof gb3838FileSchema>;
