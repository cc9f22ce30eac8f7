import { aqiStandardForDate, classifySurfaceWater, computeAqi, WorkflowError } from '@disclosure-hub/workflows';
import { surfaceWaterIndicatorKeys } from '@disclosure-hub/config';
import { fieldError, type FieldError } from './field-error';
import { isRecord, readArray, readNumber, readString, type Record_ } from './values';

/**
 * What the server knows about one category beyond Strapi's schema: the fields it derives (never
 * trusted from a client), consistency checks, which dates may not lie in the future and which
 * fields hold unified social credit codes.
 */
export interface CategoryRules {
  /** Fields the server computes; read-only in the admin. */
  derivedFields?: string[];
  /** Returns derived values to store, or field errors. `record` is the merged document. */
  derive?(record: Record_): { values: Record_; errors: FieldError[] };
  /** Checks across fields that Strapi's per-field validation cannot express. */
  check?(record: Record_): FieldError[];
  /** Top-level date or datetime fields that cannot be later than today (Asia/Shanghai). */
  pastDates?: string[];
  /** Top-level `YYYY-MM` fields that cannot be later than the current month. */
  pastMonths?: string[];
  creditCodes?: string[];
}

/**
 * Plausibility bounds far above the AQI tables' top breakpoints: a value beyond them is an
 * instrument or typing fault, not air. µg/m³, CO in mg/m³.
 */
const concentrationBounds: Record<string, number> = {
  pm25: 2000,
  pm10: 5000,
  so2: 5000,
  no2: 3000,
  co: 150,
  o3Max8h: 1500,
  o3Max1h: 2000,
};

const aqiFieldFor: Record<string, string> = { o3_8h: 'o3Max8h', o3_1h: 'o3Max1h' };

function boundErrors(record: Record_, bounds: Record<string, number>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, max] of Object.entries(bounds)) {
    const value = readNumber(record[field]);
    if (value === undefined) continue;
    if (Number.isNaN(value)) errors.push(fieldError([field], 'INVALID_VALUE', `${field} 不是数字 / is not a number`));
    else if (value < 0 || value > max)
      errors.push(fieldError([field], 'VALUE_OUT_OF_RANGE', `${field} 超出合理范围 0–${max} / outside 0–${max}`));
  }
  return errors;
}

function measurementError(error: unknown, fieldFor: (field: string) => string): FieldError[] {
  if (error instanceof WorkflowError && error.code === 'INVALID_MEASUREMENT') {
    const field = String(error.details.field ?? 'concentrations');
    const value = error.details.value;
    const code = value === undefined ? 'REQUIRED' : 'INVALID_VALUE';
    return [fieldError([fieldFor(field)], code, error.message)];
  }
  throw error;
}

function orderError(path: (string | number)[], message: string): FieldError {
  return fieldError(path, 'DATE_ORDER', message);
}

function levelForAqi(aqi: number, date: string): number | undefined {
  const standard = aqiStandardForDate({ date });
  return standard.levels.find((l) => aqi >= l.aqiMin && (l.aqiMax == null || aqi <= l.aqiMax))?.level;
}

const airQualityDaily: CategoryRules = {
  derivedFields: ['aqi', 'level', 'category', 'primaryPollutants', 'iaqi', 'standard'],
  pastDates: ['date'],
  derive(record) {
    const errors = boundErrors(record, concentrationBounds);
    const date = readString(record.date);
    if (errors.length > 0 || !date) return { values: {}, errors };
    try {
      const result = computeAqi({
        date,
        kind: 'daily',
        concentrations: {
          pm25: readNumber(record.pm25) as number,
          pm10: readNumber(record.pm10) as number,
          so2: readNumber(record.so2) as number,
          no2: readNumber(record.no2) as number,
          co: readNumber(record.co) as number,
          o3_8h: readNumber(record.o3Max8h),
          o3_1h: readNumber(record.o3Max1h),
        },
      });
      return {
        values: {
          aqi: result.aqi,
          level: result.level,
          category: result.category.zh,
          primaryPollutants: result.primaryPollutants,
          iaqi: result.iaqi,
          standard: result.standard,
        },
        errors: [],
      };
    } catch (error) {
      return { values: {}, errors: measurementError(error, (f) => aqiFieldFor[f] ?? f) };
    }
  },
};

