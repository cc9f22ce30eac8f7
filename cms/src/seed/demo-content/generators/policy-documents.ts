import { buildMinimalPdf } from '../build-minimal-pdf';
import type { DemoContext, Exemption } from '../demo-context';
import { addDays, chineseDate, minDate } from '../demo-dates';
import type { DemoAttachment, DemoItem } from '../demo-item';
import type { DemoText } from '../vocabulary';

const POLICY = 'api::policy-document.policy-document';

type DocumentKind = 'policy' | 'interpretation' | 'plan' | 'report' | 'notice' | 'other';

interface PolicyTemplate {
  kind: DocumentKind;
  title: (input: { city: DemoText; year: number }) => DemoText;
  /** Word of the document number (郑环文〔2026〕3号); none for texts without a number. */
  numberWord?: '文' | '办';
  department: 'office' | 'policy';
  /** Fixed day of the year (annual reports), otherwise a random day in the past year. */
  fixedDate?: (year: number) => string;
  exemption?: Exemption;
  withAttachment?: boolean;
  topic: DemoText;
}

const templates: readonly PolicyTemplate[] = [
  {
    kind: 'plan',
    title: ({ city, year }) => ({
      zh: `关于印发《${city.zh}${year}年大气污染防治攻坚实施方案》的通知`,
      en: `Notice on the ${year} air pollution control action plan of ${city.en}`,
    }),
    numberWord: '文',
    department: 'office',
    withAttachment: true,
    topic: { zh: '大气污染防治', en: 'Air pollution control' },
  },
  {
    kind: 'interpretation',
    title: ({ year }) => ({
      zh: `《${year}年大气污染防治攻坚实施方案》政策解读`,
      en: `Explainer: the ${year} air pollution control action plan`,
    }),
    department: 'policy',
    topic: { zh: '政策解读', en: 'Policy explainer' },
  },
  {
    kind: 'report',
    title: ({ year }) => ({
      zh: `${year - 1}年政府信息公开工作年度报告`,
      en: `Annual report on government information disclosure, ${year - 1}`,
    }),
    department: 'office',
    fixedDate: (year) => `${year}-01-2${year % 7}`,
    topic: { zh: '政府信息公开', en: 'Information disclosure' },
  },
  {
    kind: 'notice',
    title: () => ({
      zh: '关于做好重污染天气应急减排清单修订工作的通知',
      en: 'Notice on revising the heavy-pollution emergency emission-reduction list',
    }),
    numberWord: '办',
    department: 'office',
    topic: { zh: '重污染天气', en: 'Heavy pollution weather' },
  },
  {
    kind: 'policy',
    title: ({ city }) => ({
      zh: `${city.zh}生态环境行政处罚裁量基准（试行）`,
      en: `${city.en} discretion benchmarks for environmental administrative penalties (trial)`,
    }),
    numberWord: '文',
    department: 'policy',
    withAttachment: true,
    topic: { zh: '行政执法', en: 'Law enforcement' },
  },
  {
    kind: 'notice',
    title: ({ year }) => ({
      zh: `关于开展${year}年排污许可证执行报告检查的通知`,
      en: `Notice on checking ${year} discharge permit compliance reports`,
    }),
    numberWord: '办',
    department: 'office',
    topic: { zh: '排污许可', en: 'Discharge permits' },
  },
  {
    kind: 'plan',
    title: ({ city }) => ({
      zh: `${city.zh}土壤污染防治工作方案`,
      en: `${city.en} soil pollution prevention work plan`,
    }),
    numberWord: '文',
    department: 'office',
    withAttachment: true,
    topic: { zh: '土壤污染防治', en: 'Soil pollution prevention' },
  },
  {
    kind: 'interpretation',
    title: () => ({ zh: '排污许可“一证式”管理政策解读', en: 'Explainer: managing discharges under a single permit' }),
    department: 'policy',
    topic: { zh: '政策解读', en: 'Policy explainer' },
  },
  {
    kind: 'notice',
    title: () => ({
      zh: '关于“12369”环保举报热线工作情况的通报',
      en: 'Circular on the work of the 12369 complaint hotline',
    }),
    numberWord: '办',
    department: 'office',
    topic: { zh: '12369环保举报', en: '12369 complaints' },
  },
  {
    kind: 'policy',
    title: ({ city }) => ({
      zh: `${city.zh}建设项目环境影响评价文件分级审批规定`,
      en: `${city.en} rules on tiered approval of construction-project EIA documents`,
    }),
    numberWord: '文',
    department: 'policy',
    topic: { zh: '建设项目环评', en: 'Construction project EIA' },
  },
  {
    kind: 'report',
    title: ({ city, year }) => ({
      zh: `${year - 1}年${city.zh}生态环境状况公报`,
      en: `${city.en} state of the environment bulletin ${year - 1}`,
    }),
    department: 'office',
    fixedDate: (year) => `${year}-05-2${year % 9}`,
    topic: { zh: '生态环境状况', en: 'State of the environment' },
  },
  {
    kind: 'other',
    title: () => ({ zh: '政府信息公开指南', en: 'Guide to government information disclosure' }),
    department: 'office',
    topic: { zh: '政府信息公开', en: 'Information disclosure' },
  },
  {
    kind: 'notice',
    title: () => ({
      zh: '关于开展生态环境执法专项行动的通知',
      en: 'Notice on a special environmental enforcement campaign',
    }),
    numberWord: '办',
    department: 'policy',
    topic: { zh: '行政执法', en: 'Law enforcement' },
  },
  {
    kind: 'other',
    title: () => ({
      zh: '关于重点区域大气污染治理资金安排的请示',
      en: 'Request for instructions on funding air pollution control in key areas',
    }),
    department: 'office',
    // A request for instructions is process information (条例 art 16).
    exemption: { attribute: 'onRequest', exemptionBasis: 'processInformation' },
    topic: { zh: '大气污染防治', en: 'Air pollution control' },
  },
  {
    kind: 'other',
    title: () => ({ zh: '机关公文处理内部工作规程', en: 'Internal procedure for handling official documents' }),
    department: 'office',
    exemption: { attribute: 'onRequest', exemptionBasis: 'internalAffairs' },
    topic: { zh: '机关事务', en: 'Internal affairs' },
  },
];

