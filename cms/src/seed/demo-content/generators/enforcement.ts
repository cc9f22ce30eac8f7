import type { Random } from '../create-random';
import type { DemoContext, Exemption } from '../demo-context';
import { addDays, chineseDate } from '../demo-dates';
import type { DemoEnterprise } from '../demo-enterprises';
import type { DemoItem } from '../demo-item';
import type { DemoText } from '../vocabulary';

const ENFORCEMENT = 'api::enforcement-action.enforcement-action';
const ACTION_COUNT = 40;

type Measure =
  | 'fine'
  | 'dailyPenalty'
  | 'sealAndSeize'
  | 'restrictOrSuspendProduction'
  | 'referralForDetention'
  | 'warning'
  | 'other';

/** Measures weighted roughly as a city brigade's year looks: mostly fines. */
const measureWeights: readonly [Measure, number][] = [
  ['fine', 26],
  ['dailyPenalty', 2],
  ['sealAndSeize', 4],
  ['restrictOrSuspendProduction', 3],
  ['referralForDetention', 1],
  ['warning', 3],
  ['other', 1],
];

/** Decision names and the document-number word per measure (郑环罚〔2026〕12号). */
const measureDocuments: Record<Measure, { word: string; name: DemoText }> = {
  fine: { word: '罚', name: { zh: '行政处罚决定', en: 'administrative penalty decision' } },
  dailyPenalty: { word: '罚', name: { zh: '按日连续处罚决定', en: 'daily continuous penalty decision' } },
  sealAndSeize: { word: '封', name: { zh: '查封、扣押决定', en: 'seal-up and seizure decision' } },
  restrictOrSuspendProduction: {
    word: '限',
    name: { zh: '责令限制生产、停产整治决定', en: 'order to restrict or suspend production' },
  },
  referralForDetention: { word: '移', name: { zh: '移送公安机关决定', en: 'referral to the public security organ' } },
  warning: { word: '罚', name: { zh: '行政处罚决定（警告）', en: 'administrative penalty decision (warning)' } },
  other: { word: '罚', name: { zh: '行政处理决定', en: 'administrative decision' } },
};

interface Violation {
  text: DemoText;
  law: DemoText;
}

// Laws are named without article numbers: the demo must not assert provisions nobody checked.
const airLaw = { zh: '《中华人民共和国大气污染防治法》', en: 'the Air Pollution Prevention and Control Law' };
const waterLaw = { zh: '《中华人民共和国水污染防治法》', en: 'the Water Pollution Prevention and Control Law' };
const violations: readonly Violation[] = [
  {
    text: { zh: '超过大气污染物排放标准排放大气污染物', en: 'emitting air pollutants above the emission standard' },
    law: airLaw,
  },
  {
    text: { zh: '未按规定运行挥发性有机物治理设施', en: 'not operating the VOC treatment facilities as required' },
    law: airLaw,
  },
  { text: { zh: '通过暗管排放水污染物', en: 'discharging water pollutants through a concealed pipe' }, law: waterLaw },
  {
    text: { zh: '超过水污染物排放标准排放水污染物', en: 'discharging water pollutants above the discharge standard' },
    law: waterLaw,
  },
  {
    text: { zh: '未取得排污许可证排放污染物', en: 'discharging pollutants without a discharge permit' },
    law: { zh: '《排污许可管理条例》', en: 'the Regulations on the Administration of Pollutant Discharge Permits' },
  },
  {
    text: { zh: '危险废物贮存不符合国家有关规定', en: 'storing hazardous waste in breach of national rules' },
    law: { zh: '《中华人民共和国固体废物污染环境防治法》', en: 'the Solid Waste Pollution Prevention and Control Law' },
  },
  {
    text: {
      zh: '建设项目环境影响评价文件未经批准擅自开工建设',
      en: 'starting construction before the EIA document was approved',
    },
    law: { zh: '《中华人民共和国环境影响评价法》', en: 'the Environmental Impact Assessment Law' },
  },
  {
    text: { zh: '工业噪声超过排放标准', en: 'industrial noise above the emission standard' },
    law: { zh: '《中华人民共和国噪声污染防治法》', en: 'the Noise Pollution Prevention and Control Law' },
  },
];

const falsifiedData: Violation = {
  text: { zh: '篡改、伪造自动监测数据', en: 'tampering with and falsifying automatic monitoring data' },
  law: airLaw,
};

