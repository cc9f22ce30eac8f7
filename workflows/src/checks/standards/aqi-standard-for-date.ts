import { loadDomainConfig } from '@disclosure-hub/config';
import type { AqiStandard } from '@disclosure-hub/config';
import { WorkflowError } from '../../errors';

/** The AQI standard in force on a measurement date (`YYYY-MM-DD`): each standard's range is inclusive. */
export function aqiStandardForDate(input: { date: string; standards?: readonly AqiStandard[] }): AqiStandard {
  const standards = input.standards ?? loadDomainConfig().aqi.standards;
  const standard = standards.find(
    (candidate) =>
      (candidate.validFrom === null || candidate.validFrom <= input.date) &&
      (candidate.validTo === null || input.date <= candidate.validTo),
  );
  if (standard === undefined) {
    throw new WorkflowError(
      'NO_STANDARD_FOR_DATE',
      `该日期没有适用的空气质量指数标准 / no AQI standard applies on ${input.date}`,
      { details: { field: 'date', value: input.date } },
    );
  }
  return standard;
}
