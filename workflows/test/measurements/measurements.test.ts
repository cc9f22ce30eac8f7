import { loadDomainConfig } from '@disclosure-hub/config';
import type { CsvBatchError } from '../../src';
import {
  cityAirDay,
  firstHourOfLocalDate,
  isoOfHour,
  localDateOfHour,
  parseMeasurementCsv,
  parseMeasurementTime,
  radiationStationDay,
  summariseAirStationDay,
  validateMeasurementRows,
  type HourlyMeasurement,
  type RawRow,
} from '../../src';

const rules = loadDomainConfig().monitoring;
const now = new Date('2026-03-16T12:30:00+08:00');
const columns = ['station', 'time', 'pm25', 'pm10', 'so2', 'no2', 'co', 'o3', 'o3_8h', 'doseRate'];
const json = (values: unknown[]): RawRow[] => values.map((value, i) => ({ line: i + 1, value, source: 'json' }));
const validate = (rows: RawRow[], department = 'monitoring') =>
  validateMeasurementRows(rows, { rules, department, now });
const air = { pm25: 35, pm10: 70, so2: 8, no2: 30, co: 0.6, o3: 90 };

describe('measurement times', () => {
  it('reads local time when no offset is given and keeps the hour exact', () => {
    const local = parseMeasurementTime('2026-03-15 07:00', '+08:00');
    const utc = parseMeasurementTime('2026-03-14T23:00:00Z', '+08:00');
    expect(local).toEqual(utc);
    expect(local.ok && isoOfHour(local.hour, '+08:00')).toBe('2026-03-15T07:00:00+08:00');
    expect(local.ok && localDateOfHour(local.hour, '+08:00')).toBe('2026-03-15');
  });

  it.each([
    ['2026-02-30T07:00:00+08:00', 'TIME_INVALID'],
    ['yesterday', 'TIME_INVALID'],
    ['2026-03-15T07:30:00+08:00', 'TIME_NOT_ON_HOUR'],
    ['2026-03-15T07:00:00+05:30', 'TIME_NOT_ON_HOUR'],
  ])('refuses %s with %s', (text, code) => {
    expect(parseMeasurementTime(text, '+08:00')).toEqual({ ok: false, code });
  });
});

describe('parseMeasurementCsv', () => {
  it('reads a header, quoted cells, CRLF, a BOM and blank lines with their file lines', () => {
    const rows = parseMeasurementCsv(
      '\ufeffstation,time,pm25\r\n"410100-A01",2026-03-15 07:00,"35"\r\n\r\n410100-A02,2026-03-15 07:00,\n',
      columns,
    );
    expect(rows).toEqual([
      { line: 2, cells: { station: '410100-A01', time: '2026-03-15 07:00', pm25: '35' } },
      { line: 4, cells: { station: '410100-A02', time: '2026-03-15 07:00', pm25: '' } },
    ]);
  });

  it.each([
    ['', 'CSV_EMPTY'],
    ['410100-A01,2026-03-15 07:00,35\n', 'CSV_HEADER_MISSING'],
    ['station,time,pm2.5\n', 'CSV_HEADER_INVALID'],
    ['station,time,pm25,pm25\n', 'CSV_HEADER_INVALID'],
    ['station,time\n"410100-A01,2026\n', 'CSV_MALFORMED'],
  ])('refuses %j as a whole with %s', (text, code) => {
    expect(() => parseMeasurementCsv(text, columns)).toThrow(expect.objectContaining({ code }) as CsvBatchError);
  });
});

describe('validateMeasurementRows', () => {
  it('accepts valid rows of both kinds and refuses each bad row with its line and code', () => {
    const result = validate(
      json([
        { station: '410100-A01', time: '2026-03-15T07:00:00+08:00', ...air },
        { station: '410100-A01', time: '2026-03-15T08:00:00+08:00', pm25: -1 },
        { station: '410100-A01', time: '2026-03-15T09:00:00+08:00', pm25: '35' },
        { station: 'nowhere', time: '2026-03-15T09:00:00+08:00', pm25: 35 },
        { station: '410100-A01', time: '2026-03-17T09:00:00+08:00', pm25: 35 },
        { station: '410100-A01', time: '2026-03-15T10:00:00+08:00', pm25: 99999 },
        { station: '410100-A01', time: '2026-03-15T11:00:00+08:00', doseRate: 80 },
        { station: '410100-A01', time: '2026-03-15T12:00:00+08:00' },
        [1, 2],
        { station: '410100-R01', time: '2026-03-15T12:00:00+08:00', doseRate: 80 },
        { station: '410100-A01', time: '2026-03-16T11:00:00+08:00', pm25: 35, colour: 'red' },
        { time: '2026-03-15T12:00:00+08:00', pm25: 1 },
      ]),
    );
    expect(result.accepted.map((m) => m.line)).toEqual([1]);
    expect(result.rejected.map((r) => [r.line, r.code])).toEqual([
      [2, 'VALUE_NEGATIVE'],
      [3, 'VALUE_NOT_NUMBER'],
      [4, 'STATION_UNKNOWN'],
      [5, 'TIME_IN_FUTURE'],
      [6, 'VALUE_OUT_OF_RANGE'],
      [7, 'FIELD_NOT_FOR_STATION'],
      [8, 'VALUES_MISSING'],
      [9, 'ROW_NOT_OBJECT'],
      [10, 'STATION_NOT_IN_DEPARTMENT'],
      [11, 'FIELD_UNKNOWN'],
      [12, 'STATION_REQUIRED'],
    ]);
  });

  it('lets the radiation department send dose rates and refuses the hour still running', () => {
    const result = validate(
      json([
        { station: '410100-R01', time: '2026-03-16T11:00:00+08:00', doseRate: 88.5 },
        { station: '410100-R01', time: '2026-03-16T12:00:00+08:00', doseRate: 88.5 },
      ]),
      'radiation',
    );
    expect(result.accepted).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ line: 2, code: 'TIME_IN_FUTURE', field: 'time' });
  });

  it('reads CSV cells as numbers and empty cells as missing values', () => {
    const rows = parseMeasurementCsv(
      'station,time,pm25,pm10\n410100-A01,2026-03-15 07:00,35,\n410100-A01,2026-03-15 08:00,abc,1\n',
      columns,
    );
    const result = validate(rows.map((r) => ({ line: r.line, value: r.cells, source: 'csv' as const })));
    expect(result.accepted[0]).toMatchObject({ line: 2, values: { pm25: 35 } });
    expect(result.accepted[0]!.values.pm10).toBeUndefined();
    expect(result.rejected).toMatchObject([{ line: 3, code: 'VALUE_NOT_NUMBER', field: 'pm25' }]);
  });

  it('treats a repeated identical row as a repeat and a different one as a conflict', () => {
    const row = { station: '410100-A01', time: '2026-03-15T07:00:00+08:00', pm25: 35 };
    const result = validate(json([row, { ...row }, { ...row, pm25: 36 }]));
    expect(result.accepted).toHaveLength(1);
    expect(result.repeated).toEqual([{ line: 2, sameAs: 1 }]);
    expect(result.rejected).toMatchObject([{ line: 3, code: 'DUPLICATE_IN_BATCH' }]);
  });
});

