import type { DemoContext } from '../demo-context';
import {
  addDays,
  chineseMonth,
  englishMonth,
  firstDayOfMonth,
  lastDayOfMonth,
  minDate,
  previousMonths,
} from '../demo-dates';
import type { DemoEnterprise } from '../demo-enterprises';
import type { DemoItem } from '../demo-item';
import { splitTotal } from '../split-total';
import type { DemoText, PollutantType } from '../vocabulary';

const COMPLAINT = 'api::complaint-report.complaint-report';
const MONTHS = 12;

const channelWeights = { phone: 45, wechat: 30, online: 20, other: 5 };
const typeWeights = { air: 45, noise: 30, water: 12, solidWaste: 6, ecology: 3, radiation: 1, other: 3 };

/** What a case is about, by the pollutant the enterprise emits. */
const problems: Partial<Record<PollutantType, readonly DemoText[]>> = {
  air: [
    { zh: '反映该企业生产过程中有刺鼻异味', en: 'Pungent odour from the plant during production' },
    { zh: '反映该企业烟囱冒黑烟', en: 'Black smoke from the plant chimney' },
    { zh: '反映该企业物料露天堆放产生扬尘', en: 'Dust from materials stored in the open' },
  ],
  noise: [{ zh: '反映该企业夜间生产噪声扰民', en: 'Night-time production noise disturbing residents' }],
  water: [{ zh: '反映该企业疑似向河道排放污水', en: 'Suspected discharge of wastewater into the river' }],
  solidWaste: [{ zh: '反映该企业露天堆放工业固体废物', en: 'Industrial solid waste dumped in the open' }],
  hazardousWaste: [{ zh: '反映该企业危险废物随意堆放', en: 'Hazardous waste stored carelessly' }],
};

const results: readonly DemoText[] = [
  {
    zh: '经现场核查，反映问题属实，已责令企业立即整改，并依法立案查处。',
    en: 'Confirmed on site; the enterprise was ordered to correct it at once and a case was opened.',
  },
  {
    zh: '经现场核查，反映问题部分属实，已督促企业完善污染防治措施。',
    en: 'Partly confirmed; the enterprise was told to improve its pollution controls.',
  },
  {
    zh: '经现场核查，未发现反映的问题，核查情况已按规定反馈。',
    en: 'Not confirmed on site; the findings were reported back.',
  },
];

const inProgress: DemoText = { zh: '正在调查处理中。', en: 'Under investigation.' };

/**
 * Monthly 12369 reports: totals by channel and by pollution type (equal sums, as the server
 * checks) and 5–15 handled cases naming only the enterprise, the problem, the locality and the
 * result. Nothing identifies a complainant (DOMAIN.md §6.2).
 */
export function generateComplaints(context: DemoContext, enterprises: readonly DemoEnterprise[]): DemoItem[] {
  const random = context.random('complaint-report');
  const city = context.bureauCity;
  return previousMonths(context.today, MONTHS).map((month) => {
    const summer = ['05', '06', '07', '08', '09'].includes(month.slice(5));
    const total = random.int(40, 110) + (summer ? 20 : 0);
    const caseCount = random.int(5, 15);
    const cases = random.sample(enterprises, caseCount).map((enterprise) => {
      const emitted = enterprise.industry.pollutantTypes.filter((type) => problems[type] !== undefined);
      const type = emitted.length > 0 ? random.pick(emitted) : 'noise';
      const problem = random.pick(problems[type] ?? []);
      // Cases take up to 60 days (DOMAIN.md §6.2); recent ones may still be open.
      const closedOn = addDays(firstDayOfMonth(month), random.int(5, 58));
      const closed = closedOn <= context.today;
      const result = closed ? random.pick(results) : inProgress;
      return { enterprise, problem, result, closedOn: closed ? closedOn : undefined };
    });
    const caseList = (locale: 'zh' | 'en') =>
      cases.map((entry) => ({
        reportedEntity: entry.enterprise.name[locale],
        problem: entry.problem[locale],
        locality:
          locale === 'zh'
            ? `${city.name.zh}${entry.enterprise.district.zh}`
            : `${entry.enterprise.district.en}, ${city.name.en}`,
        result: entry.result[locale],
        ...(entry.closedOn === undefined ? {} : { closedOn: entry.closedOn }),
      }));
    return context.item(COMPLAINT, {
      key: `complaint-report:${month}`,
      title: {
        zh: `${chineseMonth(month)}“12369”环保举报办理情况`,
        en: `12369 environmental complaints handled, ${englishMonth(month)}`,
      },
      department: context.department(COMPLAINT, 'petitions'),
      dateFormed: minDate(addDays(lastDayOfMonth(month), 10), context.today),
      regionCode: context.bureauRegion,
      topic: { zh: '12369环保举报', en: '12369 complaints' },
      summary: {
        zh: `${chineseMonth(month)}共受理“12369”环保举报${total}件，公开已办理的典型案件${caseCount}件。`,
        en: `${englishMonth(month)}: ${total} complaints accepted through the 12369 hotline; ${caseCount} typical cases listed.`,
      },
      // totalCases is derived by the server from the totals.
      fields: {
        period: month,
        totalsByChannel: splitTotal({ total, weights: channelWeights, random }),
        totalsByPollutionType: splitTotal({ total, weights: typeWeights, random }),
        cases: caseList('zh'),
      },
      englishFields: { cases: caseList('en') },
    });
  });
}
