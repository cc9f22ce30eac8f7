import { loadDomainConfig } from '@disclosure-hub/config';
import type { SurfaceWaterIndicatorKey } from '@disclosure-hub/config';
import type { Random } from '../create-random';
import type { DemoContext } from '../demo-context';
import { addDays, chineseMonth, englishMonth, lastDayOfMonth, minDate, previousMonths } from '../demo-dates';
import type { DemoItem } from '../demo-item';
import type { DemoText } from '../vocabulary';
import { demoCities } from '../vocabulary';

const DRINKING = 'api::drinking-water-source-report.drinking-water-source-report';
const SURFACE = 'api::surface-water-report.surface-water-report';
const MONTHS = 12;
/** Monthly reports come out within about two weeks of the month's end. */
const REPORT_LAG_DAYS = 12;

type SourceType = 'river' | 'lake' | 'groundwater';

interface DemoDrinkingSource {
  name: string;
  sourceType: SourceType;
  /** Typical monthly withdrawal, 10 000 t (万吨). */
  monthlyVolume: number;
}

const drinkingSources: Record<string, readonly DemoDrinkingSource[]> = {
  '410100': [
    { name: '黄河东区水源地', sourceType: 'river', monthlyVolume: 900 },
    { name: '尖岗水库水源地', sourceType: 'lake', monthlyVolume: 300 },
    { name: '北郊地下水水源地', sourceType: 'groundwater', monthlyVolume: 120 },
  ],
  '410200': [
    { name: '黄河黑岗口水源地', sourceType: 'river', monthlyVolume: 400 },
    { name: '东郊地下水水源地', sourceType: 'groundwater', monthlyVolume: 150 },
  ],
  '410300': [
    { name: '陆浑水库水源地', sourceType: 'lake', monthlyVolume: 500 },
    { name: '伊河水源地', sourceType: 'river', monthlyVolume: 200 },
    { name: '洛河地下水水源地', sourceType: 'groundwater', monthlyVolume: 250 },
    { name: '西郊地下水水源地', sourceType: 'groundwater', monthlyVolume: 80 },
  ],
};

/** Indicators that typically exceed at each source type; groundwater mostly iron and manganese. */
const exceedanceCandidates: Record<SourceType, readonly { indicator: string; name: DemoText }[]> = {
  river: [
    { indicator: 'tp', name: { zh: '总磷', en: 'Total phosphorus' } },
    { indicator: 'nh3n', name: { zh: '氨氮', en: 'Ammonia nitrogen' } },
    { indicator: 'mn', name: { zh: '锰', en: 'Manganese' } },
  ],
  lake: [
    { indicator: 'tp', name: { zh: '总磷', en: 'Total phosphorus' } },
    { indicator: 'fe', name: { zh: '铁', en: 'Iron' } },
  ],
  groundwater: [
    { indicator: 'mn', name: { zh: '锰', en: 'Manganese' } },
    { indicator: 'fe', name: { zh: '铁', en: 'Iron' } },
    { indicator: 'f', name: { zh: '氟化物', en: 'Fluoride' } },
  ],
};

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function reportDate(context: DemoContext, month: string): string {
  return minDate(addDays(lastDayOfMonth(month), REPORT_LAG_DAYS), context.today);
}

