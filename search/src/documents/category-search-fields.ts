import type { DisclosureCategory } from '@disclosure-hub/config';
import type { PublishedDisclosure } from './disclosure-input';
import { markdownToPlainText } from './markdown-to-plain-text';
import type { SearchFacetFields } from './search-document';

/** What one category adds to its search document besides the common fields. */
export interface CategorySearchFields {
  /** Text fields in reading order; blanks are dropped later. */
  text: string[];
  facets: SearchFacetFields;
}

type Extractor = (document: PublishedDisclosure) => CategorySearchFields;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const optionalText = (value: unknown): string | undefined => text(value) || undefined;
const integer = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) ? value : undefined;
const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    : [];
const strings = (value: unknown): string[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  const list = [...new Set(value.filter((item): item is string => typeof item === 'string' && item !== ''))];
  return list.length > 0 ? list : undefined;
};
const monthOf = (value: unknown): string | undefined => {
  const period = text(value);
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(period) ? period : undefined;
};

/**
 * One extractor per catalogue category: a closed registry, so a new category without search
 * fields fails to compile instead of being indexed with its title only.
 */
export const categorySearchFields: Record<DisclosureCategory, Extractor> = {
  'air-quality-daily': (d) => ({
    text: [text(d.city)],
    facets: { aqiLevel: integer(d.level), primaryPollutants: strings(d.primaryPollutants), city: optionalText(d.city) },
  }),
  'air-quality-forecast': (d) => {
    const min = integer(d.levelMin);
    const max = integer(d.levelMax) ?? min;
    const levels = min === undefined || max === undefined ? [] : range(min, max);
    return {
      text: [text(d.city)],
      facets: {
        aqiLevel: levels.length > 0 ? levels : undefined,
        primaryPollutants: strings([d.primaryPollutant]),
        city: optionalText(d.city),
      },
    };
  },
  'drinking-water-source-report': (d) => {
    const sources = records(d.sources);
    const sourceCount = integer(d.sourceCount) ?? sources.length;
    const compliant = integer(d.compliantSourceCount) ?? sources.filter((s) => s.compliant === true).length;
    return {
      text: [text(d.city), ...sources.map((s) => text(s.name))],
      facets: {
        month: monthOf(d.month),
        city: optionalText(d.city),
        sourceTypes: strings(sources.map((s) => s.sourceType)),
        meetsStandard: sourceCount > 0 ? compliant === sourceCount : undefined,
      },
    };
  },
  'surface-water-report': (d) => ({
    text: [text(d.waterbodyName), text(d.sectionName), text(d.sectionCode)],
    facets: { waterClass: optionalText(d.waterClass), month: monthOf(d.period) },
  }),
  'eia-project': (d) => ({
    text: [
      text(d.projectName),
      text(d.builderName),
      text(d.builderCreditCode),
      text(d.location),
      ...records(d.stages).flatMap((s) => [text(s.documentNumber), text(s.note)]),
    ],
    facets: { eiaStage: optionalText(d.currentStage), documentType: optionalText(d.documentType) },
  }),
  'radiation-monitoring': (d) => ({
    text: [text(d.station), text(d.stationCode), text(d.conclusion)],
    facets: { station: optionalText(d.station) },
  }),
  'radiation-licence': (d) => ({
    text: [text(d.holderName), text(d.holderCreditCode), text(d.certificateNumber), text(d.scope)],
    facets: { decision: optionalText(d.decision), activityKinds: strings(d.activityKinds) },
  }),
  'environmental-incident': (d) => ({
    text: [text(d.place), ...records(d.releases).map((r) => text(r.content)), text(d.investigationResult)],
    facets: { incidentGrade: optionalText(d.grade) },
  }),
  'complaint-report': (d) => ({
    text: records(d.cases).flatMap((c) => [text(c.reportedEntity), text(c.locality), text(c.problem), text(c.result)]),
    facets: {
      month: monthOf(d.period),
      pollutionTypes: strings(
        Object.entries(isRecord(d.totalsByPollutionType) ? d.totalsByPollutionType : {})
          .filter(([, count]) => typeof count === 'number' && count > 0)
          .map(([type]) => type),
      ),
    },
  }),
  'enforcement-action': (d) => ({
    text: [
      text(d.caseNumber),
      text(d.entityName),
      text(d.entityCreditCode),
      text(d.violation),
      text(d.legalBasis),
      text(d.rectification),
    ],
    facets: { measure: optionalText(d.measure) },
  }),
  'key-polluter': (d) => ({
    text: [text(d.entityName), text(d.entityCreditCode), text(d.industry)],
    facets: {
      controlLevel: optionalText(d.controlLevel),
      listYear: integer(d.listYear),
      industry: optionalText(d.industry),
      pollutantTypes: strings(d.pollutantTypes),
    },
  }),
  'policy-document': (d) => ({
    text: [markdownToPlainText(text(d.body))],
    facets: { documentType: optionalText(d.documentKind) },
  }),
};

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += 1) values.push(value);
  return values;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
