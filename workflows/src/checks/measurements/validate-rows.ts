import {
  airMeasurementFields,
  measurementFields,
  radiationMeasurementFields,
  type MeasurementField,
  type MonitoringFile,
  type MonitoringStation,
} from '@disclosure-hub/config';
import { hourOfDate, parseMeasurementTime } from './hours';

/** The closed list of reasons a row is refused. */
export const rowRejectionCodes = [
  'ROW_NOT_OBJECT',
  'STATION_REQUIRED',
  'STATION_UNKNOWN',
  'STATION_NOT_IN_DEPARTMENT',
  'TIME_REQUIRED',
  'TIME_INVALID',
  'TIME_NOT_ON_HOUR',
  'TIME_IN_FUTURE',
  'TIME_TOO_OLD',
  'FIELD_UNKNOWN',
  'FIELD_NOT_FOR_STATION',
  'VALUE_NOT_NUMBER',
  'VALUE_NEGATIVE',
  'VALUE_OUT_OF_RANGE',
  'VALUES_MISSING',
  'DUPLICATE_IN_BATCH',
  'CONFLICTS_WITH_STORED',
] as const;
export type RowRejectionCode = (typeof rowRejectionCodes)[number];

export interface RowProblem {
  readonly code: RowRejectionCode;
  readonly field?: string;
  readonly message: string;
}

export interface RowRejection extends RowProblem {
  /** 1-based: the line of a CSV file (the header is line 1) or the position in a JSON array. */
  readonly line: number;
  readonly station?: string;
  readonly time?: string;
  /** Every problem of the row; the first is repeated as `code`. */
  readonly problems: readonly RowProblem[];
}

export type MeasurementValues = Partial<Record<MeasurementField, number | null>>;

/** A valid hourly measurement, ready to store. */
export interface Measurement {
  readonly line: number;
  readonly station: string;
  /** Hours since the Unix epoch (UTC) of the start of the hour the values average. */
  readonly hour: number;
  readonly values: MeasurementValues;
}

export interface RawRow {
  readonly line: number;
  /** A JSON array element (numbers expected) or the cells of a CSV line (strings). */
  readonly value: unknown;
  readonly source: 'json' | 'csv';
}

export type MeasurementRules = Pick<MonitoringFile, 'utcOffset' | 'limits' | 'fields' | 'stations'>;

export interface ValidatedBatch {
  readonly accepted: Measurement[];
  /** Rows repeating an earlier row of the same batch exactly: nothing to store. */
  readonly repeated: { line: number; sameAs: number }[];
  readonly rejected: RowRejection[];
}

const fieldsOfKind: Record<MonitoringStation['kind'], readonly MeasurementField[]> = {
  air: airMeasurementFields,
  radiation: radiationMeasurementFields,
};

const message: Record<RowRejectionCode, string> = {
  ROW_NOT_OBJECT: '该行不是对象 / the row is not an object',
  STATION_REQUIRED: '缺少站点编码 / station is required',
  STATION_UNKNOWN: '未知站点 / unknown station',
  STATION_NOT_IN_DEPARTMENT: '该站点不属于本令牌所属部门 / the station belongs to another department',
  TIME_REQUIRED: '缺少监测时间 / time is required',
  TIME_INVALID: '监测时间格式无效（ISO 8601）/ time is not a valid ISO 8601 time',
  TIME_NOT_ON_HOUR: '监测时间须为整点 / time must be on the hour',
  TIME_IN_FUTURE: '该小时尚未结束 / the hour has not ended yet',
  TIME_TOO_OLD: '监测时间过早 / the time is older than the accepted range',
  FIELD_UNKNOWN: '未知字段 / unknown field',
  FIELD_NOT_FOR_STATION: '该字段不属于此类站点 / the field does not belong to this kind of station',
  VALUE_NOT_NUMBER: '数值无效 / the value is not a number',
  VALUE_NEGATIVE: '数值不能为负 / the value is negative',
  VALUE_OUT_OF_RANGE: '数值超出仪器量程 / the value is above the instrument range',
  VALUES_MISSING: '该行没有任何监测值 / the row carries no measurement',
  DUPLICATE_IN_BATCH: '同一批次中该站点该小时已有不同数值 / the batch has other values for this station and hour',
  CONFLICTS_WITH_STORED: '该站点该小时已存有不同数值 / other values are already stored for this station and hour',
};

export const problem = (code: RowRejectionCode, field?: string, detail?: string): RowProblem => ({
  code,
  ...(field === undefined ? {} : { field }),
  message: detail ? `${message[code]}: ${detail}` : message[code],
});

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function readValue(raw: unknown, source: RawRow['source']): { ok: true; value: number | null } | { ok: false } {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (source === 'csv' && typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { ok: true, value: null };
    if (!numberPattern.test(text)) return { ok: false };
    return { ok: true, value: Number(text) };
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, value: raw };
  return { ok: false };
}

export const sameValues = (a: MeasurementValues, b: MeasurementValues): boolean =>
  measurementFields.every((f) => (a[f] ?? null) === (b[f] ?? null));

