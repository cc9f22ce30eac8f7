import { SearchError, toSearchDocument } from '../src';
import type { PublishedDisclosure, SearchDocument } from '../src';
import { publishedDisclosure, uidOf } from './support/published-disclosures';

const pdf = (name: string) => ({ url: `/uploads/${name}`, name, mime: 'application/pdf' });

interface Case {
  name: string;
  category: string;
  document: PublishedDisclosure;
  locale?: string;
  attachmentsText?: string;
  expected: Partial<SearchDocument>;
  textContains: string[];
}

const cases: Case[] = [
  {
    name: 'a daily air-quality report carries AQI level, primary pollutants and city',
    category: 'air-quality-daily',
    document: publishedDisclosure({
      documentId: 'aird01',
      city: '郑州市',
      date: '2026-03-01',
      level: 3,
      primaryPollutants: ['pm25_24h'],
      pm25: 96,
    }),
    expected: {
      id: 'air-quality-daily-aird01',
      documentId: 'aird01',
      uid: 'api::air-quality-daily.air-quality-daily',
      category: 'air-quality-daily',
      categoryName: '空气质量日报',
      column: 'airQuality',
      columnName: '空气质量',
      title: '郑州市2026年3月1日空气质量日报',
      topic: '空气质量',
      summary: '郑州市2026年3月1日环境空气质量日报。',
      department: 'monitoring',
      departmentName: '监测处',
      regionCode: '410102',
      regionCodes: ['410102', '410100', '410000'],
      dateFormed: '2026-03-01',
      dateFormedTs: Date.parse('2026-02-28T16:00:00Z') / 1000,
      year: 2026,
      publishedAt: '2026-03-02T02:00:00.000Z',
      publishedAtTs: Date.parse('2026-03-02T02:00:00Z') / 1000,
      indexNumber: '000014349/2026-00001',
      publishingOrganisation: '郑州市生态环境局',
      url: '/air-quality-daily/aird01',
      aqiLevel: 3,
      primaryPollutants: ['pm25_24h'],
      city: '郑州市',
    },
    textContains: ['郑州市'],
  },
  {
    name: 'a surface-water report carries water class and month',
    category: 'surface-water-report',
    document: publishedDisclosure({
      documentId: 'sw01',
      title: '贾鲁河中牟陈桥断面2026年2月水质',
      sectionName: '中牟陈桥',
      sectionCode: 'HN0042',
      waterbodyName: '贾鲁河',
      period: '2026-02',
      waterClass: '劣V',
      values: { cod: 42 },
    }),
    expected: { id: 'surface-water-report-sw01', column: 'water', waterClass: '劣V', month: '2026-02' },
    textContains: ['贾鲁河', '中牟陈桥', 'HN0042'],
  },
  {
    name: 'an EIA project carries its current stage, document type and attachment names',
    category: 'eia-project',
    document: publishedDisclosure({
      documentId: 'eia01',
      title: '某化工有限公司年产5万吨精细化学品项目环境影响报告书受理公示',
      projectName: '年产5万吨精细化学品项目',
      builderName: '河南某化工有限公司',
      location: '中牟县汽车产业集聚区',
      documentType: 'reportBook',
      currentStage: 'accepted',
      stages: [{ stage: 'accepted', date: '2026-02-20', note: '征求公众意见10个工作日' }],
      fullTexts: [pdf('环境影响报告书全本.pdf')],
      approvalDocuments: [],
    }),
    attachmentsText: '大气环境影响预测结果表明',
    expected: {
      id: 'eia-project-eia01',
      column: 'eia',
      eiaStage: 'accepted',
      documentType: 'reportBook',
      attachmentNames: ['环境影响报告书全本.pdf'],
    },
    textContains: ['河南某化工有限公司', '中牟县汽车产业集聚区', '征求公众意见', '大气环境影响预测结果表明'],
  },
  {
    name: 'an environmental incident carries its grade and release texts',
    category: 'environmental-incident',
    document: publishedDisclosure({
      documentId: 'inc01',
      title: '关于某河段水体异常情况的通报',
      occurredAt: '2026-02-11T06:30:00.000Z',
      place: '新密市某河段',
      grade: 'general',
      releases: [{ kind: 'initial', releasedAt: '2026-02-11T08:00:00.000Z', content: '已启动应急监测' }],
      investigationResult: '系上游企业违法排放所致',
    }),
    expected: { id: 'environmental-incident-inc01', column: 'incidents', incidentGrade: 'general' },
    textContains: ['新密市某河段', '已启动应急监测', '系上游企业违法排放所致'],
  },
  {
    name: 'a complaint report carries month, pollution types with cases and the case texts',
    category: 'complaint-report',
    document: publishedDisclosure({
      documentId: 'cr01',
      title: '2026年1月12369环保举报办理情况',
      period: '2026-01',
      totalCases: 12,
      totalsByPollutionType: { air: 7, noise: 5, water: 0 },
      cases: [{ reportedEntity: '某建材厂', problem: '夜间粉尘排放', locality: '管城区', result: '已责令整改' }],
    }),
    expected: { id: 'complaint-report-cr01', column: 'complaints', month: '2026-01', pollutionTypes: ['air', 'noise'] },
    textContains: ['某建材厂', '夜间粉尘排放', '已责令整改'],
  },
  {
    name: 'a policy document in English keeps the English names and strips Markdown from the body',
    category: 'policy-document',
    locale: 'en',
    document: publishedDisclosure({
      documentId: 'pol01',
      locale: 'en',
      title: 'Notice on the heavy pollution weather emergency plan',
      description: { topic: 'Heavy pollution weather', summary: 'The revised plan.', publishingOrganisation: null },
      metadata: { ...publishedDisclosure().metadata, documentNumber: '郑环〔2026〕3号' },
      documentKind: 'plan',
      body: '# Notice\n\nSee **Article 3** of the [plan](https://example.org/plan).\n\n- Level one response',
      attachments: [pdf('plan.pdf')],
    }),
    expected: {
      id: 'policy-document-pol01',
      locale: 'en',
      categoryName: 'Policy document',
      columnName: 'Policy documents',
      departmentName: 'Monitoring Division',
      documentType: 'plan',
      documentNumber: '郑环〔2026〕3号',
      topic: 'Heavy pollution weather',
      attachmentNames: ['plan.pdf'],
    },
    textContains: ['Notice', 'See Article 3 of the plan.', 'Level one response'],
  },
];

