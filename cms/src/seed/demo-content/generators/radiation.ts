import type { DemoContext, Exemption } from '../demo-context';
import {
  addDays,
  addYears,
  chineseMonth,
  englishMonth,
  firstDayOfMonth,
  lastDayOfMonth,
  minDate,
  previousMonths,
} from '../demo-dates';
import type { DemoEnterprise } from '../demo-enterprises';
import type { DemoItem } from '../demo-item';
import { generateCreditCode } from '../generate-credit-code';
import type { DemoText } from '../vocabulary';
import { tradeNames } from '../vocabulary';

const MONITORING = 'api::radiation-monitoring.radiation-monitoring';
const LICENCE = 'api::radiation-licence.radiation-licence';
const MONITORED_MONTHS = 5;

interface DemoStation {
  code: string;
  name: DemoText;
  /** Local natural background range, nGy/h. */
  background: [number, number];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Monthly summaries of two automatic stations: typical ambient 60–130 nGy/h (DOMAIN.md §4.1). */
function monitoringReports(context: DemoContext): DemoItem[] {
  const random = context.random('radiation-monitoring');
  const city = context.bureauCity;
  const stations: DemoStation[] = [
    {
      code: `RAD-${context.bureauRegion}-01`,
      name: {
        zh: `${city.name.zh}监测站辐射环境自动监测站`,
        en: `${city.name.en} monitoring station automatic radiation station`,
      },
      background: [58.2, 121.5],
    },
    {
      code: `RAD-${context.bureauRegion}-02`,
      name: {
        zh: `${city.name.zh}北郊辐射环境自动监测站`,
        en: `${city.name.en} northern suburb automatic radiation station`,
      },
      background: [52.6, 132.4],
    },
  ];
  const items: DemoItem[] = [];
  for (const station of stations) {
    for (const month of previousMonths(context.today, MONITORED_MONTHS)) {
      const mean = round1(random.float(72, 98));
      const min = round1(Math.max(station.background[0] + 1, mean - random.float(5, 12)));
      // Rain washes radon progeny down: short spikes that stay inside the background range.
      const max = round1(Math.min(station.background[1] - 1, mean + random.float(8, 28)));
      const periodStart = firstDayOfMonth(month);
      const periodEnd = lastDayOfMonth(month);
      items.push(
        context.item(MONITORING, {
          key: `radiation-monitoring:${station.code}:${month}`,
          title: {
            zh: `${station.name.zh}${chineseMonth(month)}监测结果`,
            en: `${station.name.en}: results for ${englishMonth(month)}`,
          },
          department: context.department(MONITORING, 'radiation'),
          dateFormed: minDate(addDays(periodEnd, 5), context.today),
          regionCode: context.bureauRegion,
          topic: { zh: '辐射环境质量', en: 'Radiation environment' },
          summary: {
            zh: `${chineseMonth(month)}实时连续空气吸收剂量率 ${min}—${max} nGy/h，平均 ${mean} nGy/h。`,
            en: `${englishMonth(month)}: continuous air absorbed dose rate ${min}–${max} nGy/h, mean ${mean} nGy/h.`,
          },
          fields: {
            station: station.name.zh,
            stationCode: station.code,
            periodStart,
            periodEnd,
            doseRateMin: min,
            doseRateMax: max,
            doseRateMean: mean,
            backgroundMin: station.background[0],
            backgroundMax: station.background[1],
            conclusion: '监测期间空气吸收剂量率处于当地天然本底涨落范围内，属正常水平。',
          },
          englishFields: {
            station: station.name.en,
            conclusion:
              'The air absorbed dose rate stayed within the local natural background fluctuation: normal level.',
          },
        }),
      );
    }
  }
  return items;
}

type Decision = 'new' | 'change' | 'renewal' | 'cancellation';

const decisions: readonly Decision[] = [
  'new',
  'new',
  'new',
  'change',
  'change',
  'renewal',
  'renewal',
  'renewal',
  'cancellation',
  'cancellation',
];

const decisionNames: Record<Decision, DemoText> = {
  new: { zh: '新申领', en: 'new licence' },
  change: { zh: '变更', en: 'change' },
  renewal: { zh: '延续', en: 'renewal' },
  cancellation: { zh: '注销', en: 'cancellation' },
};

const scopes: readonly { activityKinds: string[]; scope: DemoText; hospital: boolean }[] = [
  {
    activityKinds: ['use'],
    scope: { zh: '使用Ⅱ类、Ⅲ类射线装置', en: 'Use of Class II and III radiation devices' },
    hospital: true,
  },
  {
    activityKinds: ['use'],
    scope: { zh: '使用Ⅲ类射线装置', en: 'Use of Class III radiation devices' },
    hospital: true,
  },
  { activityKinds: ['use'], scope: { zh: '使用Ⅴ类放射源', en: 'Use of Class V sealed sources' }, hospital: false },
  {
    activityKinds: ['sale', 'use'],
    scope: { zh: '销售和使用Ⅳ类、Ⅴ类放射源', en: 'Sale and use of Class IV and V sealed sources' },
    hospital: false,
  },
  {
    activityKinds: ['use'],
    scope: { zh: '使用Ⅱ类射线装置', en: 'Use of Class II radiation devices' },
    hospital: false,
  },
];

/** Licences valid five years (DOMAIN.md §4.2); each of the four decisions appears. */
function licences(context: DemoContext, enterprises: readonly DemoEnterprise[]): DemoItem[] {
  const random = context.random('radiation-licence');
  const city = context.bureauCity;
  // Certificate numbers take the province's abbreviation (format UNVERIFIED, demo only).
  const province = context.bureauRegion.startsWith('41') ? '豫' : '示';
  const industrial = enterprises.filter((enterprise) =>
    ['steel', 'autoParts', 'electronics', 'chemical'].includes(enterprise.industry.key),
  );
  // One licence stands for a classified holder: recorded, never published.
  const classifiedIndex = random.int(0, decisions.length - 1);
  return decisions.map((decision, index) => {
    const scope = random.pick(scopes);
    const trade = random.pick(tradeNames);
    const holder = scope.hospital
      ? {
          name: {
            zh: `${city.short}${trade.zh}医院有限公司（演示）`,
            en: `${city.name.en} ${trade.en} Hospital Co., Ltd. (Demo)`,
          },
          creditCode: generateCreditCode(random, context.bureauRegion),
        }
      : random.pick(industrial.length > 0 ? industrial : enterprises);
    const decided = addDays(context.today, -random.int(index === 0 ? 1 : 4, 330));
    const issued = decision === 'new' || decision === 'renewal' ? decided : addDays(decided, -random.int(200, 1500));
    const validUntil = decision === 'cancellation' ? decided : addDays(addYears(issued, 5), -1);
    const certificateNumber = `${province}环辐证[${String(random.int(10000, 99999))}]`;
    const exemption: Exemption | undefined =
      index === classifiedIndex ? { attribute: 'withheld', exemptionBasis: 'stateSecret' } : undefined;
    return context.item(LICENCE, {
      key: `radiation-licence:${String(index + 1).padStart(3, '0')}`,
      title: {
        zh: `${holder.name.zh}辐射安全许可证${decisionNames[decision].zh}`,
        en: `Radiation safety licence, ${decisionNames[decision].en}: ${holder.name.en}`,
      },
      department: context.department(LICENCE, 'radiation'),
      dateFormed: decided,
      regionCode: context.bureauRegion,
      ...(exemption === undefined ? {} : { exemption }),
      topic: { zh: '辐射安全许可', en: 'Radiation safety licensing' },
      summary: {
        zh: `${holder.name.zh}辐射安全许可证${decisionNames[decision].zh}，种类和范围：${scope.scope.zh}。`,
        en: `${holder.name.en}: radiation safety licence ${decisionNames[decision].en}; activities: ${scope.scope.en}.`,
      },
      fields: {
        holderName: holder.name.zh,
        holderCreditCode: holder.creditCode,
        activityKinds: scope.activityKinds,
        scope: scope.scope.zh,
        certificateNumber,
        validFrom: issued,
        validUntil,
        decision,
      },
      englishFields: { holderName: holder.name.en, scope: scope.scope.en },
    });
  });
}

/** Station dose-rate summaries and radiation safety licence decisions. */
export function generateRadiation(context: DemoContext, enterprises: readonly DemoEnterprise[]): DemoItem[] {
  return [...monitoringReports(context), ...licences(context, enterprises)];
}