const bodySections: Record<DocumentKind, { zh: string[]; en: string[] }> = {
  policy: {
    zh: [
      '## 第一章 总则',
      '为规范本市生态环境管理工作，制定本规定。',
      '## 第二章 适用范围',
      '本规定适用于本市行政区域内的相关管理活动。',
      '## 第三章 附则',
      '本规定自印发之日起施行。',
    ],
    en: [
      '## Chapter 1 General provisions',
      'These rules standardise environmental management in the city.',
      '## Chapter 2 Scope',
      'They apply to the activities concerned within the city.',
      '## Chapter 3 Final provisions',
      'They take effect on the day of issue.',
    ],
  },
  interpretation: {
    zh: [
      '## 一、出台背景',
      '为回应社会关切，现就有关文件作如下解读。',
      '## 二、主要内容',
      '1. 明确工作目标；',
      '2. 细化重点任务；',
      '3. 压实各方责任。',
      '## 三、解读机关',
      '本解读由政策法规科负责。',
    ],
    en: [
      '## 1. Background',
      'This explainer answers common questions about the document.',
      '## 2. Main points',
      '1. the objectives;',
      '2. the main tasks;',
      '3. who is responsible.',
      '## 3. Issued by',
      'The Policy and Regulations Section.',
    ],
  },
  plan: {
    zh: [
      '## 一、总体要求',
      '以改善生态环境质量为核心，坚持精准治污、科学治污、依法治污。',
      '## 二、主要任务',
      '1. 推进重点行业深度治理；',
      '2. 加强面源污染管控；',
      '3. 强化监测监管能力。',
      '## 三、保障措施',
      '各有关单位要加强组织领导，按月报送工作进展。',
    ],
    en: [
      '## 1. General requirements',
      'Improving environmental quality is the core aim: targeted, science-based and lawful pollution control.',
      '## 2. Main tasks',
      '1. deeper treatment in key industries;',
      '2. tighter control of diffuse sources;',
      '3. stronger monitoring and supervision.',
      '## 3. Safeguards',
      'Every unit concerned reports its progress monthly.',
    ],
  },
  report: {
    zh: [
      '## 一、总体情况',
      '本年度依法做好主动公开、依申请公开等各项工作。',
      '## 二、主要数据',
      '详见附表。',
      '## 三、存在的主要问题及改进情况',
      '信息公开的及时性仍需提高。',
    ],
    en: [
      '## 1. Overview',
      'The bureau carried out proactive disclosure and answered requests as the law requires.',
      '## 2. Key figures',
      'See the tables.',
      '## 3. Problems and improvements',
      'Timeliness still needs improving.',
    ],
  },
  notice: {
    zh: [
      '各有关单位：',
      '现就有关工作通知如下：',
      '1. 高度重视，明确专人负责；',
      '2. 按时限完成各项工作；',
      '3. 及时报送工作情况。',
    ],
    en: [
      'To all units concerned:',
      'Please note the following:',
      '1. name a person responsible;',
      '2. finish the work on time;',
      '3. report on progress promptly.',
    ],
  },
  other: {
    zh: ['## 说明', '本文件供工作参考。'],
    en: ['## Note', 'For reference in the work of the bureau.'],
  },
};

