import { z } from 'zod';
import { disclosureCategories } from '../constants';
import { addDuplicateIssues, identifierSchema, localizedTextSchema } from './common';

export const departmentSchema = z.strictObject({
  code: identifierSchema,
  name: localizedTextSchema,
  /** Categories the department produces (谁制作谁公开). */
  categories: z.array(z.enum(disclosureCategories)),
});

export const departmentsFileSchema = z
  .strictObject({ departments: z.array(departmentSchema).min(1) })
  .superRefine((file, ctx) => {
    addDuplicateIssues(
      ctx,
      file.departments.map((d) => d.code),
      (i) => ['departments', i, 'code'],
      'department code',
    );
    file.departments.forEach((d, i) =>
      addDuplicateIssues(ctx, d.categories, (j) => ['departments', i, 'categories', j], 'category'),
    );
  });

export type Department = z.infer<typeof departmentSchema>;
export type DepartmentsFile = z.infer<typeof departmentsFileSchema>;
