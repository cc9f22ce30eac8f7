// Generated from the Disclosure Hub GraphQL schema by `npm run graphql:types`. Do not edit.

export interface AirQualityDaily {
  aqi: number | null;
  category: string | null;
  city: string;
  co: number;
  createdAt: string | null;
  date: string;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  iaqi: unknown | null;
  level: number | null;
  locale: string | null;
  localizations: Array<AirQualityDaily | null>;
  localizations_connection: AirQualityDailyRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  no2: number;
  o3Max1h: number | null;
  o3Max8h: number | null;
  pm10: number;
  pm25: number;
  primaryPollutants: unknown | null;
  publishedAt: string | null;
  so2: number;
  standard: string | null;
  title: string;
  updatedAt: string | null;
}

export interface AirQualityDailyEntityResponseCollection {
  nodes: Array<AirQualityDaily>;
  pageInfo: Pagination;
}

export interface AirQualityDailyFiltersInput {
  and?: Array<AirQualityDailyFiltersInput | null> | null;
  aqi?: IntFilterInput | null;
  category?: StringFilterInput | null;
  city?: StringFilterInput | null;
  co?: FloatFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  date?: DateFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  iaqi?: JSONFilterInput | null;
  level?: IntFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: AirQualityDailyFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  no2?: FloatFilterInput | null;
  not?: AirQualityDailyFiltersInput | null;
  o3Max1h?: FloatFilterInput | null;
  o3Max8h?: FloatFilterInput | null;
  or?: Array<AirQualityDailyFiltersInput | null> | null;
  pm10?: FloatFilterInput | null;
  pm25?: FloatFilterInput | null;
  primaryPollutants?: JSONFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  so2?: FloatFilterInput | null;
  standard?: StringFilterInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface AirQualityDailyInput {
  aqi?: number | null;
  category?: string | null;
  city?: string | null;
  co?: number | null;
  date?: string | null;
  description?: ComponentDisclosureDescriptionInput | null;
  iaqi?: unknown | null;
  level?: number | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  no2?: number | null;
  o3Max1h?: number | null;
  o3Max8h?: number | null;
  pm10?: number | null;
  pm25?: number | null;
  primaryPollutants?: unknown | null;
  publishedAt?: string | null;
  so2?: number | null;
  standard?: string | null;
  title?: string | null;
}

export interface AirQualityDailyRelationResponseCollection {
  nodes: Array<AirQualityDaily>;
}

export interface AirQualityForecast {
  aqiMax: number;
  aqiMin: number;
  city: string;
  createdAt: string | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  levelMax: number | null;
  levelMin: number | null;
  locale: string | null;
  localizations: Array<AirQualityForecast | null>;
  localizations_connection: AirQualityForecastRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  primaryPollutant: ENUM_AIRQUALITYFORECAST_PRIMARYPOLLUTANT | null;
  publishedAt: string | null;
  targetDate: string;
  title: string;
  updatedAt: string | null;
}

export interface AirQualityForecastEntityResponseCollection {
  nodes: Array<AirQualityForecast>;
  pageInfo: Pagination;
}

export interface AirQualityForecastFiltersInput {
  and?: Array<AirQualityForecastFiltersInput | null> | null;
  aqiMax?: IntFilterInput | null;
  aqiMin?: IntFilterInput | null;
  city?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  levelMax?: IntFilterInput | null;
  levelMin?: IntFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: AirQualityForecastFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: AirQualityForecastFiltersInput | null;
  or?: Array<AirQualityForecastFiltersInput | null> | null;
  primaryPollutant?: StringFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  targetDate?: DateFilterInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface AirQualityForecastInput {
  aqiMax?: number | null;
  aqiMin?: number | null;
  city?: string | null;
  description?: ComponentDisclosureDescriptionInput | null;
  levelMax?: number | null;
  levelMin?: number | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  primaryPollutant?: ENUM_AIRQUALITYFORECAST_PRIMARYPOLLUTANT | null;
  publishedAt?: string | null;
  targetDate?: string | null;
  title?: string | null;
}

export interface AirQualityForecastRelationResponseCollection {
  nodes: Array<AirQualityForecast>;
}

export interface BooleanFilterInput {
  and?: Array<boolean | null> | null;
  between?: Array<boolean | null> | null;
  contains?: boolean | null;
  containsi?: boolean | null;
  endsWith?: boolean | null;
  eq?: boolean | null;
  eqi?: boolean | null;
  gt?: boolean | null;
  gte?: boolean | null;
  in?: Array<boolean | null> | null;
  lt?: boolean | null;
  lte?: boolean | null;
  ne?: boolean | null;
  nei?: boolean | null;
  not?: BooleanFilterInput | null;
  notContains?: boolean | null;
  notContainsi?: boolean | null;
  notIn?: Array<boolean | null> | null;
  notNull?: boolean | null;
  null?: boolean | null;
  or?: Array<boolean | null> | null;
  startsWith?: boolean | null;
}

export interface ComplaintReport {
  cases: Array<ComponentComplaintCase | null> | null;
  createdAt: string | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  locale: string | null;
  localizations: Array<ComplaintReport | null>;
  localizations_connection: ComplaintReportRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  period: string;
  publishedAt: string | null;
  title: string;
  totalCases: number | null;
  totalsByChannel: unknown | null;
  totalsByPollutionType: unknown | null;
  updatedAt: string | null;
}

export interface ComplaintReportEntityResponseCollection {
  nodes: Array<ComplaintReport>;
  pageInfo: Pagination;
}

export interface ComplaintReportFiltersInput {
  and?: Array<ComplaintReportFiltersInput | null> | null;
  cases?: ComponentComplaintCaseFiltersInput | null;
  createdAt?: DateTimeFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: ComplaintReportFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: ComplaintReportFiltersInput | null;
  or?: Array<ComplaintReportFiltersInput | null> | null;
  period?: StringFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  title?: StringFilterInput | null;
  totalCases?: IntFilterInput | null;
  totalsByChannel?: JSONFilterInput | null;
  totalsByPollutionType?: JSONFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface ComplaintReportInput {
  cases?: Array<ComponentComplaintCaseInput | null> | null;
  description?: ComponentDisclosureDescriptionInput | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  period?: string | null;
  publishedAt?: string | null;
  title?: string | null;
  totalCases?: number | null;
  totalsByChannel?: unknown | null;
  totalsByPollutionType?: unknown | null;
}

export interface ComplaintReportRelationResponseCollection {
  nodes: Array<ComplaintReport>;
}

export interface ComponentComplaintCase {
  closedOn: string | null;
  id: string;
  locality: string | null;
  problem: string;
  reportedEntity: string;
  result: string | null;
}

export interface ComponentComplaintCaseFiltersInput {
  and?: Array<ComponentComplaintCaseFiltersInput | null> | null;
  closedOn?: DateFilterInput | null;
  locality?: StringFilterInput | null;
  not?: ComponentComplaintCaseFiltersInput | null;
  or?: Array<ComponentComplaintCaseFiltersInput | null> | null;
  problem?: StringFilterInput | null;
  reportedEntity?: StringFilterInput | null;
  result?: StringFilterInput | null;
}

export interface ComponentComplaintCaseInput {
  closedOn?: string | null;
  id?: string | null;
  locality?: string | null;
  problem?: string | null;
  reportedEntity?: string | null;
  result?: string | null;
}

export interface ComponentDisclosureDescription {
  id: string;
  publishingOrganisation: string | null;
  summary: string | null;
  topic: string | null;
}

export interface ComponentDisclosureDescriptionFiltersInput {
  and?: Array<ComponentDisclosureDescriptionFiltersInput | null> | null;
  not?: ComponentDisclosureDescriptionFiltersInput | null;
  or?: Array<ComponentDisclosureDescriptionFiltersInput | null> | null;
  publishingOrganisation?: StringFilterInput | null;
  summary?: StringFilterInput | null;
  topic?: StringFilterInput | null;
}

export interface ComponentDisclosureDescriptionInput {
  id?: string | null;
  publishingOrganisation?: string | null;
  summary?: string | null;
  topic?: string | null;
}

export interface ComponentDisclosureMetadata {
  attribute: ENUM_COMPONENTDISCLOSUREMETADATA_ATTRIBUTE;
  dateFormed: string;
  department: Department | null;
  documentNumber: string | null;
  exemptionBasis: ENUM_COMPONENTDISCLOSUREMETADATA_EXEMPTIONBASIS | null;
  id: string;
  indexNumber: string | null;
  regionCode: string;
}

export interface ComponentDisclosureMetadataFiltersInput {
  and?: Array<ComponentDisclosureMetadataFiltersInput | null> | null;
  attribute?: StringFilterInput | null;
  dateFormed?: DateFilterInput | null;
  department?: DepartmentFiltersInput | null;
  documentNumber?: StringFilterInput | null;
  exemptionBasis?: StringFilterInput | null;
  indexNumber?: StringFilterInput | null;
  not?: ComponentDisclosureMetadataFiltersInput | null;
  or?: Array<ComponentDisclosureMetadataFiltersInput | null> | null;
  regionCode?: StringFilterInput | null;
}

export interface ComponentDisclosureMetadataInput {
  attribute?: ENUM_COMPONENTDISCLOSUREMETADATA_ATTRIBUTE | null;
  dateFormed?: string | null;
  department?: string | null;
  documentNumber?: string | null;
  exemptionBasis?: ENUM_COMPONENTDISCLOSUREMETADATA_EXEMPTIONBASIS | null;
  id?: string | null;
  indexNumber?: string | null;
  regionCode?: string | null;
}

export interface ComponentEiaStage {
  commentPeriodEnd: string | null;
  commentPeriodStart: string | null;
  date: string;
  documentNumber: string | null;
  id: string;
  note: string | null;
  stage: ENUM_COMPONENTEIASTAGE_STAGE;
}

export interface ComponentEiaStageFiltersInput {
  and?: Array<ComponentEiaStageFiltersInput | null> | null;
  commentPeriodEnd?: DateFilterInput | null;
  commentPeriodStart?: DateFilterInput | null;
  date?: DateFilterInput | null;
  documentNumber?: StringFilterInput | null;
  not?: ComponentEiaStageFiltersInput | null;
  note?: StringFilterInput | null;
  or?: Array<ComponentEiaStageFiltersInput | null> | null;
  stage?: StringFilterInput | null;
}

export interface ComponentEiaStageInput {
  commentPeriodEnd?: string | null;
  commentPeriodStart?: string | null;
  date?: string | null;
  documentNumber?: string | null;
  id?: string | null;
  note?: string | null;
  stage?: ENUM_COMPONENTEIASTAGE_STAGE | null;
}

export interface ComponentIncidentRelease {
  content: string;
  id: string;
  kind: ENUM_COMPONENTINCIDENTRELEASE_KIND;
  releasedAt: string;
}

export interface ComponentIncidentReleaseFiltersInput {
  and?: Array<ComponentIncidentReleaseFiltersInput | null> | null;
  content?: StringFilterInput | null;
  kind?: StringFilterInput | null;
  not?: ComponentIncidentReleaseFiltersInput | null;
  or?: Array<ComponentIncidentReleaseFiltersInput | null> | null;
  releasedAt?: DateTimeFilterInput | null;
}

export interface ComponentIncidentReleaseInput {
  content?: string | null;
  id?: string | null;
  kind?: ENUM_COMPONENTINCIDENTRELEASE_KIND | null;
  releasedAt?: string | null;
}

export interface ComponentWaterDrinkingSource {
  compliant: boolean | null;
  compliantVolume: number | null;
  exceededIndicators: unknown | null;
  id: string;
  name: string;
  sourceType: ENUM_COMPONENTWATERDRINKINGSOURCE_SOURCETYPE;
  waterWithdrawn: number | null;
}

export interface ComponentWaterDrinkingSourceFiltersInput {
  and?: Array<ComponentWaterDrinkingSourceFiltersInput | null> | null;
  compliant?: BooleanFilterInput | null;
  compliantVolume?: FloatFilterInput | null;
  exceededIndicators?: JSONFilterInput | null;
  name?: StringFilterInput | null;
  not?: ComponentWaterDrinkingSourceFiltersInput | null;
  or?: Array<ComponentWaterDrinkingSourceFiltersInput | null> | null;
  sourceType?: StringFilterInput | null;
  waterWithdrawn?: FloatFilterInput | null;
}

export interface ComponentWaterDrinkingSourceInput {
  compliant?: boolean | null;
  compliantVolume?: number | null;
  exceededIndicators?: unknown | null;
  id?: string | null;
  name?: string | null;
  sourceType?: ENUM_COMPONENTWATERDRINKINGSOURCE_SOURCETYPE | null;
  waterWithdrawn?: number | null;
}

export interface DateFilterInput {
  and?: Array<string | null> | null;
  between?: Array<string | null> | null;
  contains?: string | null;
  containsi?: string | null;
  endsWith?: string | null;
  eq?: string | null;
  eqi?: string | null;
  gt?: string | null;
  gte?: string | null;
  in?: Array<string | null> | null;
  lt?: string | null;
  lte?: string | null;
  ne?: string | null;
  nei?: string | null;
  not?: DateFilterInput | null;
  notContains?: string | null;
  notContainsi?: string | null;
  notIn?: Array<string | null> | null;
  notNull?: boolean | null;
  null?: boolean | null;
  or?: Array<string | null> | null;
  startsWith?: string | null;
}

export interface DateTimeFilterInput {
  and?: Array<string | null> | null;
  between?: Array<string | null> | null;
  contains?: string | null;
  containsi?: string | null;
  endsWith?: string | null;
  eq?: string | null;
  eqi?: string | null;
  gt?: string | null;
  gte?: string | null;
  in?: Array<string | null> | null;
  lt?: string | null;
  lte?: string | null;
  ne?: string | null;
  nei?: string | null;
  not?: DateTimeFilterInput | null;
  notContains?: string | null;
  notContainsi?: string | null;
  notIn?: Array<string | null> | null;
  notNull?: boolean | null;
  null?: boolean | null;
  or?: Array<string | null> | null;
  startsWith?: string | null;
}

export interface DeleteMutationResponse {
  documentId: string;
}

export interface Department {
  categories: unknown | null;
  code: string;
  createdAt: string | null;
  documentId: string;
  nameEn: string;
  nameZh: string;
  publishedAt: string | null;
  updatedAt: string | null;
}

export interface DepartmentEntityResponseCollection {
  nodes: Array<Department>;
  pageInfo: Pagination;
}

export interface DepartmentFiltersInput {
  and?: Array<DepartmentFiltersInput | null> | null;
  categories?: JSONFilterInput | null;
  code?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  documentId?: IDFilterInput | null;
  nameEn?: StringFilterInput | null;
  nameZh?: StringFilterInput | null;
  not?: DepartmentFiltersInput | null;
  or?: Array<DepartmentFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface DepartmentInput {
  categories?: unknown | null;
  code?: string | null;
  locale?: string | null;
  nameEn?: string | null;
  nameZh?: string | null;
  publishedAt?: string | null;
}

export interface DepartmentMembership {
  createdAt: string | null;
  department: Department;
  documentId: string;
  note: string | null;
  publishedAt: string | null;
  roles: unknown;
  updatedAt: string | null;
}

export interface DepartmentMembershipEntityResponseCollection {
  nodes: Array<DepartmentMembership>;
  pageInfo: Pagination;
}

export interface DepartmentMembershipFiltersInput {
  and?: Array<DepartmentMembershipFiltersInput | null> | null;
  createdAt?: DateTimeFilterInput | null;
  department?: DepartmentFiltersInput | null;
  documentId?: IDFilterInput | null;
  not?: DepartmentMembershipFiltersInput | null;
  note?: StringFilterInput | null;
  or?: Array<DepartmentMembershipFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  roles?: JSONFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface DepartmentMembershipInput {
  department?: string | null;
  locale?: string | null;
  note?: string | null;
  publishedAt?: string | null;
  roles?: unknown | null;
}

/** 一个政务公开类别的概况 / one disclosure category at a glance */
export interface DisclosureCategorySummary {
  column: string;
  /** 已公开（主动公开）条数 / published, proactive items */
  count: number;
  /** 负责部门（谁制作谁公开）/ the producing departments */
  departments: Array<DisclosureDepartmentRef>;
  key: string;
  /** 最近发布时间 / latest publication */
  latestUpdate: string | null;
  nameEn: string;
  nameZh: string;
}

export interface DisclosureDepartmentRef {
  code: string;
  nameEn: string;
  nameZh: string;
}

/** 任一类别的已公开信息摘要 / a published item of any category */
export interface DisclosureSummary {
  category: string;
  dateFormed: string | null;
  departmentCode: string | null;
  documentId: string;
  indexNumber: string | null;
  locale: string;
  publishedAt: string | null;
  publishingOrganisation: string | null;
  regionCode: string | null;
  summary: string | null;
  title: string;
  uid: string;
}

export interface DisclosureSummaryPage {
  items: Array<DisclosureSummary>;
  page: number;
  pageSize: number;
  total: number;
}

export interface DrinkingWaterSourceReport {
  city: string;
  compliantSourceCount: number | null;
  createdAt: string | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  locale: string | null;
  localizations: Array<DrinkingWaterSourceReport | null>;
  localizations_connection: DrinkingWaterSourceReportRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  month: string;
  publishedAt: string | null;
  sourceCount: number | null;
  sources: Array<ComponentWaterDrinkingSource | null> | null;
  title: string;
  totalCompliantVolume: number | null;
  totalWithdrawn: number | null;
  updatedAt: string | null;
  volumeComplianceRate: number | null;
}

export interface DrinkingWaterSourceReportEntityResponseCollection {
  nodes: Array<DrinkingWaterSourceReport>;
  pageInfo: Pagination;
}

export interface DrinkingWaterSourceReportFiltersInput {
  and?: Array<DrinkingWaterSourceReportFiltersInput | null> | null;
  city?: StringFilterInput | null;
  compliantSourceCount?: IntFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: DrinkingWaterSourceReportFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  month?: StringFilterInput | null;
  not?: DrinkingWaterSourceReportFiltersInput | null;
  or?: Array<DrinkingWaterSourceReportFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  sourceCount?: IntFilterInput | null;
  sources?: ComponentWaterDrinkingSourceFiltersInput | null;
  title?: StringFilterInput | null;
  totalCompliantVolume?: FloatFilterInput | null;
  totalWithdrawn?: FloatFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  volumeComplianceRate?: FloatFilterInput | null;
}

export interface DrinkingWaterSourceReportInput {
  city?: string | null;
  compliantSourceCount?: number | null;
  description?: ComponentDisclosureDescriptionInput | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  month?: string | null;
  publishedAt?: string | null;
  sourceCount?: number | null;
  sources?: Array<ComponentWaterDrinkingSourceInput | null> | null;
  title?: string | null;
  totalCompliantVolume?: number | null;
  totalWithdrawn?: number | null;
  volumeComplianceRate?: number | null;
}

export interface DrinkingWaterSourceReportRelationResponseCollection {
  nodes: Array<DrinkingWaterSourceReport>;
}

export interface EiaProject {
  approvalDocuments: Array<UploadFile | null>;
  approvalDocuments_connection: UploadFileRelationResponseCollection | null;
  builderCreditCode: string | null;
  builderName: string;
  createdAt: string | null;
  currentStage: ENUM_EIAPROJECT_CURRENTSTAGE | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  documentType: ENUM_EIAPROJECT_DOCUMENTTYPE;
  fullTexts: Array<UploadFile | null>;
  fullTexts_connection: UploadFileRelationResponseCollection | null;
  locale: string | null;
  localizations: Array<EiaProject | null>;
  localizations_connection: EiaProjectRelationResponseCollection | null;
  location: string | null;
  metadata: ComponentDisclosureMetadata;
  nuclearOrRadiation: boolean | null;
  projectName: string;
  publishedAt: string | null;
  stages: Array<ComponentEiaStage | null> | null;
  title: string;
  updatedAt: string | null;
}

export interface EiaProjectEntityResponseCollection {
  nodes: Array<EiaProject>;
  pageInfo: Pagination;
}

export interface EiaProjectFiltersInput {
  and?: Array<EiaProjectFiltersInput | null> | null;
  builderCreditCode?: StringFilterInput | null;
  builderName?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  currentStage?: StringFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  documentType?: StringFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: EiaProjectFiltersInput | null;
  location?: StringFilterInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: EiaProjectFiltersInput | null;
  nuclearOrRadiation?: BooleanFilterInput | null;
  or?: Array<EiaProjectFiltersInput | null> | null;
  projectName?: StringFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  stages?: ComponentEiaStageFiltersInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface EiaProjectInput {
  approvalDocuments?: Array<string | null> | null;
  builderCreditCode?: string | null;
  builderName?: string | null;
  currentStage?: ENUM_EIAPROJECT_CURRENTSTAGE | null;
  description?: ComponentDisclosureDescriptionInput | null;
  documentType?: ENUM_EIAPROJECT_DOCUMENTTYPE | null;
  fullTexts?: Array<string | null> | null;
  location?: string | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  nuclearOrRadiation?: boolean | null;
  projectName?: string | null;
  publishedAt?: string | null;
  stages?: Array<ComponentEiaStageInput | null> | null;
  title?: string | null;
}

export interface EiaProjectRelationResponseCollection {
  nodes: Array<EiaProject>;
}

export interface EnforcementAction {
  amount: number | null;
  caseNumber: string;
  createdAt: string | null;
  decisionDate: string;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  entityCreditCode: string | null;
  entityName: string;
  legalBasis: string | null;
  locale: string | null;
  localizations: Array<EnforcementAction | null>;
  localizations_connection: EnforcementActionRelationResponseCollection | null;
  measure: ENUM_ENFORCEMENTACTION_MEASURE;
  metadata: ComponentDisclosureMetadata;
  publishedAt: string | null;
  rectification: string | null;
  title: string;
  updatedAt: string | null;
  violation: string;
}

export interface EnforcementActionEntityResponseCollection {
  nodes: Array<EnforcementAction>;
  pageInfo: Pagination;
}

export interface EnforcementActionFiltersInput {
  amount?: FloatFilterInput | null;
  and?: Array<EnforcementActionFiltersInput | null> | null;
  caseNumber?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  decisionDate?: DateFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  entityCreditCode?: StringFilterInput | null;
  entityName?: StringFilterInput | null;
  legalBasis?: StringFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: EnforcementActionFiltersInput | null;
  measure?: StringFilterInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: EnforcementActionFiltersInput | null;
  or?: Array<EnforcementActionFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  rectification?: StringFilterInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  violation?: StringFilterInput | null;
}

export interface EnforcementActionInput {
  amount?: number | null;
  caseNumber?: string | null;
  decisionDate?: string | null;
  description?: ComponentDisclosureDescriptionInput | null;
  entityCreditCode?: string | null;
  entityName?: string | null;
  legalBasis?: string | null;
  measure?: ENUM_ENFORCEMENTACTION_MEASURE | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  publishedAt?: string | null;
  rectification?: string | null;
  title?: string | null;
  violation?: string | null;
}

export interface EnforcementActionRelationResponseCollection {
  nodes: Array<EnforcementAction>;
}

export type ENUM_AIRQUALITYFORECAST_PRIMARYPOLLUTANT = "co" | "no2" | "o3" | "pm10" | "pm25" | "so2";

export type ENUM_COMPONENTDISCLOSUREMETADATA_ATTRIBUTE = "onRequest" | "proactive" | "withheld";

export type ENUM_COMPONENTDISCLOSUREMETADATA_EXEMPTIONBASIS = "administrativeQuery" | "enforcementCaseFile" | "internalAffairs" | "processInformation" | "prohibitedByLaw" | "stateSecret" | "thirdPartyRights" | "threeSecurityOneStability";

export type ENUM_COMPONENTEIASTAGE_STAGE = "accepted" | "approved" | "completionAccepted" | "completionApproved" | "proposedApproval" | "proposedCompletion";

export type ENUM_COMPONENTINCIDENTRELEASE_KIND = "followUp" | "initial" | "outcome";

export type ENUM_COMPONENTWATERDRINKINGSOURCE_SOURCETYPE = "groundwater" | "lake" | "river";

export type ENUM_EIAPROJECT_CURRENTSTAGE = "accepted" | "approved" | "completionAccepted" | "completionApproved" | "proposedApproval" | "proposedCompletion";

export type ENUM_EIAPROJECT_DOCUMENTTYPE = "registrationForm" | "reportBook" | "reportForm";

export type ENUM_ENFORCEMENTACTION_MEASURE = "dailyPenalty" | "fine" | "other" | "referralForDetention" | "restrictOrSuspendProduction" | "sealAndSeize" | "warning";

export type ENUM_ENVIRONMENTALINCIDENT_GRADE = "especiallyMajor" | "general" | "large" | "major";

export type ENUM_KEYPOLLUTER_CONTROLLEVEL = "municipal" | "national" | "provincial";

export type ENUM_POLICYDOCUMENT_DOCUMENTKIND = "interpretation" | "notice" | "other" | "plan" | "policy" | "report";

export type ENUM_RADIATIONLICENCE_DECISION = "cancellation" | "change" | "new" | "renewal";

export type ENUM_SURFACEWATERREPORT_WATERBODYTYPE = "lake" | "river";

export interface EnvironmentalIncident {
  createdAt: string | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  grade: ENUM_ENVIRONMENTALINCIDENT_GRADE;
  investigationResult: string | null;
  locale: string | null;
  localizations: Array<EnvironmentalIncident | null>;
  localizations_connection: EnvironmentalIncidentRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  occurredAt: string;
  place: string;
  publishedAt: string | null;
  releases: Array<ComponentIncidentRelease | null> | null;
  title: string;
  updatedAt: string | null;
}

export interface EnvironmentalIncidentEntityResponseCollection {
  nodes: Array<EnvironmentalIncident>;
  pageInfo: Pagination;
}

export interface EnvironmentalIncidentFiltersInput {
  and?: Array<EnvironmentalIncidentFiltersInput | null> | null;
  createdAt?: DateTimeFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  grade?: StringFilterInput | null;
  investigationResult?: StringFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: EnvironmentalIncidentFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: EnvironmentalIncidentFiltersInput | null;
  occurredAt?: DateTimeFilterInput | null;
  or?: Array<EnvironmentalIncidentFiltersInput | null> | null;
  place?: StringFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  releases?: ComponentIncidentReleaseFiltersInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface EnvironmentalIncidentInput {
  description?: ComponentDisclosureDescriptionInput | null;
  grade?: ENUM_ENVIRONMENTALINCIDENT_GRADE | null;
  investigationResult?: string | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  occurredAt?: string | null;
  place?: string | null;
  publishedAt?: string | null;
  releases?: Array<ComponentIncidentReleaseInput | null> | null;
  title?: string | null;
}

export interface EnvironmentalIncidentRelationResponseCollection {
  nodes: Array<EnvironmentalIncident>;
}

export interface FileInfoInput {
  alternativeText?: string | null;
  caption?: string | null;
  name?: string | null;
}

export interface FloatFilterInput {
  and?: Array<number | null> | null;
  between?: Array<number | null> | null;
  contains?: number | null;
  containsi?: number | null;
  endsWith?: number | null;
  eq?: number | null;
  eqi?: number | null;
  gt?: number | null;
  gte?: number | null;
  in?: Array<number | null> | null;
  lt?: number | null;
  lte?: number | null;
  ne?: number | null;
  nei?: number | null;
  not?: FloatFilterInput | null;
  notContains?: number | null;
  notContainsi?: number | null;
  notIn?: Array<number | null> | null;
  notNull?: boolean | null;
  null?: boolean | null;
  or?: Array<number | null> | null;
  startsWith?: number | null;
}

export type GenericMorph = AirQualityDaily | AirQualityForecast | ComplaintReport | ComponentComplaintCase | ComponentDisclosureDescription | ComponentDisclosureMetadata | ComponentEiaStage | ComponentIncidentRelease | ComponentWaterDrinkingSource | Department | DepartmentMembership | DrinkingWaterSourceReport | EiaProject | EnforcementAction | EnvironmentalIncident | I18NLocale | KeyPolluter | PolicyDocument | PortalChannel | RadiationLicence | RadiationMonitoring | ReviewWorkflowsWorkflow | ReviewWorkflowsWorkflowStage | SurfaceWaterReport | UploadFile | UsersPermissionsPermission | UsersPermissionsRole | UsersPermissionsUser;

export interface I18NLocale {
  code: string | null;
  createdAt: string | null;
  documentId: string;
  name: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
}

export interface I18NLocaleEntityResponseCollection {
  nodes: Array<I18NLocale>;
  pageInfo: Pagination;
}

export interface I18NLocaleFiltersInput {
  and?: Array<I18NLocaleFiltersInput | null> | null;
  code?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  documentId?: IDFilterInput | null;
  name?: StringFilterInput | null;
  not?: I18NLocaleFiltersInput | null;
  or?: Array<I18NLocaleFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface IDFilterInput {
  and?: Array<string | null> | null;
  between?: Array<string | null> | null;
  contains?: string | null;
  containsi?: string | null;
  endsWith?: string | null;
  eq?: string | null;
  eqi?: string | null;
  gt?: string | null;
  gte?: string | null;
  in?: Array<string | null> | null;
  lt?: string | null;
  lte?: string | null;
  ne?: string | null;
  nei?: string | null;
  not?: IDFilterInput | null;
  notContains?: string | null;
  notContainsi?: string | null;
  notIn?: Array<string | null> | null;
  notNull?: boolean | null;
  null?: boolean | null;
  or?: Array<string | null> | null;
  startsWith?: string | null;
}

export interface IntFilterInput {
  and?: Array<number | null> | null;
  between?: Array<number | null> | null;
  contains?: number | null;
  containsi?: number | null;
  endsWith?: number | null;
  eq?: number | null;
  eqi?: number | null;
  gt?: number | null;
  gte?: number | null;
  in?: Array<number | null> | null;
  lt?: number | null;
  lte?: number | null;
  ne?: number | null;
  nei?: number | null;
  not?: IntFilterInput | null;
  notContains?: number | null;
  notContainsi?: number | null;
  notIn?: Array<number | null> | null;
  notNull?: boolean | null;
  null?: boolean | null;
  or?: Array<number | null> | null;
  startsWith?: number | null;
}

export interface JSONFilterInput {
  and?: Array<unknown | null> | null;
  between?: Array<unknown | null> | null;
  contains?: unknown | null;
  containsi?: unknown | null;
  endsWith?: unknown | null;
  eq?: unknown | null;
  eqi?: unknown | null;
  gt?: unknown | null;
  gte?: unknown | null;
  in?: Array<unknown | null> | null;
  lt?: unknown | null;
  lte?: unknown | null;
  ne?: unknown | null;
  nei?: unknown | null;
  not?: JSONFilterInput | null;
  notContains?: unknown | null;
  notContainsi?: unknown | null;
  notIn?: Array<unknown | null> | null;
  notNull?: boolean | null;
  null?: boolean | null;
  or?: Array<unknown | null> | null;
  startsWith?: unknown | null;
}

export interface KeyPolluter {
  controlLevel: ENUM_KEYPOLLUTER_CONTROLLEVEL;
  createdAt: string | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  entityCreditCode: string | null;
  entityName: string;
  industry: string | null;
  listYear: number;
  locale: string | null;
  localizations: Array<KeyPolluter | null>;
  localizations_connection: KeyPolluterRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  pollutantTypes: unknown | null;
  publishedAt: string | null;
  title: string;
  updatedAt: string | null;
}

export interface KeyPolluterEntityResponseCollection {
  nodes: Array<KeyPolluter>;
  pageInfo: Pagination;
}

export interface KeyPolluterFiltersInput {
  and?: Array<KeyPolluterFiltersInput | null> | null;
  controlLevel?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  entityCreditCode?: StringFilterInput | null;
  entityName?: StringFilterInput | null;
  industry?: StringFilterInput | null;
  listYear?: IntFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: KeyPolluterFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: KeyPolluterFiltersInput | null;
  or?: Array<KeyPolluterFiltersInput | null> | null;
  pollutantTypes?: JSONFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface KeyPolluterInput {
  controlLevel?: ENUM_KEYPOLLUTER_CONTROLLEVEL | null;
  description?: ComponentDisclosureDescriptionInput | null;
  entityCreditCode?: string | null;
  entityName?: string | null;
  industry?: string | null;
  listYear?: number | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  pollutantTypes?: unknown | null;
  publishedAt?: string | null;
  title?: string | null;
}

export interface KeyPolluterRelationResponseCollection {
  nodes: Array<KeyPolluter>;
}

/** 某小时的监测值 / the values of one hour (µg/m³; CO mg/m³; doseRate nGy/h) */
export interface MeasurementPoint {
  co: number | null;
  doseRate: number | null;
  no2: number | null;
  o3: number | null;
  o3_8h: number | null;
  pm10: number | null;
  pm25: number | null;
  so2: number | null;
  time: string;
}

export interface MeasurementSeriesPage {
  city: string | null;
  page: number;
  pageCount: number;
  pageSize: number;
  points: Array<MeasurementPoint>;
  station: string | null;
  total: number;
}

export interface Mutation {
  /** Change user password. Confirm with the current password. */
  changePassword: UsersPermissionsLoginPayload | null;
  createAirQualityDaily: AirQualityDaily | null;
  createAirQualityForecast: AirQualityForecast | null;
  createComplaintReport: ComplaintReport | null;
  createDepartment: Department | null;
  createDepartmentMembership: DepartmentMembership | null;
  createDrinkingWaterSourceReport: DrinkingWaterSourceReport | null;
  createEiaProject: EiaProject | null;
  createEnforcementAction: EnforcementAction | null;
  createEnvironmentalIncident: EnvironmentalIncident | null;
  createKeyPolluter: KeyPolluter | null;
  createPolicyDocument: PolicyDocument | null;
  createPortalChannel: PortalChannel | null;
  createRadiationLicence: RadiationLicence | null;
  createRadiationMonitoring: RadiationMonitoring | null;
  createReviewWorkflowsWorkflow: ReviewWorkflowsWorkflow | null;
  createReviewWorkflowsWorkflowStage: ReviewWorkflowsWorkflowStage | null;
  createSurfaceWaterReport: SurfaceWaterReport | null;
  /** Create a new role */
  createUsersPermissionsRole: UsersPermissionsCreateRolePayload | null;
  /** Create a new user */
  createUsersPermissionsUser: UsersPermissionsUserEntityResponse;
  deleteAirQualityDaily: DeleteMutationResponse | null;
  deleteAirQualityForecast: DeleteMutationResponse | null;
  deleteComplaintReport: DeleteMutationResponse | null;
  deleteDepartment: DeleteMutationResponse | null;
  deleteDepartmentMembership: DeleteMutationResponse | null;
  deleteDrinkingWaterSourceReport: DeleteMutationResponse | null;
  deleteEiaProject: DeleteMutationResponse | null;
  deleteEnforcementAction: DeleteMutationResponse | null;
  deleteEnvironmentalIncident: DeleteMutationResponse | null;
  deleteKeyPolluter: DeleteMutationResponse | null;
  deletePolicyDocument: DeleteMutationResponse | null;
  deletePortalChannel: DeleteMutationResponse | null;
  deleteRadiationLicence: DeleteMutationResponse | null;
  deleteRadiationMonitoring: DeleteMutationResponse | null;
  deleteReviewWorkflowsWorkflow: DeleteMutationResponse | null;
  deleteReviewWorkflowsWorkflowStage: DeleteMutationResponse | null;
  deleteSurfaceWaterReport: DeleteMutationResponse | null;
  deleteUploadFile: UploadFile | null;
  /** Delete an existing role */
  deleteUsersPermissionsRole: UsersPermissionsDeleteRolePayload | null;
  /** Delete an existing user */
  deleteUsersPermissionsUser: UsersPermissionsUserEntityResponse;
  /** Confirm an email users email address */
  emailConfirmation: UsersPermissionsLoginPayload | null;
  /** Request a reset password token */
  forgotPassword: UsersPermissionsPasswordPayload | null;
  login: UsersPermissionsLoginPayload;
  /** Register a user */
  register: UsersPermissionsLoginPayload;
  /** Reset user password. Confirm with a code (resetToken from forgotPassword) */
  resetPassword: UsersPermissionsLoginPayload | null;
  updateAirQualityDaily: AirQualityDaily | null;
  updateAirQualityForecast: AirQualityForecast | null;
  updateComplaintReport: ComplaintReport | null;
  updateDepartment: Department | null;
  updateDepartmentMembership: DepartmentMembership | null;
  updateDrinkingWaterSourceReport: DrinkingWaterSourceReport | null;
  updateEiaProject: EiaProject | null;
  updateEnforcementAction: EnforcementAction | null;
  updateEnvironmentalIncident: EnvironmentalIncident | null;
  updateKeyPolluter: KeyPolluter | null;
  updatePolicyDocument: PolicyDocument | null;
  updatePortalChannel: PortalChannel | null;
  updateRadiationLicence: RadiationLicence | null;
  updateRadiationMonitoring: RadiationMonitoring | null;
  updateReviewWorkflowsWorkflow: ReviewWorkflowsWorkflow | null;
  updateReviewWorkflowsWorkflowStage: ReviewWorkflowsWorkflowStage | null;
  updateSurfaceWaterReport: SurfaceWaterReport | null;
  updateUploadFile: UploadFile;
  /** Update an existing role */
  updateUsersPermissionsRole: UsersPermissionsUpdateRolePayload | null;
  /** Update an existing user */
  updateUsersPermissionsUser: UsersPermissionsUserEntityResponse;
}

export interface Pagination {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
}

export interface PaginationArg {
  limit?: number | null;
  page?: number | null;
  pageSize?: number | null;
  start?: number | null;
}

export interface PolicyDocument {
  attachments: Array<UploadFile | null>;
  attachments_connection: UploadFileRelationResponseCollection | null;
  body: string | null;
  createdAt: string | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  documentKind: ENUM_POLICYDOCUMENT_DOCUMENTKIND | null;
  locale: string | null;
  localizations: Array<PolicyDocument | null>;
  localizations_connection: PolicyDocumentRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  publishedAt: string | null;
  title: string;
  updatedAt: string | null;
}

export interface PolicyDocumentEntityResponseCollection {
  nodes: Array<PolicyDocument>;
  pageInfo: Pagination;
}

export interface PolicyDocumentFiltersInput {
  and?: Array<PolicyDocumentFiltersInput | null> | null;
  body?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  documentKind?: StringFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: PolicyDocumentFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: PolicyDocumentFiltersInput | null;
  or?: Array<PolicyDocumentFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface PolicyDocumentInput {
  attachments?: Array<string | null> | null;
  body?: string | null;
  description?: ComponentDisclosureDescriptionInput | null;
  documentKind?: ENUM_POLICYDOCUMENT_DOCUMENTKIND | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  publishedAt?: string | null;
  title?: string | null;
}

export interface PolicyDocumentRelationResponseCollection {
  nodes: Array<PolicyDocument>;
}

export interface PortalChannel {
  active: boolean | null;
  categories: unknown | null;
  createdAt: string | null;
  documentId: string;
  name: string;
  publishedAt: string | null;
  regionCodes: unknown | null;
  updatedAt: string | null;
  url: string;
}

export interface PortalChannelEntityResponseCollection {
  nodes: Array<PortalChannel>;
  pageInfo: Pagination;
}

export interface PortalChannelFiltersInput {
  active?: BooleanFilterInput | null;
  and?: Array<PortalChannelFiltersInput | null> | null;
  categories?: JSONFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  documentId?: IDFilterInput | null;
  name?: StringFilterInput | null;
  not?: PortalChannelFiltersInput | null;
  or?: Array<PortalChannelFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  regionCodes?: JSONFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  url?: StringFilterInput | null;
}

export interface PortalChannelInput {
  active?: boolean | null;
  categories?: unknown | null;
  locale?: string | null;
  name?: string | null;
  publishedAt?: string | null;
  regionCodes?: unknown | null;
  secret?: string | null;
  url?: string | null;
}

export type PublicationFilter = "HAS_PUBLISHED_VERSION" | "HAS_PUBLISHED_VERSION_DOCUMENT" | "MODIFIED" | "NEVER_PUBLISHED" | "NEVER_PUBLISHED_DOCUMENT" | "PUBLISHED_WITHOUT_DRAFT" | "PUBLISHED_WITH_DRAFT" | "UNMODIFIED";

export type PublicationStatus = "DRAFT" | "PUBLISHED";

export interface Query {
  airQualityDailies: Array<AirQualityDaily | null>;
  airQualityDailies_connection: AirQualityDailyEntityResponseCollection | null;
  airQualityDaily: AirQualityDaily | null;
  airQualityForecast: AirQualityForecast | null;
  airQualityForecasts: Array<AirQualityForecast | null>;
  airQualityForecasts_connection: AirQualityForecastEntityResponseCollection | null;
  complaintReport: ComplaintReport | null;
  complaintReports: Array<ComplaintReport | null>;
  complaintReports_connection: ComplaintReportEntityResponseCollection | null;
  department: Department | null;
  departmentMembership: DepartmentMembership | null;
  departmentMemberships: Array<DepartmentMembership | null>;
  departmentMemberships_connection: DepartmentMembershipEntityResponseCollection | null;
  departments: Array<Department | null>;
  departments_connection: DepartmentEntityResponseCollection | null;
  /** 按索引号查找 / an item by its index number (索引号) */
  disclosureByIndexNumber: DisclosureSummary | null;
  /** 公开目录：各类别条数、最近更新与负责部门 / the catalogue with counts, latest update and departments */
  disclosureCatalog: Array<DisclosureCategorySummary>;
  /** 按行政区划查找（含下级）/ items of a region code and, by default, the regions below it */
  disclosuresByRegion: DisclosureSummaryPage;
  drinkingWaterSourceReport: DrinkingWaterSourceReport | null;
  drinkingWaterSourceReports: Array<DrinkingWaterSourceReport | null>;
  drinkingWaterSourceReports_connection: DrinkingWaterSourceReportEntityResponseCollection | null;
  eiaProject: EiaProject | null;
  eiaProjects: Array<EiaProject | null>;
  eiaProjects_connection: EiaProjectEntityResponseCollection | null;
  enforcementAction: EnforcementAction | null;
  enforcementActions: Array<EnforcementAction | null>;
  enforcementActions_connection: EnforcementActionEntityResponseCollection | null;
  environmentalIncident: EnvironmentalIncident | null;
  environmentalIncidents: Array<EnvironmentalIncident | null>;
  environmentalIncidents_connection: EnvironmentalIncidentEntityResponseCollection | null;
  i18NLocale: I18NLocale | null;
  i18NLocales: Array<I18NLocale | null>;
  i18NLocales_connection: I18NLocaleEntityResponseCollection | null;
  keyPolluter: KeyPolluter | null;
  keyPolluters: Array<KeyPolluter | null>;
  keyPolluters_connection: KeyPolluterEntityResponseCollection | null;
  /** 各城市最新一期空气质量日报 / the latest daily air-quality report of each city */
  latestAirQualityDailies: Array<AirQualityDaily>;
  /** 各站点最新值 / latest values per station */
  latestMeasurements: Array<StationLatest>;
  me: UsersPermissionsMe | null;
  /** 站点或城市小时序列 / hourly series of a station or a city (mean of its stations) */
  measurementSeries: MeasurementSeriesPage;
  policyDocument: PolicyDocument | null;
  policyDocuments: Array<PolicyDocument | null>;
  policyDocuments_connection: PolicyDocumentEntityResponseCollection | null;
  portalChannel: PortalChannel | null;
  portalChannels: Array<PortalChannel | null>;
  portalChannels_connection: PortalChannelEntityResponseCollection | null;
  radiationLicence: RadiationLicence | null;
  radiationLicences: Array<RadiationLicence | null>;
  radiationLicences_connection: RadiationLicenceEntityResponseCollection | null;
  radiationMonitoring: RadiationMonitoring | null;
  radiationMonitorings: Array<RadiationMonitoring | null>;
  radiationMonitorings_connection: RadiationMonitoringEntityResponseCollection | null;
  reviewWorkflowsWorkflow: ReviewWorkflowsWorkflow | null;
  reviewWorkflowsWorkflowStage: ReviewWorkflowsWorkflowStage | null;
  reviewWorkflowsWorkflowStages: Array<ReviewWorkflowsWorkflowStage | null>;
  reviewWorkflowsWorkflowStages_connection: ReviewWorkflowsWorkflowStageEntityResponseCollection | null;
  reviewWorkflowsWorkflows: Array<ReviewWorkflowsWorkflow | null>;
  reviewWorkflowsWorkflows_connection: ReviewWorkflowsWorkflowEntityResponseCollection | null;
  surfaceWaterReport: SurfaceWaterReport | null;
  surfaceWaterReports: Array<SurfaceWaterReport | null>;
  surfaceWaterReports_connection: SurfaceWaterReportEntityResponseCollection | null;
  uploadFile: UploadFile | null;
  uploadFiles: Array<UploadFile | null>;
  uploadFiles_connection: UploadFileEntityResponseCollection | null;
  usersPermissionsRole: UsersPermissionsRole | null;
  usersPermissionsRoles: Array<UsersPermissionsRole | null>;
  usersPermissionsRoles_connection: UsersPermissionsRoleEntityResponseCollection | null;
  usersPermissionsUser: UsersPermissionsUser | null;
  usersPermissionsUsers: Array<UsersPermissionsUser | null>;
  usersPermissionsUsers_connection: UsersPermissionsUserEntityResponseCollection | null;
}

export interface RadiationLicence {
  activityKinds: unknown | null;
  certificateNumber: string;
  createdAt: string | null;
  decision: ENUM_RADIATIONLICENCE_DECISION;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  holderCreditCode: string | null;
  holderName: string;
  locale: string | null;
  localizations: Array<RadiationLicence | null>;
  localizations_connection: RadiationLicenceRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  publishedAt: string | null;
  scope: string | null;
  title: string;
  updatedAt: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface RadiationLicenceEntityResponseCollection {
  nodes: Array<RadiationLicence>;
  pageInfo: Pagination;
}

export interface RadiationLicenceFiltersInput {
  activityKinds?: JSONFilterInput | null;
  and?: Array<RadiationLicenceFiltersInput | null> | null;
  certificateNumber?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  decision?: StringFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  holderCreditCode?: StringFilterInput | null;
  holderName?: StringFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: RadiationLicenceFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: RadiationLicenceFiltersInput | null;
  or?: Array<RadiationLicenceFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  scope?: StringFilterInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  validFrom?: DateFilterInput | null;
  validUntil?: DateFilterInput | null;
}

export interface RadiationLicenceInput {
  activityKinds?: unknown | null;
  certificateNumber?: string | null;
  decision?: ENUM_RADIATIONLICENCE_DECISION | null;
  description?: ComponentDisclosureDescriptionInput | null;
  holderCreditCode?: string | null;
  holderName?: string | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  publishedAt?: string | null;
  scope?: string | null;
  title?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

export interface RadiationLicenceRelationResponseCollection {
  nodes: Array<RadiationLicence>;
}

export interface RadiationMonitoring {
  backgroundMax: number | null;
  backgroundMin: number | null;
  conclusion: string | null;
  createdAt: string | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  doseRateMax: number;
  doseRateMean: number;
  doseRateMin: number;
  locale: string | null;
  localizations: Array<RadiationMonitoring | null>;
  localizations_connection: RadiationMonitoringRelationResponseCollection | null;
  metadata: ComponentDisclosureMetadata;
  periodEnd: string;
  periodStart: string;
  publishedAt: string | null;
  station: string;
  stationCode: string | null;
  title: string;
  updatedAt: string | null;
  withinBackground: boolean | null;
}

export interface RadiationMonitoringEntityResponseCollection {
  nodes: Array<RadiationMonitoring>;
  pageInfo: Pagination;
}

export interface RadiationMonitoringFiltersInput {
  and?: Array<RadiationMonitoringFiltersInput | null> | null;
  backgroundMax?: FloatFilterInput | null;
  backgroundMin?: FloatFilterInput | null;
  conclusion?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  doseRateMax?: FloatFilterInput | null;
  doseRateMean?: FloatFilterInput | null;
  doseRateMin?: FloatFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: RadiationMonitoringFiltersInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: RadiationMonitoringFiltersInput | null;
  or?: Array<RadiationMonitoringFiltersInput | null> | null;
  periodEnd?: DateFilterInput | null;
  periodStart?: DateFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  station?: StringFilterInput | null;
  stationCode?: StringFilterInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  withinBackground?: BooleanFilterInput | null;
}

export interface RadiationMonitoringInput {
  backgroundMax?: number | null;
  backgroundMin?: number | null;
  conclusion?: string | null;
  description?: ComponentDisclosureDescriptionInput | null;
  doseRateMax?: number | null;
  doseRateMean?: number | null;
  doseRateMin?: number | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  periodEnd?: string | null;
  periodStart?: string | null;
  publishedAt?: string | null;
  station?: string | null;
  stationCode?: string | null;
  title?: string | null;
  withinBackground?: boolean | null;
}

export interface RadiationMonitoringRelationResponseCollection {
  nodes: Array<RadiationMonitoring>;
}

export interface ReviewWorkflowsWorkflow {
  contentTypes: unknown;
  createdAt: string | null;
  documentId: string;
  name: string;
  publishedAt: string | null;
  stageRequiredToPublish: ReviewWorkflowsWorkflowStage | null;
  stages: Array<ReviewWorkflowsWorkflowStage | null>;
  stages_connection: ReviewWorkflowsWorkflowStageRelationResponseCollection | null;
  updatedAt: string | null;
}

export interface ReviewWorkflowsWorkflowEntityResponseCollection {
  nodes: Array<ReviewWorkflowsWorkflow>;
  pageInfo: Pagination;
}

export interface ReviewWorkflowsWorkflowFiltersInput {
  and?: Array<ReviewWorkflowsWorkflowFiltersInput | null> | null;
  contentTypes?: JSONFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  documentId?: IDFilterInput | null;
  name?: StringFilterInput | null;
  not?: ReviewWorkflowsWorkflowFiltersInput | null;
  or?: Array<ReviewWorkflowsWorkflowFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  stageRequiredToPublish?: ReviewWorkflowsWorkflowStageFiltersInput | null;
  stages?: ReviewWorkflowsWorkflowStageFiltersInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface ReviewWorkflowsWorkflowInput {
  contentTypes?: unknown | null;
  locale?: string | null;
  name?: string | null;
  publishedAt?: string | null;
  stageRequiredToPublish?: string | null;
  stages?: Array<string | null> | null;
}

export interface ReviewWorkflowsWorkflowStage {
  color: string | null;
  createdAt: string | null;
  documentId: string;
  name: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  workflow: ReviewWorkflowsWorkflow | null;
}

export interface ReviewWorkflowsWorkflowStageEntityResponseCollection {
  nodes: Array<ReviewWorkflowsWorkflowStage>;
  pageInfo: Pagination;
}

export interface ReviewWorkflowsWorkflowStageFiltersInput {
  and?: Array<ReviewWorkflowsWorkflowStageFiltersInput | null> | null;
  color?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  documentId?: IDFilterInput | null;
  name?: StringFilterInput | null;
  not?: ReviewWorkflowsWorkflowStageFiltersInput | null;
  or?: Array<ReviewWorkflowsWorkflowStageFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  workflow?: ReviewWorkflowsWorkflowFiltersInput | null;
}

export interface ReviewWorkflowsWorkflowStageInput {
  color?: string | null;
  locale?: string | null;
  name?: string | null;
  publishedAt?: string | null;
  workflow?: string | null;
}

export interface ReviewWorkflowsWorkflowStageRelationResponseCollection {
  nodes: Array<ReviewWorkflowsWorkflowStage>;
}

/** 站点最新一小时（已发布日报范围内）/ a station's latest published hour */
export interface StationLatest {
  city: string;
  kind: string;
  latest: MeasurementPoint;
  nameEn: string;
  nameZh: string;
  regionCode: string;
  station: string;
}

export interface StringFilterInput {
  and?: Array<string | null> | null;
  between?: Array<string | null> | null;
  contains?: string | null;
  containsi?: string | null;
  endsWith?: string | null;
  eq?: string | null;
  eqi?: string | null;
  gt?: string | null;
  gte?: string | null;
  in?: Array<string | null> | null;
  lt?: string | null;
  lte?: string | null;
  ne?: string | null;
  nei?: string | null;
  not?: StringFilterInput | null;
  notContains?: string | null;
  notContainsi?: string | null;
  notIn?: Array<string | null> | null;
  notNull?: boolean | null;
  null?: boolean | null;
  or?: Array<string | null> | null;
  startsWith?: string | null;
}

export interface SurfaceWaterReport {
  createdAt: string | null;
  description: ComponentDisclosureDescription | null;
  documentId: string;
  limitingIndicators: unknown | null;
  locale: string | null;
  localizations: Array<SurfaceWaterReport | null>;
  localizations_connection: SurfaceWaterReportRelationResponseCollection | null;
  mainPollutants: unknown | null;
  metadata: ComponentDisclosureMetadata;
  period: string;
  publishedAt: string | null;
  sampledOn: string | null;
  sectionCode: string | null;
  sectionName: string;
  title: string;
  updatedAt: string | null;
  values: unknown;
  waterClass: string | null;
  waterbodyName: string;
  waterbodyType: ENUM_SURFACEWATERREPORT_WATERBODYTYPE;
}

export interface SurfaceWaterReportEntityResponseCollection {
  nodes: Array<SurfaceWaterReport>;
  pageInfo: Pagination;
}

export interface SurfaceWaterReportFiltersInput {
  and?: Array<SurfaceWaterReportFiltersInput | null> | null;
  createdAt?: DateTimeFilterInput | null;
  description?: ComponentDisclosureDescriptionFiltersInput | null;
  documentId?: IDFilterInput | null;
  limitingIndicators?: JSONFilterInput | null;
  locale?: StringFilterInput | null;
  localizations?: SurfaceWaterReportFiltersInput | null;
  mainPollutants?: JSONFilterInput | null;
  metadata?: ComponentDisclosureMetadataFiltersInput | null;
  not?: SurfaceWaterReportFiltersInput | null;
  or?: Array<SurfaceWaterReportFiltersInput | null> | null;
  period?: StringFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  sampledOn?: DateFilterInput | null;
  sectionCode?: StringFilterInput | null;
  sectionName?: StringFilterInput | null;
  title?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  values?: JSONFilterInput | null;
  waterClass?: StringFilterInput | null;
  waterbodyName?: StringFilterInput | null;
  waterbodyType?: StringFilterInput | null;
}

export interface SurfaceWaterReportInput {
  description?: ComponentDisclosureDescriptionInput | null;
  limitingIndicators?: unknown | null;
  mainPollutants?: unknown | null;
  metadata?: ComponentDisclosureMetadataInput | null;
  period?: string | null;
  publishedAt?: string | null;
  sampledOn?: string | null;
  sectionCode?: string | null;
  sectionName?: string | null;
  title?: string | null;
  values?: unknown | null;
  waterClass?: string | null;
  waterbodyName?: string | null;
  waterbodyType?: ENUM_SURFACEWATERREPORT_WATERBODYTYPE | null;
}

export interface SurfaceWaterReportRelationResponseCollection {
  nodes: Array<SurfaceWaterReport>;
}

export interface UploadFile {
  alternativeText: string | null;
  caption: string | null;
  createdAt: string | null;
  documentId: string;
  ext: string | null;
  focalPoint: unknown | null;
  formats: unknown | null;
  hash: string;
  height: number | null;
  mime: string;
  name: string;
  previewUrl: string | null;
  provider: string;
  provider_metadata: unknown | null;
  publishedAt: string | null;
  related: Array<GenericMorph | null> | null;
  size: number;
  updatedAt: string | null;
  url: string;
  width: number | null;
}

export interface UploadFileEntityResponseCollection {
  nodes: Array<UploadFile>;
  pageInfo: Pagination;
}

export interface UploadFileFiltersInput {
  alternativeText?: StringFilterInput | null;
  and?: Array<UploadFileFiltersInput | null> | null;
  caption?: StringFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  documentId?: IDFilterInput | null;
  ext?: StringFilterInput | null;
  focalPoint?: JSONFilterInput | null;
  formats?: JSONFilterInput | null;
  hash?: StringFilterInput | null;
  height?: IntFilterInput | null;
  mime?: StringFilterInput | null;
  name?: StringFilterInput | null;
  not?: UploadFileFiltersInput | null;
  or?: Array<UploadFileFiltersInput | null> | null;
  previewUrl?: StringFilterInput | null;
  provider?: StringFilterInput | null;
  provider_metadata?: JSONFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  size?: FloatFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  url?: StringFilterInput | null;
  width?: IntFilterInput | null;
}

export interface UploadFileRelationResponseCollection {
  nodes: Array<UploadFile>;
}

export interface UsersPermissionsCreateRolePayload {
  ok: boolean;
}

export interface UsersPermissionsDeleteRolePayload {
  ok: boolean;
}

export interface UsersPermissionsLoginInput {
  identifier: string;
  password: string;
  provider: string;
}

export interface UsersPermissionsLoginPayload {
  jwt: string | null;
  user: UsersPermissionsMe;
}

export interface UsersPermissionsMe {
  blocked: boolean | null;
  confirmed: boolean | null;
  documentId: string;
  email: string | null;
  id: string;
  role: UsersPermissionsMeRole | null;
  username: string;
}

export interface UsersPermissionsMeRole {
  description: string | null;
  id: string;
  name: string;
  type: string | null;
}

export interface UsersPermissionsPasswordPayload {
  ok: boolean;
}

export interface UsersPermissionsPermission {
  action: string;
  createdAt: string | null;
  documentId: string;
  publishedAt: string | null;
  role: UsersPermissionsRole | null;
  updatedAt: string | null;
}

export interface UsersPermissionsPermissionFiltersInput {
  action?: StringFilterInput | null;
  and?: Array<UsersPermissionsPermissionFiltersInput | null> | null;
  createdAt?: DateTimeFilterInput | null;
  documentId?: IDFilterInput | null;
  not?: UsersPermissionsPermissionFiltersInput | null;
  or?: Array<UsersPermissionsPermissionFiltersInput | null> | null;
  publishedAt?: DateTimeFilterInput | null;
  role?: UsersPermissionsRoleFiltersInput | null;
  updatedAt?: DateTimeFilterInput | null;
}

export interface UsersPermissionsPermissionRelationResponseCollection {
  nodes: Array<UsersPermissionsPermission>;
}

export interface UsersPermissionsRegisterInput {
  email: string;
  password: string;
  username: string;
}

export interface UsersPermissionsRole {
  createdAt: string | null;
  description: string | null;
  documentId: string;
  name: string;
  permissions: Array<UsersPermissionsPermission | null>;
  permissions_connection: UsersPermissionsPermissionRelationResponseCollection | null;
  publishedAt: string | null;
  type: string | null;
  updatedAt: string | null;
  users: Array<UsersPermissionsUser | null>;
  users_connection: UsersPermissionsUserRelationResponseCollection | null;
}

export interface UsersPermissionsRoleEntityResponseCollection {
  nodes: Array<UsersPermissionsRole>;
  pageInfo: Pagination;
}

export interface UsersPermissionsRoleFiltersInput {
  and?: Array<UsersPermissionsRoleFiltersInput | null> | null;
  createdAt?: DateTimeFilterInput | null;
  description?: StringFilterInput | null;
  documentId?: IDFilterInput | null;
  name?: StringFilterInput | null;
  not?: UsersPermissionsRoleFiltersInput | null;
  or?: Array<UsersPermissionsRoleFiltersInput | null> | null;
  permissions?: UsersPermissionsPermissionFiltersInput | null;
  publishedAt?: DateTimeFilterInput | null;
  type?: StringFilterInput | null;
  updatedAt?: DateTimeFilterInput | null;
  users?: UsersPermissionsUserFiltersInput | null;
}

export interface UsersPermissionsRoleInput {
  description?: string | null;
  locale?: string | null;
  name?: string | null;
  permissions?: Array<string | null> | null;
  publishedAt?: string | null;
  type?: string | null;
  users?: Array<string | null> | null;
}

export interface UsersPermissionsUpdateRolePayload {
  ok: boolean;
}

export interface UsersPermissionsUser {
  blocked: boolean | null;
  confirmed: boolean | null;
  createdAt: string | null;
  documentId: string;
  email: string;
  provider: string | null;
  publishedAt: string | null;
  role: UsersPermissionsRole | null;
  updatedAt: string | null;
  username: string;
}

export interface UsersPermissionsUserEntityResponse {
  data: UsersPermissionsUser | null;
}

export interface UsersPermissionsUserEntityResponseCollection {
  nodes: Array<UsersPermissionsUser>;
  pageInfo: Pagination;
}

export interface UsersPermissionsUserFiltersInput {
  and?: Array<UsersPermissionsUserFiltersInput | null> | null;
  blocked?: BooleanFilterInput | null;
  confirmed?: BooleanFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  documentId?: IDFilterInput | null;
  email?: StringFilterInput | null;
  not?: UsersPermissionsUserFiltersInput | null;
  or?: Array<UsersPermissionsUserFiltersInput | null> | null;
  provider?: StringFilterInput | null;
  publishedAt?: DateTimeFilterInput | null;
  role?: UsersPermissionsRoleFiltersInput | null;
  updatedAt?: DateTimeFilterInput | null;
  username?: StringFilterInput | null;
}

export interface UsersPermissionsUserInput {
  blocked?: boolean | null;
  confirmationToken?: string | null;
  confirmed?: boolean | null;
  email?: string | null;
  locale?: string | null;
  password?: string | null;
  provider?: string | null;
  publishedAt?: string | null;
  resetPasswordToken?: string | null;
  role?: string | null;
  username?: string | null;
}

export interface UsersPermissionsUserRelationResponseCollection {
  nodes: Array<UsersPermissionsUser>;
}