const disclaimer: DemoText = {
  zh: '> 本文件为演示内容，不具有任何效力。',
  en: '> Demo content: this document has no legal force.',
};

function markdown(title: string, sections: string[], note: string): string {
  return [`# ${title}`, '', ...sections.flatMap((line) => [line, '']), note, ''].join('\n');
}

/** Fifteen documents of the office and the policy section, two of them held for requests only. */
export function generatePolicyDocuments(context: DemoContext): DemoItem[] {
  const random = context.random('policy-document');
  const city = context.bureauCity;
  const todayYear = Number(context.today.slice(0, 4));
  const serials = new Map<string, number>();
  const drafts = templates.map((template, index) => {
    let date =
      template.fixedDate === undefined
        ? addDays(context.today, -random.int(index === 1 ? 1 : 4, 360))
        : template.fixedDate(todayYear);
    if (date > context.today) date = template.fixedDate?.(todayYear - 1) ?? date;
    return { template, index, date: minDate(date, context.today) };
  });
  drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  return drafts.map(({ template, index, date }) => {
    const year = Number(date.slice(0, 4));
    const title = template.title({ city: city.name, year });
    let documentNumber: string | undefined;
    if (template.numberWord !== undefined) {
      const scope = `${template.numberWord}${year}`;
      const serial = (serials.get(scope) ?? 0) + random.int(1, 6);
      serials.set(scope, serial);
      documentNumber = `${city.abbreviation}环${template.numberWord}〔${year}〕${serial}号`;
    }
    const attachments: DemoAttachment[] = template.withAttachment
      ? [
          {
            field: 'attachments',
            name: `policy-${String(index + 1).padStart(2, '0')}.pdf`,
            mime: 'application/pdf',
            content: buildMinimalPdf({
              title: `DEMO ${title.en}`,
              lines: [`Issued: ${date}`, 'Generated sample content, not a real document.'],
            }),
          },
        ]
      : [];
    const sections = bodySections[template.kind];
    return context.item(POLICY, {
      key: `policy-document:${String(index + 1).padStart(3, '0')}`,
      title,
      department: context.department(POLICY, template.department),
      dateFormed: date,
      regionCode: context.bureauRegion,
      ...(documentNumber === undefined ? {} : { documentNumber }),
      ...(template.exemption === undefined ? {} : { exemption: template.exemption }),
      topic: template.topic,
      summary: { zh: `${chineseDate(date)}印发：${title.zh}。`, en: `Issued ${date}: ${title.en}.` },
      fields: { documentKind: template.kind, body: markdown(title.zh, sections.zh, disclaimer.zh) },
      englishFields: { body: markdown(title.en, sections.en, disclaimer.en) },
      attachments,
    });
  });
}
