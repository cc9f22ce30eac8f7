import { z } from 'zod';
import { exemptionGrounds } from '../constants';
import { addDuplicateIssues, localizedTextSchema } from './common';

export const exemptionGroundSchema = z.strictObject({
  key: z.enum(exemptionGrounds),
  label: localizedTextSchema,
  /** Article of the 2019 regulation; `null` where the ground comes from the annual-report format only. */
  article: z.int().min(1).max(56).nullable(),
  /** Art 14/15 grounds must be withheld; art 16 grounds may be. */
  discretion: z.enum(['mustWithhold', 'mayWithhold']),
  /** Art 15: disclose anyway with the third party's consent or when withholding would seriously harm the public interest. */
  overridableByPublicInterest: z.boolean(),
  /** Row of the annual report (国办公开办函〔2021〕30号) the ground is counted in. */
  annualReportRow: z.string().min(1),
});

export const exemptionsFileSchema = z
  .strictObject({ grounds: z.array(exemptionGroundSchema), source: z.string().min(1) })
  .superRefine((file, ctx) => {
    const keys = file.grounds.map((g) => g.key);
    addDuplicateIssues(ctx, keys, (i) => ['grounds', i, 'key'], 'ground');
    for (const ground of exemptionGrounds) {
      if (!keys.includes(ground))
        ctx.addIssue({ code: 'custom', message: `ground ${ground} is missing`, path: ['grounds'] });
    }
  });

export type ExemptionGroundEntry = z.infer<typeof exemptionGroundSchema>;
export type ExemptionsFile = z.infer<typeof exemptionsFileSchema>;