function drinkingWaterReports(context: DemoContext): DemoItem[] {
  const random = context.random('drinking-water');
  const months = previousMonths(context.today, MONTHS);
  const items: DemoItem[] = [];
  demoCities.forEach((city, cityIndex) => {
    const sources = drinkingSources[city.code] ?? [];
    // Every other city gets one guaranteed exceedance, so every seed shows the non-compliant case.
    const forced = cityIndex % 2 === 0 ? { month: random.int(0, MONTHS - 1), source: sources.length - 1 } : undefined;
    months.forEach((month, monthIndex) => {
      const summer = ['06', '07', '08'].includes(month.slice(5));
      const reportSources = sources.map((source, sourceIndex) => {
        const waterWithdrawn = round(source.monthlyVolume * random.float(0.9, 1.1) * (summer ? 1.1 : 1), 2);
        const exceeds =
          (forced?.month === monthIndex && forced.source === sourceIndex) ||
          random.chance(source.sourceType === 'groundwater' ? 0.08 : 0.04);
        if (!exceeds)
          return {
            name: source.name,
            sourceType: source.sourceType,
            compliant: true,
            exceededIndicators: [],
            waterWithdrawn,
            compliantVolume: waterWithdrawn,
          };
        const exceeded = random
          .sample(exceedanceCandidates[source.sourceType], random.chance(0.8) ? 1 : 2)
          .map((candidate) => ({
            indicator: candidate.indicator,
            name: candidate.name,
            multiple: round(random.float(0.05, 0.9), 2),
          }));
        return {
          name: source.name,
          sourceType: source.sourceType,
          compliant: false,
          exceededIndicators: exceeded,
          waterWithdrawn,
          compliantVolume: 0,
        };
      });
      const compliantCount = reportSources.filter((source) => source.compliant).length;
      items.push(
        context.item(DRINKING, {
          key: `drinking-water-source-report:${city.code}:${month}`,
          title: {
            zh: `${city.name.zh}${chineseMonth(month)}集中式生活饮用水水源水质状况报告`,
            en: `${city.name.en} centralised drinking-water sources, ${englishMonth(month)}`,
          },
          department: context.department(DRINKING, city.code === '410300' ? 'pollutionControl' : 'monitoring'),
          dateFormed: reportDate(context, month),
          regionCode: city.code,
          topic: { zh: '饮用水水源', en: 'Drinking-water sources' },
          summary: {
            zh: `${chineseMonth(month)}${city.name.zh}监测集中式生活饮用水水源${sources.length}个，${compliantCount}个达标。`,
            en: `${englishMonth(month)}: ${sources.length} centralised drinking-water sources monitored in ${city.name.en}, ${compliantCount} met the standard.`,
          },
          fields: { month, city: city.name.zh, sources: reportSources },
          englishFields: { city: city.name.en },
        }),
      );
    });
  });
  return items;
}

interface DemoSection {
  code: string;
  name: DemoText;
  waterbody: DemoText;
  waterbodyType: 'river' | 'lake';
  regionCode: string;
  /** Usual class index (0 = I … 5 = 劣V). */
  usualClass: number;
}

const sections: readonly DemoSection[] = [
  {
    code: 'DEMO-410100-01',
    name: { zh: '黄河花园口断面', en: 'Yellow River, Huayuankou section' },
    waterbody: { zh: '黄河', en: 'Yellow River' },
    waterbodyType: 'river',
    regionCode: '410100',
    usualClass: 1,
  },
  {
    code: 'DEMO-410100-02',
    name: { zh: '贾鲁河中牟断面', en: 'Jialu River, Zhongmou section' },
    waterbody: { zh: '贾鲁河', en: 'Jialu River' },
    waterbodyType: 'river',
    regionCode: '410100',
    usualClass: 3,
  },
  {
    code: 'DEMO-410100-03',
    name: { zh: '尖岗水库库心', en: 'Jiangang Reservoir, centre' },
    waterbody: { zh: '尖岗水库', en: 'Jiangang Reservoir' },
    waterbodyType: 'lake',
    regionCode: '410100',
    usualClass: 2,
  },
  {
    code: 'DEMO-410200-01',
    name: { zh: '惠济河东郊断面', en: 'Huiji River, eastern suburb section' },
    waterbody: { zh: '惠济河', en: 'Huiji River' },
    waterbodyType: 'river',
    regionCode: '410200',
    usualClass: 3,
  },
  {
    code: 'DEMO-410300-01',
    name: { zh: '洛河白马寺断面', en: 'Luo River, Baimasi section' },
    waterbody: { zh: '洛河', en: 'Luo River' },
    waterbodyType: 'river',
    regionCode: '410300',
    usualClass: 2,
  },
  {
    code: 'DEMO-410300-02',
    name: { zh: '伊河龙门断面', en: 'Yi River, Longmen section' },
    waterbody: { zh: '伊河', en: 'Yi River' },
    waterbodyType: 'river',
    regionCode: '410300',
    usualClass: 1,
  },
];

/** Indicators that usually decide a section's class. */
const limitingCandidates: Record<'river' | 'lake', readonly SurfaceWaterIndicatorKey[]> = {
  river: ['codMn', 'cod', 'bod5', 'nh3n', 'tp'],
  lake: ['codMn', 'tp', 'cod'],
};

const decimals: Partial<Record<SurfaceWaterIndicatorKey, number>> = {
  do: 1,
  codMn: 1,
  cod: 0,
  bod5: 1,
  nh3n: 3,
  tp: 3,
  tn: 2,
};

/**
 * A value of one indicator inside the band of a class (index 0 = I … 5 = 劣V), read from the
 * configured GB 3838 limits so the demo never disagrees with the classifier.
 */