const rectifications: readonly DemoText[] = [
  {
    zh: '已完成整改，经复查污染物排放达标。',
    en: 'Corrected; a follow-up inspection found emissions within the standard.',
  },
  { zh: '已责令限期改正，整改正在进行中。', en: 'Ordered to correct within a time limit; work is under way.' },
  { zh: '罚款已缴纳，企业已完成整改。', en: 'Fine paid and the problem corrected.' },
];

function pickMeasure(random: Random): Measure {
  const total = measureWeights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [measure, weight] of measureWeights) {
    roll -= weight;
    if (roll < 0) return measure;
  }
  return 'fine';
}

/** Amount in 元, or undefined for measures without one. */
function amountFor(measure: Measure, random: Random): number | undefined {
  if (measure === 'fine') return random.int(2, 100) * 10_000;
  if (measure === 'dailyPenalty') return random.int(10, 20) * 10_000 * random.int(5, 15);
  return undefined;
}

/** Forty decisions of the past year, numbered in date order per kind and year. */
export function generateEnforcement(context: DemoContext, enterprises: readonly DemoEnterprise[]): DemoItem[] {
  const random = context.random('enforcement-action');
  const abbreviation = context.bureauCity.abbreviation;
  const actions = Array.from({ length: ACTION_COUNT }, () => {
    const measure = pickMeasure(random);
    return {
      measure,
      enterprise: random.pick(enterprises),
      violation: measure === 'referralForDetention' ? falsifiedData : random.pick(violations),
      decisionDate: addDays(context.today, -random.int(random.chance(0.1) ? 0 : 4, 360)),
      amount: amountFor(measure, random),
      rectification: random.pick(rectifications),
      department: random.chance(0.25) ? 'policy' : 'enforcement',
    };
  }).sort((a, b) => (a.decisionDate < b.decisionDate ? -1 : a.decisionDate > b.decisionDate ? 1 : 0));

  const serials = new Map<string, number>();
  // Two case files are held for requests only (条例 art 16: 行政执法案卷).
  const onRequest = new Set(random.sample([...actions.keys()], 2));
  return actions.map((action, index) => {
    const year = action.decisionDate.slice(0, 4);
    const document = measureDocuments[action.measure];
    const scope = `${document.word}${year}`;
    const serial = (serials.get(scope) ?? 0) + random.int(1, 3);
    serials.set(scope, serial);
    const caseNumber = `${abbreviation}环${document.word}〔${year}〕${serial}号`;
    const exemption: Exemption | undefined = onRequest.has(index)
      ? { attribute: 'onRequest', exemptionBasis: 'enforcementCaseFile' }
      : undefined;
    const amountText =
      action.amount === undefined
        ? { zh: '', en: '' }
        : { zh: `，罚款${action.amount / 10_000}万元`, en: `, fined CNY ${action.amount.toLocaleString('en-US')}` };
    const { enterprise, violation } = action;
    return context.item(ENFORCEMENT, {
      key: `enforcement-action:${caseNumber}`,
      title: {
        zh: `${enterprise.name.zh}${document.name.zh}`,
        en: `${document.name.en[0]?.toUpperCase() ?? ''}${document.name.en.slice(1)}: ${enterprise.name.en}`,
      },
      department: context.department(ENFORCEMENT, action.department),
      dateFormed: action.decisionDate,
      documentNumber: caseNumber,
      regionCode: context.bureauRegion,
      ...(exemption === undefined ? {} : { exemption }),
      topic: { zh: '环境执法', en: 'Enforcement' },
      summary: {
        zh: `${enterprise.name.zh}${violation.text.zh}，${chineseDate(action.decisionDate)}作出${document.name.zh}${amountText.zh}。`,
        en: `${enterprise.name.en}: ${violation.text.en}; ${document.name.en} of ${action.decisionDate}${amountText.en}.`,
      },
      fields: {
        caseNumber,
        entityName: enterprise.name.zh,
        entityCreditCode: enterprise.creditCode,
        violation: `${violation.text.zh}。`,
        legalBasis: `依据${violation.law.zh}有关规定。`,
        measure: action.measure,
        ...(action.amount === undefined ? {} : { amount: action.amount }),
        decisionDate: action.decisionDate,
        rectification: action.rectification.zh,
      },
      englishFields: {
        entityName: enterprise.name.en,
        violation: `${violation.text.en[0]?.toUpperCase() ?? ''}${violation.text.en.slice(1)}.`,
        legalBasis: `Under the relevant provisions of ${violation.law.en}.`,
        rectification: action.rectification.en,
      },
    });
  });
}
