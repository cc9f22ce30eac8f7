import type { ReviewLevel } from './constants';
import type { CatalogEntry, DeadlineRule } from './schemas/catalog';

/** The deadline and review chain that apply to one item of a category. */
export interface CategoryRules {
  deadlineRule: DeadlineRule;
  reviewLevels: readonly ReviewLevel[];
  /** Whether the catalogue allows emergency publication for the category (variants do not change it). */
  emergencyPublication: boolean;
}

/**
 * The rules for an item, with a variant (EIA stage, incident grade) overriding the category's
 * defaults. An unknown variant gets the category defaults, which are the strictest the catalogue
 * states for a category whose sub-kind is not known yet.
 */
export function resolveCategoryRules(entry: CatalogEntry, variant?: string): CategoryRules {
  const item = variant === undefined ? undefined : entry.variants?.items.find((candidate) => candidate.key === variant);
  return {
    deadlineRule: item?.deadlineRule ?? entry.deadlineRule,
    reviewLevels: item?.reviewLevels ?? entry.reviewLevels,
    emergencyPublication: entry.emergencyPublication,
  };
}
