import { aqiStandardForDate, computeAqi } from '@disclosure-hub/workflows';
import type { DemoContext } from '../demo-context';
import { addDays, chineseDate, dayOfYear } from '../demo-dates';
import type { DemoItem } from '../demo-item';
import { demoCities } from '../vocabulary';
import type { DemoCity } from '../vocabulary';

const DAILY = 'api::air-quality-daily.air-quality-daily';
const FORECAST = 'api::air-quality-forecast.air-quality-forecast';
const DAYS = 365;
/** Forecasts are issued today (drafts awaiting review) and a week ago (already published). */
const FORECAST_ISSUE_OFFSETS = [7, 0];
const FORECAST_HORIZON = 3;

/** The concentrations a monitoring station reports for one day; everything else the server derives. */
interface DailyConcentrations {
  pm25: number;
  pm10: number;
  so2: number;
  no2: number;
  co: number;
  o3Max8h: number;
  o3Max1h: number;
}

const round = (value: number, decimals = 0) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * A year of daily means per city. Seasonality follows the North China Plain pattern: particulates,
 * SO2, NO2 and CO peak in winter (heating, stagnant air), ozone peaks in early summer, coarse dust
 * in spring. A shared regional AR(1) term makes pollution episodes last several days and hit the
 * three cities together; a smaller city term lets them differ.
 */
function simulateYear(context: DemoContext): Map<string, { date: string; values: DailyConcentrations }[]> {
  const random = context.random('air-quality-daily');
  const start = addDays(context.today, -(DAYS - 1));
  const regional: { particulate: number; ozone: number }[] = [];
  let particulate = 0;
  let ozone = 0;
  for (let i = 0; i < DAYS; i += 1) {
    particulate = 0.72 * particulate + 0.3 * random.normal();
    ozone = 0.6 * ozone + 0.18 * random.normal();
    regional.push({ particulate, ozone });
  }
  const byCity = new Map<string, { date: string; values: DailyConcentrations }[]>();
  for (const city of demoCities) {
    let local = 0;
    const days: { date: string; values: DailyConcentrations }[] = [];
    for (let i = 0; i < DAYS; i += 1) {
      const date = addDays(start, i);
      const doy = dayOfYear(date);
      const winter = Math.cos((2 * Math.PI * (doy - 15)) / 365.25);
      const summer = Math.cos((2 * Math.PI * (doy - 172)) / 365.25);
      const dust = Math.exp(-(((doy - 100) / 30) ** 2));
      const shared = regional[i] ?? { particulate: 0, ozone: 0 };
      local = 0.5 * local + 0.15 * random.normal();
      const episode = shared.particulate + local;
      const pm25 = 42 * city.pollutionFactor * Math.exp(0.55 * winter + episode);
      const pm10 = pm25 * Math.max(1.25, 1.6 + 0.6 * dust + 0.12 * random.normal());
      const o3Max8h = 105 * Math.exp(0.5 * summer + shared.ozone + 0.08 * random.normal());
      days.push({
        date,
        values: {
          pm25: Math.max(3, round(pm25)),
          pm10: Math.max(8, round(pm10)),
          so2: Math.max(2, round(9 * Math.exp(0.45 * winter + 0.25 * random.normal()))),
          no2: Math.max(
            5,
            round(34 * city.pollutionFactor * Math.exp(0.3 * winter + 0.4 * episode + 0.1 * random.normal())),
          ),
          co: Math.max(0.2, round(0.85 * Math.exp(0.4 * winter + 0.5 * episode + 0.1 * random.normal()), 1)),
          o3Max8h: Math.max(5, round(o3Max8h)),
          o3Max1h: Math.max(6, round(o3Max8h * random.float(1.12, 1.35))),
        },
      });
    }
    byCity.set(city.code, days);
  }
  return byCity;
}

function dailyItem(context: DemoContext, city: DemoCity, date: string, values: DailyConcentrations): DemoItem {
  return context.item(DAILY, {
    key: `air-quality-daily:${city.code}:${date}`,
    title: { zh: `${city.name.zh}${chineseDate(date)}空气质量日报`, en: `${city.name.en} daily air quality, ${date}` },
    department: context.department(DAILY, 'monitoring'),
    dateFormed: date,
    regionCode: city.code,
    topic: { zh: '空气质量', en: 'Air quality' },
    summary: {
      zh: `${city.name.zh}${chineseDate(date)}环境空气质量日报：PM2.5、PM10、SO2、NO2、CO 的24小时平均浓度及 O3 日最大8小时、1小时平均浓度。`,
      en: `Daily air quality report for ${city.name.en} on ${date}: 24-hour means of PM2.5, PM10, SO2, NO2 and CO, and the daily maximum 8-hour and 1-hour ozone.`,
    },
    fields: { city: city.name.zh, date, ...values },
    englishFields: { city: city.name.en },
  });
}