const airQualityForecast: CategoryRules = {
  derivedFields: ['levelMin', 'levelMax'],
  derive(record) {
    const min = readNumber(record.aqiMin);
    const max = readNumber(record.aqiMax);
    const date = readString(record.targetDate);
    if (min === undefined || max === undefined || !date) return { values: {}, errors: [] };
    if (min > max)
      return {
        values: {},
        errors: [fieldError(['aqiMax'], 'INVALID_VALUE', 'AQI 上限小于下限 / aqiMax is below aqiMin')],
      };
    if (max > 500)
      return {
        values: {},
        errors: [fieldError(['aqiMax'], 'VALUE_OUT_OF_RANGE', 'AQI 预报上限不超过500 / at most 500')],
      };
    return { values: { levelMin: levelForAqi(min, date), levelMax: levelForAqi(max, date) }, errors: [] };
  },
};

const round2 = (n: number) => Math.round(n * 100) / 100;

const drinkingWater: CategoryRules = {
  derivedFields: [
    'sourceCount',
    'compliantSourceCount',
    'totalWithdrawn',
    'totalCompliantVolume',
    'volumeComplianceRate',
  ],
  pastMonths: ['month'],
  derive(record) {
    const sources = readArray(record.sources);
    const errors: FieldError[] = [];
    let withdrawn = 0;
    let compliantVolume = 0;
    sources.forEach((source, i) => {
      const w = readNumber(source.waterWithdrawn);
      const c = readNumber(source.compliantVolume);
      if (w !== undefined && c !== undefined && c > w)
        errors.push(
          fieldError(
            ['sources', i, 'compliantVolume'],
            'INVALID_VALUE',
            '达标水量大于取水量 / compliant volume exceeds withdrawal',
          ),
        );
      const exceeded = Array.isArray(source.exceededIndicators) ? source.exceededIndicators : [];
      if (source.compliant === true && exceeded.length > 0)
        errors.push(
          fieldError(
            ['sources', i, 'exceededIndicators'],
            'INVALID_VALUE',
            '达标水源不应有超标指标 / a compliant source has no exceeded indicators',
          ),
        );
      if (source.compliant === false && exceeded.length === 0)
        errors.push(
          fieldError(
            ['sources', i, 'exceededIndicators'],
            'REQUIRED',
            '不达标水源须列出超标指标及倍数 / list the exceeded indicators',
          ),
        );
      withdrawn += w ?? 0;
      compliantVolume += c ?? 0;
    });
    return {
      values: {
        sourceCount: sources.length,
        compliantSourceCount: sources.filter((s) => s.compliant === true).length,
        totalWithdrawn: round2(withdrawn),
        totalCompliantVolume: round2(compliantVolume),
        volumeComplianceRate: withdrawn > 0 ? round2((compliantVolume / withdrawn) * 100) : null,
      },
      errors,
    };
  },
};

const surfaceWater: CategoryRules = {
  derivedFields: ['waterClass', 'limitingIndicators', 'mainPollutants'],
  pastDates: ['sampledOn'],
  derive(record) {
    const values = record.values;
    if (!isRecord(values)) return { values: {}, errors: [] };
    const errors: FieldError[] = [];
    const numeric: Record<string, number> = {};
    for (const [key, raw] of Object.entries(values)) {
      const value = readNumber(raw);
      if (!(surfaceWaterIndicatorKeys as readonly string[]).includes(key))
        errors.push(fieldError(['values', key], 'INVALID_VALUE', `未知指标 / unknown indicator ${key}`));
      else if (value === undefined || Number.isNaN(value) || value < 0)
        errors.push(
          fieldError(['values', key], 'VALUE_OUT_OF_RANGE', `${key} 须为非负数 / must be a non-negative number`),
        );
      else numeric[key] = value;
    }
    if (errors.length > 0) return { values: {}, errors };
    if (Object.keys(numeric).length === 0)
      return { values: {}, errors: [fieldError(['values'], 'REQUIRED', '至少一项指标 / at least one indicator')] };
    try {
      const result = classifySurfaceWater({
        waterbody: record.waterbodyType === 'lake' ? 'lake' : 'river',
        values: numeric,
      });
      const worseThanIII = Object.entries(result.indicatorClasses)
        .filter(([, c]) => c === 'IV' || c === 'V' || c === '劣V')
        .map(([k]) => k);
      return {
        values: {
          waterClass: result.waterClass,
          limitingIndicators: result.limitingIndicators,
          mainPollutants: worseThanIII,
        },
        errors: [],
      };
    } catch (error) {
      return { values: {}, errors: measurementError(error, (f) => `values.${f}`) };
    }
  },
};

