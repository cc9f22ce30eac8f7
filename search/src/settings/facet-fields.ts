import type { DomainConfig } from '@disclosure-hub/config';
import { SearchError } from '../search-error';
import type { SearchDocument } from '../documents/search-document';

type FacetField = keyof SearchDocument & string;

/**
 * The search-document field behind each facet key the catalogue may name in `searchFacets`.
 * A closed registry: a facet key no code fills fails at start-up instead of an empty filter.
 */
export const facetFieldsByCatalogKey = {
  category: 'category',
  regionCode: 'regionCodes',
  department: 'department',
  year: 'year',
  month: 'month',
  topic: 'topic',
  aqiLevel: 'aqiLevel',
  primaryPollutants: 'primaryPollutants',
  station: 'station',
  meetsStandard: 'meetsStandard',
  sourceType: 'sourceTypes',
  waterClass: 'waterClass',
  stage: 'eiaStage',
  documentType: 'documentType',
  licenceAction: 'decision',
  activityType: 'activityKinds',
  grade: 'incidentGrade',
  pollutionType: 'pollutionTypes',
  actionType: 'measure',
  industry: 'industry',
  pollutantType: 'pollutantTypes',
} as const satisfies Record<string, FacetField>;

/** Filters the portals need that no catalogue facet names (columns, date ranges, list attributes). */
export const baseFilterableFields = [
  'category',
  'column',
  'department',
  'regionCode',
  'regionCodes',
  'year',
  'dateFormedTs',
  'publishedAtTs',
  'city',
  'controlLevel',
  'listYear',
] as const satisfies readonly FacetField[];

/**
 * Every filterable field: the base fields plus the field of each facet the catalogue names.
 * Throws `CONFIG_INVALID` listing the facet keys that have no field.
 */
export function filterableFields(config: DomainConfig): string[] {
  const unknown: Array<{ category: string; facet: string }> = [];
  const fields = new Set<string>(baseFilterableFields);
  for (const category of config.catalog.categories) {
    for (const facet of category.searchFacets) {
      const field = (facetFieldsByCatalogKey as Record<string, string>)[facet];
      if (field === undefined) unknown.push({ category: category.key, facet });
      else fields.add(field);
    }
  }
  if (unknown.length > 0) {
    throw new SearchError(
      'CONFIG_INVALID',
      `目录中的检索分面没有对应字段 / catalogue search facets without a field: ${unknown
        .map((u) => `${u.category}.${u.facet}`)
        .join(', ')}`,
      { details: { unknown } },
    );
  }
  // Every facet field the document builder fills stays filterable even if no category lists it yet.
  for (const field of Object.values(facetFieldsByCatalogKey)) fields.add(field);
  return [...fields];
}