type ForecastPollutant = 'pm25' | 'pm10' | 'so2' | 'no2' | 'co' | 'o3';

function levelOf(aqi: number, date: string): number {
  const level = aqiStandardForDate({ date }).levels.find(
    (candidate) => aqi >= candidate.aqiMin && (candidate.aqiMax === null || aqi <= candidate.aqiMax),
  );
  if (level === undefined) throw new RangeError(`AQI ${aqi} is outside every level`);
  return level.level;
}

function forecastItem(
  context: DemoContext,
  input: { city: DemoCity; issued: string; target: string; observed: DailyConcentrations },
): DemoItem {
  const random = context.random(`air-quality-forecast:${input.city.code}:${input.issued}:${input.target}`);
  const { city, issued, target, observed } = input;
  const base = computeAqi({
    date: issued,
    kind: 'daily',
    concentrations: {
      pm25: observed.pm25,
      pm10: observed.pm10,
      so2: observed.so2,
      no2: observed.no2,
      co: observed.co,
      o3_8h: observed.o3Max8h,
      o3_1h: observed.o3Max1h,
    },
  });
  const centre = Math.min(400, Math.max(20, base.aqi * Math.exp(0.2 * random.normal())));
  const aqiMin = Math.max(0, Math.round(centre - random.int(10, 20)));
  const aqiMax = Math.min(500, Math.round(centre + random.int(10, 25)));
  const observedPrimary = base.primaryPollutants[0];
  const seasonal: ForecastPollutant = observed.o3Max8h > 120 ? 'o3' : 'pm25';
  const primary: ForecastPollutant =
    observedPrimary === undefined
      ? seasonal
      : observedPrimary === 'o3_8h' || observedPrimary === 'o3_1h'
        ? 'o3'
        : observedPrimary;
  const fields: Record<string, unknown> = {
    city: city.name.zh,
    targetDate: target,
    aqiMin,
    aqiMax,
    levelMin: levelOf(aqiMin, target),
    levelMax: levelOf(aqiMax, target),
  };
  // 首要污染物 only exists when the AQI can exceed 50 (HJ 633).
  if (aqiMax > 50) fields.primaryPollutant = primary;
  return context.item(FORECAST, {
    key: `air-quality-forecast:${city.code}:${issued}:${target}`,
    title: {
      zh: `${city.name.zh}${chineseDate(target)}空气质量预报`,
      en: `${city.name.en} air quality forecast for ${target}`,
    },
    department: context.department(FORECAST, 'monitoring'),
    dateFormed: issued,
    regionCode: city.code,
    topic: { zh: '空气质量预报', en: 'Air quality forecast' },
    summary: {
      zh: `${chineseDate(issued)}发布：预计${chineseDate(target)}${city.name.zh}空气质量指数 ${aqiMin}—${aqiMax}。`,
      en: `Issued ${issued}: the AQI in ${city.name.en} on ${target} is expected between ${aqiMin} and ${aqiMax}.`,
    },
    fields,
    englishFields: { city: city.name.en },
  });
}

/** 365 daily reports per city ending today, and short-range forecasts issued a week ago and today. */
export function generateAirQuality(context: DemoContext): DemoItem[] {
  const year = simulateYear(context);
  const items: DemoItem[] = [];
  for (const city of demoCities) {
    for (const day of year.get(city.code) ?? []) items.push(dailyItem(context, city, day.date, day.values));
  }
  for (const city of demoCities) {
    const days = year.get(city.code) ?? [];
    for (const offset of FORECAST_ISSUE_OFFSETS) {
      const issued = addDays(context.today, -offset);
      const observed = days.find((day) => day.date === issued)?.values;
      if (observed === undefined) continue;
      for (let ahead = 1; ahead <= FORECAST_HORIZON; ahead += 1) {
        items.push(forecastItem(context, { city, issued, target: addDays(issued, ahead), observed }));
      }
    }
  }
  return items;
}
