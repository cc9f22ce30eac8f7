/**
 * One valid draft per disclosure category, as a REST client would send it. The department is
 * given by code; the server resolves it. Dates are in the past so no clock is needed.
 */
export interface CategoryFixture {
  uid: string;
  /** REST collection path under /api */
  plural: string;
  /** GraphQL singular name, e.g. airQualityDaily */
  graphqlName: string;
  department: string;
  data: Record<string, unknown>;
  /** Localized fields for the `en` translation */
  en: Record<string, unknown>;
}

const metadata = (department: string, extra: Record<string, unknown> = {}) => ({
  department,
  dateFormed: '2026-03-15',
  regionCode: '410100',
  documentNumber: '郑环〔2026〕8号',
  attribute: 'proactive',
  ...extra,
});
const description = { topic: '测试', summary: '集成测试数据', publishingOrganisation: '示例市生态环境局' };

export const fixtures: CategoryFixture[] = [
  {
    uid: 'api::air-quality-daily.air-quality-daily',
    plural: 'air-quality-dailies',
    graphqlName: 'airQualityDaily',
    department: 'monitoring',
    data: {
      title: '郑州市2026年3月15日空气质量日报',
      metadata: metadata('monitoring'),
      description,
      city: '郑州市',
      date: '2026-03-15',
      pm25: 80,
      pm10: 120,
      so2: 10,
      no2: 40,
      co: 0.8,
      o3Max8h: 90,
    },
    en: { title: 'Zhengzhou daily air quality, 15 March 2026', city: 'Zhengzhou' },
  },
  {
    uid: 'api::air-quality-forecast.air-quality-forecast',
    plural: 'air-quality-forecasts',
    graphqlName: 'airQualityForecast',
    department: 'monitoring',
    data: {
      title: '郑州市空气质量预报',
      metadata: metadata('monitoring'),
      description,
      city: '郑州市',
      targetDate: '2026-03-17',
      aqiMin: 60,
      aqiMax: 110,
      primaryPollutant: 'pm25',
    },
    en: { title: 'Zhengzhou air quality forecast', city: 'Zhengzhou' },
  },
  {
    uid: 'api::drinking-water-source-report.drinking-water-source-report',
    plural: 'drinking-water-source-reports',
    graphqlName: 'drinkingWaterSourceReport',
    department: 'monitoring',
    data: {
      title: '2026年2月集中式饮用水水源水质状况',
      metadata: metadata('monitoring'),
      description,
      month: '2026-02',
      city: '郑州市',
      sources: [
        {
          name: '黄河花园口水源地',
          sourceType: 'river',
          compliant: true,
          exceededIndicators: [],
          waterWithdrawn: 1200,
          compliantVolume: 1200,
        },
        {
          name: '尖岗水库',
          sourceType: 'lake',
          compliant: false,
          exceededIndicators: [{ indicator: 'tp', multiple: 0.2 }],
          waterWithdrawn: 300,
          compliantVolume: 0,
        },
      ],
    },
    en: { title: 'Drinking-water sources, February 2026', city: 'Zhengzhou' },
  },
  {
    uid: 'api::surface-water-report.surface-water-report',
    plural: 'surface-water-reports',
    graphqlName: 'surfaceWaterReport',
    department: 'monitoring',
    data: {
      title: '贾鲁河中牟陈桥断面水质',
      metadata: metadata('monitoring'),
      description,
      sectionName: '中牟陈桥',
      waterbodyName: '贾鲁河',
      waterbodyType: 'river',
      period: '2026-02',
      sampledOn: '2026-02-10',
      values: { do: 6.2, codMn: 5.1, nh3n: 0.9, tp: 0.18 },
    },
    en: { title: 'Jialu River at Chenqiao', sectionName: 'Chenqiao', waterbodyName: 'Jialu River' },
  },
  {
    uid: 'api::eia-project.eia-project',
    plural: 'eia-projects',
    graphqlName: 'eiaProject',
    department: 'eia',
    data: {
      title: '某热电联产项目环境影响报告书受理公示',
      metadata: metadata('eia'),
      description,
      projectName: '某热电联产项目',
      builderName: '示例热电有限公司',
      builderCreditCode: '91410100MA00000Y46',
      location: '郑州市中牟县',
      documentType: 'reportBook',
      stages: [
        { stage: 'accepted', date: '2026-03-01', commentPeriodStart: '2026-03-02', commentPeriodEnd: '2026-03-13' },
        {
          stage: 'proposedApproval',
          date: '2026-03-20',
          commentPeriodStart: '2026-03-21',
          commentPeriodEnd: '2026-03-27',
        },
      ],
    },
    en: { title: 'CHP project EIA report accepted', projectName: 'CHP project', builderName: 'Example Power Co.' },
  },
  {
    uid: 'api::radiation-monitoring.radiation-monitoring',
    plural: 'radiation-monitorings',
    graphqlName: 'radiationMonitoring',
    department: 'radiation',
    data: {
      title: '郑州市辐射环境自动监测站2026年2月',
      metadata: metadata('radiation'),
      description,
      station: '郑州市自动站',
      periodStart: '2026-02-01',
      periodEnd: '2026-02-28',
      doseRateMin: 62.1,
      doseRateMax: 88.4,
      doseRateMean: 71.5,
      backgroundMin: 55,
      backgroundMax: 120,
    },
    en: { title: 'Zhengzhou radiation station, February 2026', station: 'Zhengzhou station' },
  },
  {
    uid: 'api::radiation-licence.radiation-licence',
    plural: 'radiation-licences',
    graphqlName: 'radiationLicence',
    department: 'radiation',
    data: {
      title: '辐射安全许可证新办',
      metadata: metadata('radiation'),
      description,
      holderName: '示例医院',
      holderCreditCode: '91410100MA00000Y46',
      activityKinds: ['使用Ⅱ类射线装置'],
      certificateNumber: '豫环辐证[00123]',
      validFrom: '2026-03-01',
      validUntil: '2031-02-28',
      decision: 'new',
    },
    en: { title: 'Radiation safety licence issued', holderName: 'Example Hospital' },
  },
  {
    uid: 'api::environmental-incident.environmental-incident',
    plural: 'environmental-incidents',
    graphqlName: 'environmentalIncident',
    department: 'emergency',
    data: {
      title: '某化工厂泄漏突发环境事件',
      metadata: metadata('emergency'),
      description,
      occurredAt: '2026-03-10T02:30:00.000Z',
      place: '郑州市某工业园区',
      grade: 'general',
      releases: [
        { kind: 'initial', releasedAt: '2026-03-10T05:00:00.000Z', content: '初报：已启动应急响应。' },
        { kind: 'outcome', releasedAt: '2026-03-12T09:00:00.000Z', content: '处理结果：周边水体监测达标。' },
      ],
    },
    en: { title: 'Chemical plant leak', place: 'Industrial park, Zhengzhou' },
  },
  {
    uid: 'api::complaint-report.complaint-report',
    plural: 'complaint-reports',
    graphqlName: 'complaintReport',
    department: 'petitions',
    data: {
      title: '2026年2月12369环保举报办理情况',
      metadata: metadata('petitions'),
      description,
      period: '2026-02',
      totalsByChannel: { phone: 30, wechat: 20, web: 10 },
      totalsByPollutionType: { air: 25, water: 15, noise: 20 },
      cases: [
        {
          reportedEntity: '示例建材有限公司',
          problem: '夜间施工噪声扰民',
          locality: '金水区',
          result: '属实，已责令整改',
          closedOn: '2026-02-20',
        },
      ],
    },
    en: { title: '12369 complaints handled, February 2026' },
  },
  {
    uid: 'api::enforcement-action.enforcement-action',
    plural: 'enforcement-actions',
    graphqlName: 'enforcementAction',
    department: 'enforcement',
    data: {
      title: '行政处罚决定书',
      metadata: metadata('enforcement'),
      description,
      caseNumber: '郑环罚〔2026〕12号',
      entityName: '示例化工有限公司',
      entityCreditCode: '91410100MA00000Y46',
      violation: '超标排放大气污染物',
      measure: 'fine',
      amount: 200000,
      decisionDate: '2026-03-05',
    },
    en: { title: 'Penalty decision', entityName: 'Example Chemicals Co.', violation: 'Air emissions above limits' },
  },
  {
    uid: 'api::key-polluter.key-polluter',
    plural: 'key-polluters',
    graphqlName: 'keyPolluter',
    department: 'enforcement',
    data: {
      title: '示例化工有限公司（重点排污单位）',
      metadata: metadata('enforcement'),
      description,
      entityName: '示例化工有限公司',
      entityCreditCode: '91410100MA00000Y46',
      industry: '化学原料制造',
      pollutantTypes: ['air', 'water'],
      listYear: 2026,
      controlLevel: 'provincial',
    },
    en: { title: 'Example Chemicals Co. (key polluter)', entityName: 'Example Chemicals Co.' },
  },
  {
    uid: 'api::policy-document.policy-document',
    plural: 'policy-documents',
    graphqlName: 'policyDocument',
    department: 'office',
    data: {
      title: '关于进一步加强政府信息公开工作的通知',
      metadata: metadata('office'),
      description,
      documentKind: 'notice',
      body: '各科室：为进一步加强……',
    },
    en: { title: 'Notice on strengthening information disclosure', body: 'To all sections: …' },
  },
];

export const fixture = (uid: string): CategoryFixture => {
  const found = fixtures.find((f) => f.uid === uid);
  if (!found) throw new Error(`no fixture for ${uid}`);
  return found;
};
