import { z } from 'zod';

/** Placeholders an index-number template may use. */
export const indexNumberPlaceholders = ['organisationCode', 'regionCode', 'year', 'month', 'day', 'serial'] as const;
export type IndexNumberPlaceholder = (typeof indexNumberPlaceholders)[number];

const placeholderPattern = /\{([^{}]*)\}/g;

export const indexNumberFileSchema = z
  .strictObject({
    /** e.g. `{organisationCode}/{year}-{serial}`. */
    template: z.string().min(1),
    /** Serial numbers are zero-padded to this width. */
    serialWidth: z.int().min(1).max(10),
    /** The serial restarts each year or month, or never. */
    serialScope: z.enum(['year', 'month', 'global']),
    source: z.string().min(1),
  })
  .superRefine((scheme, ctx) => {
    const used = [...scheme.template.matchAll(placeholderPattern)].map((m) => m[1] ?? '');
    for (const name of used) {
      if (!(indexNumberPlaceholders as readonly string[]).includes(name)) {
        ctx.addIssue({ code: 'custom', message: `unknown placeholder {${name}}`, path: ['template'] });
      }
    }
    if (!used.includes('serial'))
      ctx.addIssue({ code: 'custom', message: 'the template must contain {serial}', path: ['template'] });
    const scopeNeeds =
      scheme.serialScope === 'month' ? ['year', 'month'] : scheme.serialScope === 'year' ? ['year'] : [];
    for (const name of scopeNeeds) {
      if (!used.includes(name))
        ctx.addIssue({
          code: 'custom',
          message: `a ${scheme.serialScope} serial needs {${name}} to stay unique`,
          path: ['template'],
        });
    }
  });

export type IndexNumberScheme = z.infer<typeof indexNumberFileSchema>;