/**
 * Validates a batch row by row. A row is accepted only when everything in it is right; a refused
 * row lists every problem. Rows repeating the same station and hour inside the batch are either
 * harmless repeats (same values) or refused (`DUPLICATE_IN_BATCH`).
 */
export function validateMeasurementRows(
  rows: readonly RawRow[],
  { rules, department, now }: { rules: MeasurementRules; department: string; now: Date },
): ValidatedBatch {
  const stations = new Map(rules.stations.map((s) => [s.code, s]));
  const nowHour = hourOfDate(now);
  // An hour is over when its end has passed; five minutes of clock skew are tolerated.
  const latestHour = hourOfDate(new Date(now.getTime() + 5 * 60_000)) - 1;
  const oldestHour = nowHour - rules.limits.maxAgeDays * 24;
  const accepted: Measurement[] = [];
  const repeated: ValidatedBatch['repeated'] = [];
  const rejected: RowRejection[] = [];
  const seen = new Map<string, Measurement>();

  for (const row of rows) {
    const problems: RowProblem[] = [];
    const reject = (extra: { station?: string; time?: string } = {}) =>
      rejected.push({ line: row.line, ...extra, ...problems[0]!, problems });
    if (row.value === null || typeof row.value !== 'object' || Array.isArray(row.value)) {
      problems.push(problem('ROW_NOT_OBJECT'));
      reject();
      continue;
    }
    const record = row.value as Record<string, unknown>;
    const stationCode = typeof record.station === 'string' ? record.station.trim() : undefined;
    const timeText = typeof record.time === 'string' ? record.time.trim() : undefined;
    const echo = { ...(stationCode ? { station: stationCode } : {}), ...(timeText ? { time: timeText } : {}) };

    let station: MonitoringStation | undefined;
    if (!stationCode) problems.push(problem('STATION_REQUIRED', 'station'));
    else {
      station = stations.get(stationCode);
      if (!station) problems.push(problem('STATION_UNKNOWN', 'station', stationCode));
      else if (station.department !== department)
        problems.push(problem('STATION_NOT_IN_DEPARTMENT', 'station', `${stationCode} → ${station.department}`));
    }

    let hour: number | undefined;
    if (!timeText)
      problems.push(
        problem(record.time === undefined || record.time === '' ? 'TIME_REQUIRED' : 'TIME_INVALID', 'time'),
      );
    else {
      const parsed = parseMeasurementTime(timeText, rules.utcOffset);
      if (!parsed.ok) problems.push(problem(parsed.code, 'time', timeText));
      else if (parsed.hour > latestHour) problems.push(problem('TIME_IN_FUTURE', 'time', timeText));
      else if (parsed.hour < oldestHour)
        problems.push(problem('TIME_TOO_OLD', 'time', `${timeText} (> ${rules.limits.maxAgeDays} days)`));
      else hour = parsed.hour;
    }

    const values: MeasurementValues = {};
    let present = 0;
    for (const [key, raw] of Object.entries(record)) {
      if (key === 'station' || key === 'time') continue;
      if (key === '__extra') {
        problems.push(problem('FIELD_UNKNOWN', undefined, 'more cells than header columns'));
        continue;
      }
      if (!(measurementFields as readonly string[]).includes(key)) {
        problems.push(problem('FIELD_UNKNOWN', key));
        continue;
      }
      const field = key as MeasurementField;
      const read = readValue(raw, row.source);
      if (!read.ok) {
        problems.push(problem('VALUE_NOT_NUMBER', field, JSON.stringify(raw)));
        continue;
      }
      if (read.value === null) continue;
      if (station && !fieldsOfKind[station.kind].includes(field)) {
        problems.push(problem('FIELD_NOT_FOR_STATION', field, `${station.kind} station`));
        continue;
      }
      const limits = rules.fields[field];
      if (read.value < 0) problems.push(problem('VALUE_NEGATIVE', field, String(read.value)));
      else if (read.value > limits.max)
        problems.push(problem('VALUE_OUT_OF_RANGE', field, `${read.value} > ${limits.max} ${limits.unit}`));
      else {
        values[field] = read.value;
        present++;
      }
    }
    if (present === 0 && !problems.some((p) => p.field && p.field !== 'station' && p.field !== 'time'))
      problems.push(problem('VALUES_MISSING'));

    if (problems.length === 0 && station && hour !== undefined) {
      const key = `${station.code}@${hour}`;
      const earlier = seen.get(key);
      if (earlier) {
        if (sameValues(earlier.values, values)) repeated.push({ line: row.line, sameAs: earlier.line });
        else {
          problems.push(problem('DUPLICATE_IN_BATCH', undefined, `line ${earlier.line}`));
          reject(echo);
        }
        continue;
      }
      const measurement: Measurement = { line: row.line, station: station.code, hour, values };
      seen.set(key, measurement);
      accepted.push(measurement);
    } else reject(echo);
  }
  return { accepted, repeated, rejected };
}
