import { z } from 'zod';
import { addDuplicateIssues } from './common';

export const searchFileSchema = z
  .strictObject({
    /** Each group lists terms that mean the same; every term finds the others. */
    synonymGroups: z.array(z.array(z.string().trim().min(1)).min(2)),
  })
  .superRefine((file, ctx) => {
    file.synonymGroups.forEach((group, i) =>
      addDuplicateIssues(
        ctx,
        group.map((term) => term.toLowerCase()),
        (j) => ['synonymGroups', i, j],
        'term',
      ),
    );
  });

export type SearchFile = z.infer<typeof searchFileSchema>;