const eiaStageOrder = [
  'accepted',
  'proposedApproval',
  'approved',
  'completionAccepted',
  'proposedCompletion',
  'completionApproved',
];

const eiaProject: CategoryRules = {
  derivedFields: ['currentStage'],
  creditCodes: ['builderCreditCode'],
  derive(record) {
    const stages = readArray(record.stages);
    const errors: FieldError[] = [];
    let previous: { date: string; order: number } | undefined;
    stages.forEach((stage, i) => {
      const order = eiaStageOrder.indexOf(String(stage.stage));
      const date = readString(stage.date);
      const start = readString(stage.commentPeriodStart);
      const end = readString(stage.commentPeriodEnd);
      if (start && end && end < start)
        errors.push(
          orderError(['stages', i, 'commentPeriodEnd'], '公示结束早于开始 / comment period ends before it starts'),
        );
      if (date && previous && (order < previous.order || date < previous.date))
        errors.push(
          orderError(
            ['stages', i, 'date'],
            '环评阶段须按顺序和时间排列 / stages must follow each other in order and time',
          ),
        );
      if (date && order >= 0) previous = { date, order };
    });
    const last = stages.map((s) => String(s.stage)).filter((s) => eiaStageOrder.includes(s));
    const currentStage = last.length > 0 ? eiaStageOrder[Math.max(...last.map((s) => eiaStageOrder.indexOf(s)))] : null;
    return { values: { currentStage }, errors };
  },
  check(record) {
    return readArray(record.stages).flatMap((stage, i) => pastDateErrors(stage, ['date'], ['stages', i]));
  },
};

const radiationMonitoring: CategoryRules = {
  derivedFields: ['withinBackground'],
  pastDates: ['periodStart', 'periodEnd'],
  derive(record) {
    const errors = boundErrors(record, {
      doseRateMin: 100000,
      doseRateMax: 100000,
      doseRateMean: 100000,
      backgroundMin: 100000,
      backgroundMax: 100000,
    });
    const [min, mean, max] = [
      readNumber(record.doseRateMin),
      readNumber(record.doseRateMean),
      readNumber(record.doseRateMax),
    ];
    if (min !== undefined && max !== undefined && min > max)
      errors.push(fieldError(['doseRateMax'], 'INVALID_VALUE', '最大值小于最小值 / max below min'));
    if (mean !== undefined && ((min !== undefined && mean < min) || (max !== undefined && mean > max)))
      errors.push(
        fieldError(['doseRateMean'], 'INVALID_VALUE', '均值须在最小值与最大值之间 / mean must lie between min and max'),
      );
    const [bMin, bMax] = [readNumber(record.backgroundMin), readNumber(record.backgroundMax)];
    if (bMin !== undefined && bMax !== undefined && bMin > bMax)
      errors.push(fieldError(['backgroundMax'], 'INVALID_VALUE', '本底上限小于下限 / background max below min'));
    const start = readString(record.periodStart);
    const end = readString(record.periodEnd);
    if (start && end && end < start)
      errors.push(orderError(['periodEnd'], '监测期结束早于开始 / period ends before it starts'));
    const withinBackground =
      max !== undefined && bMax !== undefined && min !== undefined && bMin !== undefined
        ? min >= bMin && max <= bMax
        : null;
    return { values: { withinBackground }, errors };
  },
};

const radiationLicence: CategoryRules = {
  pastDates: ['validFrom'],
  creditCodes: ['holderCreditCode'],
  check(record) {
    const from = readString(record.validFrom);
    const until = readString(record.validUntil);
    return from && until && until < from
      ? [orderError(['validUntil'], '有效期止早于起 / validity ends before it starts')]
      : [];
  },
};

