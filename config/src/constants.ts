/**
 * Closed lists the rest of the product shares. They are code, not data, because other code
 * (content types, state machines, scanners) is written against each member; the data files
 * may only refer to these values, and an unknown value fails at start-up.
 */

/** 公开属性: 主动公开 / 依申请公开 / 不予公开. */
export const disclosureAttributes = ['proactive', 'onRequest', 'withheld'] as const;
export type DisclosureAttribute = (typeof disclosureAttributes)[number];

/** Grounds for not disclosing (条例 arts 14–16, the eight reasons of the annual-report format). */
export const exemptionGrounds = [
  'stateSecret',
  'prohibitedByLaw',
  'threeSecurityOneStability',
  'thirdPartyRights',
  'internalAffairs',
  'processInformation',
  'enforcementCaseFile',
  'administrativeQuery',
] as const;
export type ExemptionGround = (typeof exemptionGrounds)[number];

/**
 * Review levels of 分级审核, in the order they run. Confidentiality review (保密审查) is not a level:
 * every item passes it after the last level.
 */
export const reviewLevels = ['department', 'leader'] as const;
export type ReviewLevel = (typeof reviewLevels)[number];

/** Roles a person can hold in a department. `publisher` releases approved items (谁公开谁负责). */
export const departmentRoles = ['editor', 'reviewer', 'confidentialityReviewer', 'leader', 'publisher'] as const;
export type DepartmentRole = (typeof departmentRoles)[number];

/** Disclosure categories; each key is also the singular name of its Strapi content type. */
export const disclosureCategories = [
  'air-quality-daily',
  'air-quality-forecast',
  'drinking-water-source-report',
  'surface-water-report',
  'eia-project',
  'radiation-monitoring',
  'radiation-licence',
  'environmental-incident',
  'complaint-report',
  'enforcement-action',
  'key-polluter',
  'policy-document',
] as const;
export type DisclosureCategory = (typeof disclosureCategories)[number];

/** Kinds of deadline rule a catalogue entry may use; the workflows calendar implements each. */
export const deadlineRuleKinds = [
  'workingDaysAfterFormation',
  'workingDaysAfterPeriodEnd',
  'hoursAfterFormation',
] as const;
export type DeadlineRuleKind = (typeof deadlineRuleKinds)[number];

export const reportingPeriods = ['month', 'quarter', 'year'] as const;
export type ReportingPeriod = (typeof reportingPeriods)[number];

/** AQI indicators: a pollutant with its averaging period, as the breakpoint tables name them. */
export const aqiIndicatorKeys = [
  'so2_24h',
  'so2_1h',
  'no2_24h',
  'no2_1h',
  'pm10_24h',
  'co_24h',
  'co_1h',
  'o3_1h',
  'o3_8h',
  'pm25_24h',
] as const;
export type AqiIndicatorKey = (typeof aqiIndicatorKeys)[number];

/** Fields of a measurement record that feed the AQI (µg/m³; CO in mg/m³). */
export const aqiInputFields = ['pm25', 'pm10', 'so2', 'no2', 'co', 'o3_8h', 'o3_1h', 'so2_24h'] as const;
export type AqiInputField = (typeof aqiInputFields)[number];

export const aqiReportKinds = ['daily', 'hourly'] as const;
export type AqiReportKind = (typeof aqiReportKinds)[number];

/** GB 3838-2002 Table 1 indicators (water temperature excluded: it has no class limits). */
export const surfaceWaterIndicatorKeys = [
  'ph',
  'do',
  'codMn',
  'cod',
  'bod5',
  'nh3n',
  'tp',
  'tn',
  'cu',
  'zn',
  'f',
  'se',
  'as',
  'hg',
  'cd',
  'cr6',
  'pb',
  'cn',
  'phenol',
  'oil',
  'las',
  's',
  'fecalColiform',
] as const;
export type SurfaceWaterIndicatorKey = (typeof surfaceWaterIndicatorKeys)[number];

export const waterbodyTypes = ['river', 'lake'] as const;
export type WaterbodyType = (typeof waterbodyTypes)[number];

/** Surface-water classes, best first; 劣V is worse than every limit of class V. */
export const waterClasses = ['I', 'II', 'III', 'IV', 'V', '劣V'] as const;
export type WaterClass = (typeof waterClasses)[number];
