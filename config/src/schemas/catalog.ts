import { z } from 'zod';
import { disclosureAttributes, disclosureCategories, reportingPeriods, reviewLevels } from '../constants';
import { addDuplicateIssues, identifierSchema, localizedTextSchema } from './common';

const dayCount = z.int().min(0).max(366);

/** When an item of a category must be public. A closed union: the calendar implements each kind. */
export const deadlineRuleSchema = z.discriminatedUnion('kind', [
  /** N working days after the day the information is formed or changed (that day not counted). */
  z.strictObject({ kind: z.literal('workingDaysAfterFormation'), days: dayCount }),
  /** N working days after the reported month, quarter or year closes (汇总类信息). */
  z.strictObject({ kind: z.literal('workingDaysAfterPeriodEnd'), period: z.enum(reportingPeriods), days: dayCount }),
  /** N clock hours after formation (authoritative incident information). */
  z.strictObject({
    kind: z.literal('hoursAfterFormation'),
    hours: z
      .int()
      .min(1)
      .max(24 * 31),
  }),
]);
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

/** Review levels in order; the department always reviews first. */
export const reviewLevelListSchema = z
  .array(z.enum(reviewLevels))
  .min(1)
  .refine((levels) => levels[0] === 'department', { message: 'the producing department reviews first' })
  .refine(
    (levels) =>
      levels.every((level, i) => i === 0 || reviewLevels.indexOf(level) > reviewLevels.indexOf(levels[i - 1]!)),
    {
      message: 'review levels must be unique and in the order ' + reviewLevels.join(' → '),
    },
  );

export const categoryVariantSchema = z.strictObject({
  key: identifierSchema,
  name: localizedTextSchema,
  deadlineRule: deadlineRuleSchema.optional(),
  deadlineSource: z.string().min(1).optional(),
  reviewLevels: reviewLevelListSchema.optional(),
});

export const catalogColumnSchema = z.strictObject({ key: identifierSchema, name: localizedTextSchema });

export const catalogEntrySchema = z
  .strictObject({
    key: z.enum(disclosureCategories),
    /** Strapi content-type uid, `api::<key>.<key>`. */
    contentType: z.string().regex(/^api::[a-z0-9-]+\.[a-z0-9-]+$/),
    name: localizedTextSchema,
    /** Key of the 专栏 the category is listed under. */
    column: identifierSchema,
    /** Producing departments (department codes). */
    departments: z.array(identifierSchema).min(1),
    deadlineRule: deadlineRuleSchema,
    /** Where the deadline comes from, for the people who maintain this file. */
    deadlineSource: z.string().min(1),
    reviewLevels: reviewLevelListSchema,
    /**
     * 紧急发布: whether a publisher may release an item of this category after department review alone,
     * the skipped levels reviewing it afterwards (突发环境事件 first releases). Off unless stated.
     */
    emergencyPublication: z.boolean().default(false),
    defaultAttribute: z.enum(disclosureAttributes),
    searchFacets: z.array(z.string().regex(/^[a-z][A-Za-z0-9]*$/)).min(1),
    /** Sub-kinds (EIA stage, incident grade) that may override the deadline and review levels. */
    variants: z.strictObject({ field: identifierSchema, items: z.array(categoryVariantSchema).min(1) }).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.contentType !== `api::${entry.key}.${entry.key}`) {
      ctx.addIssue({
        code: 'custom',
        message: `content type must be api::${entry.key}.${entry.key}`,
        path: ['contentType'],
      });
    }
    addDuplicateIssues(ctx, entry.departments, (i) => ['departments', i], 'department');
    addDuplicateIssues(ctx, entry.searchFacets, (i) => ['searchFacets', i], 'facet');
    addDuplicateIssues(
      ctx,
      entry.variants?.items.map((v) => v.key) ?? [],
      (i) => ['variants', 'items', i, 'key'],
      'variant',
    );
  });

export const catalogFileSchema = z
  .strictObject({
    columns: z.array(catalogColumnSchema).min(1),
    categories: z.array(catalogEntrySchema).min(1),
  })
  .superRefine((file, ctx) => {
    addDuplicateIssues(
      ctx,
      file.columns.map((c) => c.key),
      (i) => ['columns', i, 'key'],
      'column',
    );
    addDuplicateIssues(
      ctx,
      file.categories.map((c) => c.key),
      (i) => ['categories', i, 'key'],
      'category',
    );
  });

export type CatalogVariant = z.infer<typeof categoryVariantSchema>;
export type CatalogColumn = z.infer<typeof catalogColumnSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