const date = '2026-03-15';
const first = firstHourOfLocalDate(date, rules.utcOffset);
function day(station: string, hours: number, values: (h: number) => Record<string, number>): HourlyMeasurement[] {
  return Array.from({ length: hours }, (_, h) => ({ station, hour: first + h, values: values(h) }));
}

describe('daily releases', () => {
  it('averages a complete air day and computes the 8-hour ozone maximum from hourly ozone', () => {
    const result = summariseAirStationDay(
      '410100-A01',
      date,
      day('410100-A01', 24, (h) => ({ ...air, pm25: 30 + (h % 2) * 10, o3: 50 + h * 5 })),
      rules,
    );
    expect(result.complete).toBe(true);
    expect(result.daily).toMatchObject({ pm25: 35, pm10: 70, co: 0.6, o3Max1h: 165 });
    // The last 8 hours (16–23): 50 + 5·(16…23) → mean 147.5 → 148 (half to even).
    expect(result.daily.o3Max8h).toBe(148);
    expect(result.flags).toEqual([]);
  });

  it('flags an incomplete day, a value above the review threshold and a spike', () => {
    const incomplete = summariseAirStationDay(
      '410100-A01',
      date,
      day('410100-A01', 19, () => air),
      rules,
    );
    expect(incomplete.complete).toBe(false);
    expect(incomplete.flags[0]).toMatchObject({ code: 'INCOMPLETE_DAY', field: 'pm25', value: 19 });
    const spiky = summariseAirStationDay(
      '410100-A01',
      date,
      day('410100-A01', 24, (h) => ({ ...air, pm25: h === 5 ? 600 : 40 })),
      rules,
    );
    expect(spiky.flags.map((f) => [f.code, f.field, f.time])).toEqual([
      ['ABOVE_REVIEW_THRESHOLD', 'pm25', '2026-03-15T05:00:00+08:00'],
      ['SPIKE', 'pm25', '2026-03-15T05:00:00+08:00'],
    ]);
  });

  it('builds the city report from the complete stations and blocks it when too few are complete', () => {
    const stations = rules.stations.filter((s) => s.kind === 'air' && s.city === '410100').map((s) => s.code);
    const all = stations.flatMap((code, i) => day(code, 24, () => ({ ...air, pm25: 30 + i * 2 })));
    const full = cityAirDay('410100', date, all, rules);
    expect(full.flags).toEqual([]);
    expect(full.stationsUsed).toHaveLength(stations.length);
    expect(full.concentrations?.pm25).toBe(37);
    const fewer = cityAirDay(
      '410100',
      date,
      all.filter((m) => m.station === stations[0] || m.station === stations[1]),
      rules,
    );
    expect(fewer.flags[0]).toMatchObject({ code: 'TOO_FEW_STATIONS', value: 2 });
    expect(fewer.notes.length).toBeGreaterThan(0);
  });

  it('summarises a radiation day and flags a dose-rate spike', () => {
    const calm = radiationStationDay(
      '410100-R01',
      date,
      day('410100-R01', 24, (h) => ({ doseRate: 80 + (h % 3) })),
      rules,
    );
    expect(calm.doseRate).toEqual({ min: 80, max: 82, mean: 81 });
    expect(calm.flags).toEqual([]);
    const spike = radiationStationDay(
      '410100-R01',
      date,
      day('410100-R01', 24, (h) => ({ doseRate: h === 3 ? 300 : 80 })),
      rules,
    );
    expect(spike.flags.map((f) => f.code)).toEqual(['ABOVE_REVIEW_THRESHOLD', 'SPIKE']);
  });
});
