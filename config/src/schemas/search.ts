import { z } from 'zod';
import { addDuplicateIssues } from './common';

export const searchFileSchema = z
  .strictObject({
    /** Each group lists terms that mean the same; every term finds the others. */
    synonymGroups: z.array(z.array(z.string().trim().min(1)).min(2)),
    /** Index limits; public result pages never need more than `maxTotalHits` hits. */
    index: z
      .strictObject({
        /** Values returned per facet (the longest list is station or city names). */
        maxValuesPerFacet: z.int().min(1).max(10_000),
        /** Hits reachable by paging; Meilisearch's default of 1,000 is too low for a year of daily reports. */
        maxTotalHits: z.int().min(1).max(1_000_000),
      })
      .default({ maxValuesPerFacet: 200, maxTotalHits: 10_000 }),
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