describe('toSearchDocument', () => {
  it.each(cases)('$name', ({ category, document, locale, attachmentsText, expected, textContains }) => {
    const result = toSearchDocument({ uid: uidOf(category), locale: locale ?? 'zh-CN', document, attachmentsText });

    expect(result).toMatchObject(expected);
    for (const fragment of textContains) expect(result?.text).toContain(fragment);
  });

  it('never puts Markdown syntax or link targets into the text', () => {
    const result = toSearchDocument({ uid: uidOf('policy-document'), locale: 'en', document: cases[5]!.document });

    expect(result?.text).not.toMatch(/[#*[\]]|https?:/);
  });

  it('leaves out facets and optional fields the item does not have, rather than storing null', () => {
    const result = toSearchDocument({
      uid: uidOf('air-quality-daily'),
      locale: 'zh-CN',
      document: publishedDisclosure({ description: null, city: '郑州市' }),
    });

    expect(Object.keys(result ?? {})).toEqual(
      expect.not.arrayContaining(['summary', 'topic', 'aqiLevel', 'documentNumber']),
    );
    expect(Object.values(result ?? {})).not.toContain(null);
  });

  it('gives a forecast every AQI level of its range', () => {
    const result = toSearchDocument({
      uid: uidOf('air-quality-forecast'),
      locale: 'zh-CN',
      document: publishedDisclosure({ levelMin: 2, levelMax: 4, primaryPollutant: 'o3', city: '郑州市' }),
    });

    expect(result).toMatchObject({ aqiLevel: [2, 3, 4], primaryPollutants: ['o3'] });
  });

  it('caps the text at the given length', () => {
    const result = toSearchDocument({
      uid: uidOf('policy-document'),
      locale: 'zh-CN',
      document: publishedDisclosure({ body: '环境'.repeat(500) }),
      attachmentsText: '附件'.repeat(500),
      maxTextLength: 100,
    });

    expect(result?.text).toHaveLength(100);
  });

  it.each([
    ['is requested-only (依申请公开)', { attribute: 'onRequest' as const }, {}],
    ['is withheld (不予公开)', { attribute: 'withheld' as const }, {}],
    ['has no publishedAt (a draft)', {}, { publishedAt: null }],
    ['has a blank publishedAt', {}, { publishedAt: '' }],
  ])('returns null for an item that %s', (_name, metadata, fields) => {
    const document = publishedDisclosure({ ...fields, metadata: { ...publishedDisclosure().metadata, ...metadata } });

    expect(toSearchDocument({ uid: uidOf('air-quality-daily'), locale: 'zh-CN', document })).toBeNull();
  });

  it.each([
    ['a content type no category names', 'api::department.department', 'zh-CN', 'UNKNOWN_CONTENT_TYPE'],
    ['a locale without an index', uidOf('air-quality-daily'), 'fr', 'UNSUPPORTED_LOCALE'],
  ])('rejects %s', (_name, uid, locale, code) => {
    const act = () => toSearchDocument({ uid, locale, document: publishedDisclosure() });

    expect(act).toThrow(SearchError);
    expect(act).toThrow(expect.objectContaining({ code }));
  });
});