function valueInClass(input: {
  key: SurfaceWaterIndicatorKey;
  classIndex: number;
  waterbody: 'river' | 'lake';
  random: Random;
}): number {
  const indicator = loadDomainConfig().gb3838.indicators.find((candidate) => candidate.key === input.key);
  const limits = (input.waterbody === 'lake' ? indicator?.lakeLimits : undefined) ?? indicator?.limits;
  if (indicator === undefined || limits === undefined) throw new RangeError(`no GB 3838 limits for ${input.key}`);
  const k = input.classIndex;
  const places = decimals[input.key] ?? 3;
  const position = input.random.float(0.15, 0.85);
  if (indicator.direction === 'higherIsBetter') {
    const upper = k === 0 ? (limits[0] ?? 0) * 1.3 : (limits[k - 1] ?? 0);
    const lower = k >= 5 ? (limits[4] ?? 0) * 0.6 : (limits[k] ?? 0);
    return round(lower + position * (upper - lower), places);
  }
  const upper = k >= 5 ? (limits[4] ?? 0) * 1.5 : (limits[k] ?? 0);
  const lower = k === 0 ? upper * 0.4 : k >= 5 ? (limits[4] ?? 0) : (limits[k - 1] ?? 0);
  const value = upper > lower ? lower + position * (upper - lower) : upper * input.random.float(0.6, 0.95);
  // Never round a small positive value down to zero.
  return Math.max(10 ** -places, round(value, places));
}

function surfaceWaterReports(context: DemoContext): DemoItem[] {
  const random = context.random('surface-water');
  const months = previousMonths(context.today, MONTHS);
  const items: DemoItem[] = [];
  for (const section of sections) {
    for (const month of months) {
      const roll = random.next();
      const shift = roll < 0.15 ? -1 : roll < 0.8 ? 0 : roll < 0.97 ? 1 : 2;
      const target = Math.min(5, Math.max(0, section.usualClass + shift));
      const limiting = new Set(random.sample(limitingCandidates[section.waterbodyType], random.chance(0.7) ? 1 : 2));
      const values: Partial<Record<SurfaceWaterIndicatorKey, number>> = { ph: round(random.float(7.2, 8.4), 2) };
      values.do = valueInClass({
        key: 'do',
        classIndex: random.int(0, Math.min(target, 2)),
        waterbody: section.waterbodyType,
        random,
      });
      for (const key of ['codMn', 'cod', 'bod5', 'nh3n', 'tp'] as const) {
        const classIndex = limiting.has(key) ? target : random.int(Math.max(0, target - 2), target);
        values[key] = valueInClass({ key, classIndex, waterbody: section.waterbodyType, random });
      }
      // TN is reported but evaluated separately (环办〔2011〕22号).
      values.tn = round(random.float(0.6, section.waterbodyType === 'lake' ? 1.6 : 4.5), 2);
      values.f = round(random.float(0.3, 0.9), 2);
      values.oil = round(random.float(0.01, 0.04), 2);
      const sampledOn = `${month}-${String(random.int(5, 15)).padStart(2, '0')}`;
      items.push(
        context.item(SURFACE, {
          key: `surface-water-report:${section.code}:${month}`,
          title: {
            zh: `${section.name.zh}${chineseMonth(month)}水质监测结果`,
            en: `${section.name.en}: surface water quality, ${englishMonth(month)}`,
          },
          department: context.department(SURFACE, section.regionCode === '410300' ? 'pollutionControl' : 'monitoring'),
          dateFormed: reportDate(context, month),
          regionCode: section.regionCode,
          topic: { zh: '地表水', en: 'Surface water' },
          summary: {
            zh: `${section.waterbody.zh}${section.name.zh}${chineseMonth(month)}监测结果，按GB 3838-2002单因子评价。`,
            en: `Monitoring results of the ${section.name.en} (${section.waterbody.en}) for ${englishMonth(month)}, assessed by the single-factor method of GB 3838-2002.`,
          },
          fields: {
            sectionName: section.name.zh,
            sectionCode: section.code,
            waterbodyName: section.waterbody.zh,
            waterbodyType: section.waterbodyType,
            period: month,
            sampledOn,
            values,
          },
          englishFields: { sectionName: section.name.en, waterbodyName: section.waterbody.en },
        }),
      );
    }
  }
  return items;
}

/** Monthly drinking-water source reports per city and monthly surface-water section results. */
export function generateWater(context: DemoContext): DemoItem[] {
  return [...drinkingWaterReports(context), ...surfaceWaterReports(context)];
}
