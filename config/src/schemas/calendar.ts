import { z } from 'zod';
import { addDuplicateIssues, isoDateSchema, isoDayOfWeek, localizedTextSchema, regionCodeSchema } from './common';

const isWeekend = (date: string): boolean => [0, 6].includes(isoDayOfWeek(date));

/** Dates of a notice may spill into the neighbouring month of the adjacent year (e.g. a 元旦 make-up day in late December). */
function isNearYear(date: string, year: number): boolean {
  return date >= `${year - 1}-12-01` && date <= `${year + 1}-01-31`;
}

export const holidaySchema = z
  .strictObject({
    name: localizedTextSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    /** Weekend days worked to bridge this holiday (调休上班). */
    makeUpWorkdays: z.array(isoDateSchema),
  })
  .superRefine((holiday, ctx) => {
    if (holiday.from > holiday.to)
      ctx.addIssue({ code: 'custom', message: 'holiday ends before it starts', path: ['to'] });
    holiday.makeUpWorkdays.forEach((day, i) => {
      if (!isWeekend(day))
        ctx.addIssue({ code: 'custom', message: `${day} is not a Saturday or Sunday`, path: ['makeUpWorkdays', i] });
      if (day >= holiday.from && day <= holiday.to)
        ctx.addIssue({ code: 'custom', message: `${day} lies inside the holiday`, path: ['makeUpWorkdays', i] });
    });
  });

export const calendarYearSchema = z
  .strictObject({
    year: z.int().min(1990).max(2200),
    /** The State Council notice the dates come from. */
    source: z.string().min(1),
    holidays: z.array(holidaySchema),
  })
  .superRefine((entry, ctx) => {
    entry.holidays.forEach((holiday, i) => {
      for (const field of ['from', 'to'] as const) {
        if (!isNearYear(holiday[field], entry.year)) {
          ctx.addIssue({
            code: 'custom',
            message: `${holiday[field]} is outside ${entry.year}`,
            path: ['holidays', i, field],
          });
        }
      }
      holiday.makeUpWorkdays.forEach((day, j) => {
        if (!isNearYear(day, entry.year))
          ctx.addIssue({
            code: 'custom',
            message: `${day} is outside ${entry.year}`,
            path: ['holidays', i, 'makeUpWorkdays', j],
          });
      });
    });
  });

/** Local days off (e.g. ethnic-minority holidays, 放假办法 art 4) and local make-up days for one region and year. */
export const regionOverrideSchema = z
  .strictObject({
    regionCode: regionCodeSchema,
    name: localizedTextSchema,
    year: z.int().min(1990).max(2200),
    source: z.string().min(1),
    holidays: z.array(z.strictObject({ name: localizedTextSchema, from: isoDateSchema, to: isoDateSchema })),
    workdays: z.array(isoDateSchema),
  })
  .superRefine((override, ctx) => {
    override.holidays.forEach((holiday, i) => {
      if (holiday.from > holiday.to)
        ctx.addIssue({ code: 'custom', message: 'holiday ends before it starts', path: ['holidays', i, 'to'] });
    });
    addDuplicateIssues(ctx, override.workdays, (i) => ['workdays', i], 'workday');
  });

export const calendarFileSchema = z.strictObject({
  /** Working days are counted on dates in this zone; the product is built for mainland China. */
  timeZone: z.literal('Asia/Shanghai'),
  years: z.array(calendarYearSchema),
  regionOverrides: z.array(regionOverrideSchema),
});

export type Holiday = z.infer<typeof holidaySchema>;
export type CalendarYear = z.infer<typeof calendarYearSchema>;
export type RegionCalendarOverride = z.infer<typeof regionOverrideSchema>;
export type CalendarFile = z.infer<typeof calendarFileSchema>;
