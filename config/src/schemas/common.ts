import { z } from 'zod';
import { regionCodePattern } from '../region-code';

/** User-facing text: Chinese first, English beside it. */
export const localizedTextSchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Day of the week of a `YYYY-MM-DD` date, 0 = Sunday. */
export function isoDayOfWeek(value: string): number {
  return new Date(`${value}T00:00:00Z`).getUTCDay();
}

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'expected a real date written YYYY-MM-DD' });

export const identifierSchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, { message: 'expected a camelCase identifier' });

export const regionCodeSchema = z.string().regex(regionCodePattern, { message: 'expected a 6-digit GB/T 2260 code' });

/** Adds an issue for every value that occurs more than once in `values`. */
export function addDuplicateIssues(
  ctx: z.RefinementCtx,
  values: readonly unknown[],
  pathOf: (index: number) => (string | number)[],
  what: string,
): void {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      ctx.addIssue({ code: 'custom', message: `duplicate ${what}: ${String(value)}`, path: pathOf(index) });
    }
    seen.add(value);
  });
}
