// Columns (专栏) and categories come from the hub's own configuration, so the portal never drifts from it.
import catalog from '../../../config/data/catalog.json';

export interface Column {
  key: string;
  name: { zh: string; en: string };
}

export const columns: Column[] = catalog.columns;

const categoryKeys = new Set<string>(catalog.categories.map((category) => category.key));

export function isCategoryKey(key: string): boolean {
  return categoryKeys.has(key);
}

/** File fields of the types that have them (see frontends/graphql-types/schema.graphql). */
export const mediaFieldsByCategory: Record<string, readonly ('fullTexts' | 'approvalDocuments' | 'attachments')[]> = {
  'eia-project': ['fullTexts', 'approvalDocuments'],
  'policy-document': ['attachments'],
};

/** HJ 633 AQI colours for levels 1–6: green, yellow, orange, red, purple, maroon. */
export const aqiColours = ['#00e400', '#ffff00', '#ff7e00', '#ff0000', '#99004c', '#7e0023'] as const;