const incident: CategoryRules = {
  pastDates: ['occurredAt'],
  check(record) {
    const errors: FieldError[] = [];
    const occurredAt = readString(record.occurredAt);
    let previous = occurredAt ? Date.parse(occurredAt) : undefined;
    readArray(record.releases).forEach((release, i) => {
      const at = readString(release.releasedAt);
      if (!at) return;
      const time = Date.parse(at);
      if (time > Date.now())
        errors.push(
          fieldError(
            ['releases', i, 'releasedAt'],
            'DATE_IN_FUTURE',
            '发布时间晚于当前时间 / release time is in the future',
          ),
        );
      if (previous !== undefined && time < previous)
        errors.push(
          orderError(
            ['releases', i, 'releasedAt'],
            '发布时间须晚于事件发生及上一次发布 / releases follow the incident and each other',
          ),
        );
      previous = time;
    });
    return errors;
  },
};

function countTotal(value: unknown, path: string, errors: FieldError[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    errors.push(fieldError([path], 'INVALID_VALUE', `${path} 须为 {类别: 数量} / must map categories to counts`));
    return undefined;
  }
  let total = 0;
  for (const [key, raw] of Object.entries(value)) {
    const n = readNumber(raw);
    if (n === undefined || !Number.isInteger(n) || n < 0)
      errors.push(fieldError([path, key], 'INVALID_VALUE', '须为非负整数 / must be a non-negative integer'));
    else total += n;
  }
  return total;
}

const complaintReport: CategoryRules = {
  derivedFields: ['totalCases'],
  pastMonths: ['period'],
  derive(record) {
    const errors: FieldError[] = [];
    const byChannel = countTotal(record.totalsByChannel, 'totalsByChannel', errors);
    const byType = countTotal(record.totalsByPollutionType, 'totalsByPollutionType', errors);
    if (byChannel !== undefined && byType !== undefined && byChannel !== byType)
      errors.push(
        fieldError(
          ['totalsByPollutionType'],
          'INVALID_VALUE',
          '按渠道与按类型合计不一致 / totals by channel and by type differ',
        ),
      );
    readArray(record.cases).forEach((c, i) => errors.push(...pastDateErrors(c, ['closedOn'], ['cases', i])));
    return { values: { totalCases: byChannel ?? byType ?? null }, errors };
  },
};

const enforcementAction: CategoryRules = {
  pastDates: ['decisionDate'],
  creditCodes: ['entityCreditCode'],
  check(record) {
    const monetary = record.measure === 'fine' || record.measure === 'dailyPenalty';
    const amount = readNumber(record.amount);
    return monetary && (amount === undefined || amount <= 0)
      ? [fieldError(['amount'], 'REQUIRED', '罚款类措施须填写金额 / a fine needs an amount')]
      : [];
  },
};

const pollutantTypes = ['air', 'water', 'soil', 'noise', 'solidWaste', 'hazardousWaste', 'radiation', 'other'];

const keyPolluter: CategoryRules = {
  creditCodes: ['entityCreditCode'],
  check(record) {
    const types = record.pollutantTypes;
    if (types === undefined || types === null) return [];
    if (!Array.isArray(types) || types.some((t) => !pollutantTypes.includes(String(t))))
      return [
        fieldError(['pollutantTypes'], 'INVALID_VALUE', `污染物类别须取自 / must be from ${pollutantTypes.join(', ')}`),
      ];
    return [];
  },
};

export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export function pastDateErrors(record: Record_, fields: string[], prefix: (string | number)[] = []): FieldError[] {
  const limit = today();
  return fields.flatMap((field) => {
    const value = readString(record[field]);
    if (!value) return [];
    const date =
      value.length > 10
        ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(value))
        : value;
    return date > limit
      ? [
          fieldError(
            [...prefix, field],
            'DATE_IN_FUTURE',
            `${field} 不能晚于今天 / cannot be later than today (${limit})`,
          ),
        ]
      : [];
  });
}

export const categoryRules: Record<string, CategoryRules> = {
  'api::air-quality-daily.air-quality-daily': airQualityDaily,
  'api::air-quality-forecast.air-quality-forecast': airQualityForecast,
  'api::drinking-water-source-report.drinking-water-source-report': drinkingWater,
  'api::surface-water-report.surface-water-report': surfaceWater,
  'api::eia-project.eia-project': eiaProject,
  'api::radiation-monitoring.radiation-monitoring': radiationMonitoring,
  'api::radiation-licence.radiation-licence': radiationLicence,
  'api::environmental-incident.environmental-incident': incident,
  'api::complaint-report.complaint-report': complaintReport,
  'api::enforcement-action.enforcement-action': enforcementAction,
  'api::key-polluter.key-polluter': keyPolluter,
  'api::policy-document.policy-document': {},
};
