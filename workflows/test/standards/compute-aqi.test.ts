import { loadDomainConfig } from '@disclosure-hub/config';
import type { AqiInputField, AqiReportKind, AqiStandard } from '@disclosure-hub/config';
import { WorkflowError } from '../../src/errors';
import { computeAqi } from '../../src/checks/standards';
import type { AqiConcentrations, AqiPollutant } from '../../src/checks/standards';

const standards = loadDomainConfig().aqi.standards;
const standard2012 = standards.find((s) => s.id === 'HJ 633-2012')!;
const standard2026 = standards.find((s) => s.id === 'HJ 633-2026')!;
const day2012 = '2025-12-01';
const day2026 = '2026-06-01';

/** Clean air except for the pollutants given. */
function air(overrides: Partial<AqiConcentrations> = {}): AqiConcentrations {
  return { pm25: 0, pm10: 0, so2: 0, no2: 0, co: 0, o3_8h: 0, ...overrides };
}

function errorOf(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

describe('computeAqi at every breakpoint of both standards', () => {
  const cases = (
    [
      [standard2012, day2012],
      [standard2026, day2026],
    ] as const
  ).flatMap(([standard, date]) =>
    (['daily', 'hourly'] as AqiReportKind[]).flatMap((kind) =>
      (Object.entries(standard.reportIndicators[kind]) as [AqiInputField, string][])
        .filter(([field]) => field !== 'so2_24h')
        .flatMap(([field, indicatorKey]) => {
          const indicator = standard.indicators.find((i) => i.key === indicatorKey)!;
          return indicator.breakpoints.flatMap((concentration, row) =>
            concentration === null
              ? []
              : [[standard.id, kind, field as AqiPollutant, concentration, standard.iaqi[row]!, date] as const],
          );
        }),
    ),
  );

  it.each(cases)('%s %s: %s at %d has IAQI %d', (_id, kind, pollutant, concentration, expected, date) => {
    const result = computeAqi({ date, kind, concentrations: air({ [pollutant]: concentration }) });

    expect(result.iaqi[pollutant]).toBe(expected);
    expect(result.aqi).toBe(expected);
  });
});

describe('computeAqi', () => {
  // DOMAIN.md §2.1: sub-indices published for a Guangzhou station (PM10 69.5→70, NO2 39.5→40, O3-8h 1.5→2, PM2.5 63.75→64).
  it('rounds every IAQI up, as in the published Guangzhou record', () => {
    const result = computeAqi({
      date: day2012,
      kind: 'hourly',
      concentrations: air({ pm25: 46, pm10: 89, no2: 79, o3_8h: 3 }),
    });

    expect(result.iaqi).toMatchObject({ pm25: 64, pm10: 70, no2: 40, o3_8h: 2 });
    expect(result.aqi).toBe(70);
    expect(result.primaryPollutants).toEqual(['pm10']);
  });

  it('rounds 35.5 µg/m³ of PM2.5 to 36 before the lookup and lands in 良', () => {
    const result = computeAqi({ date: day2012, kind: 'daily', concentrations: air({ pm25: 35.5 }) });

    expect(result).toMatchObject({ aqi: 52, level: 2, category: { zh: '良' }, primaryPollutants: ['pm25'] });
  });

  it('rounds 35.4 µg/m³ of PM2.5 down to 35, which stays 优 without a primary pollutant', () => {
    const result = computeAqi({ date: day2012, kind: 'daily', concentrations: air({ pm25: 35.4 }) });

    expect(result).toMatchObject({ aqi: 50, level: 1, category: { zh: '优' }, primaryPollutants: [] });
  });

  it('rounds an IAQI of 50.625 up to 51 when concentrations are not rounded first', () => {
    const unrounded: AqiStandard = { ...standard2012, concentrationRounding: null };

    expect(
      computeAqi({ date: day2012, kind: 'daily', concentrations: air({ pm25: 35.5 }), standards: [unrounded] }).aqi,
    ).toBe(51);
  });

  it('applies half-even rounding when the standard says so', () => {
    const halfEven: AqiStandard = {
      ...standard2012,
      concentrationRounding: { method: 'halfEven', ugm3Decimals: 0, mgm3Decimals: 1 },
    };

    expect(
      computeAqi({ date: day2012, kind: 'daily', concentrations: air({ pm25: 34.5 }), standards: [halfEven] }).iaqi
        .pm25,
    ).toBe(49);
    expect(computeAqi({ date: day2012, kind: 'daily', concentrations: air({ pm25: 34.5 }) }).iaqi.pm25).toBe(50);
  });

  it('does not let floating-point noise push an exact IAQI up (CO 2.2 mg/m³ is exactly 55)', () => {
    expect(computeAqi({ date: day2012, kind: 'daily', concentrations: air({ co: 2.2 }) }).iaqi.co).toBe(55);
  });

  it('names no primary pollutant at an AQI of exactly 50', () => {
    const result = computeAqi({ date: day2012, kind: 'daily', concentrations: air({ pm25: 35, pm10: 50 }) });

    expect(result).toMatchObject({ aqi: 50, primaryPollutants: [] });
  });

  it('lists every pollutant tied at the maximum as primary', () => {
    const result = computeAqi({ date: day2012, kind: 'daily', concentrations: air({ pm25: 75, pm10: 150, no2: 40 }) });

    expect(result.aqi).toBe(100);
    expect(result.primaryPollutants).toEqual(['pm25', 'pm10']);
  });

  // Concentrations chosen so the IAQI lands exactly on each side of a level boundary.
  it.each([
    [50, 1, '优', { pm10: 50 }],
    [51, 2, '良', { pm10: 52 }],
    [100, 2, '良', { pm10: 150 }],
    [101, 3, '轻度污染', { pm10: 152 }],
    [150, 3, '轻度污染', { pm10: 250 }],
    [151, 4, '中度污染', { pm10: 252 }],
    [200, 4, '中度污染', { pm10: 350 }],
    [201, 5, '重度污染', { no2: 281 }],
    [300, 5, '重度污染', { pm10: 420 }],
    [301, 6, '严重污染', { o3_1h: 802 }],
    [500, 6, '严重污染', { o3_1h: 1200 }],
  ] as const)('puts an AQI of %i in level %i (%s)', (aqi, level, category, overrides) => {
    const result = computeAqi({ date: day2012, kind: 'daily', concentrations: air(overrides) });

    expect(result).toMatchObject({ aqi, level, category: { zh: category } });
  });

  it('switches the PM2.5 table on 2026-03-01', () => {
    const before = computeAqi({ date: '2026-02-28', kind: 'daily', concentrations: air({ pm25: 60 }) });
    const after = computeAqi({ date: '2026-03-01', kind: 'daily', concentrations: air({ pm25: 60 }) });

    expect(before).toMatchObject({ standard: 'HJ 633-2012', aqi: 82 });
    expect(after).toMatchObject({ standard: 'HJ 633-2026', aqi: 100 });
  });

  it('switches the PM10 table on 2026-03-01', () => {
    expect(computeAqi({ date: '2026-02-28', kind: 'daily', concentrations: air({ pm10: 120 }) }).aqi).toBe(85);
    expect(computeAqi({ date: '2026-03-01', kind: 'daily', concentrations: air({ pm10: 120 }) }).aqi).toBe(100);
  });

  it('evaluates hourly PM2.5 against the 24-hour table', () => {
    expect(computeAqi({ date: day2012, kind: 'hourly', concentrations: air({ pm25: 75 }) }).iaqi.pm25).toBe(100);
  });

  it.each([
    ['daily', 100],
    ['hourly', 50],
  ] as const)('uses the %s SO2 table: 150 µg/m³ gives %i', (kind, expected) => {
    expect(computeAqi({ date: day2012, kind, concentrations: air({ so2: 150 }) }).iaqi.so2).toBe(expected);
  });

  it('caps a concentration above the top of the table at 500', () => {
    expect(computeAqi({ date: day2012, kind: 'daily', concentrations: air({ pm25: 600 }) })).toMatchObject({
      aqi: 500,
      level: 6,
    });
  });

  it('names pollutants with an IAQI above 100 as exceeding under HJ 633-2012 only', () => {
    const concentrations = air({ pm25: 120, pm10: 100 });

    expect(computeAqi({ date: day2012, kind: 'daily', concentrations }).exceedingPollutants).toEqual(['pm25']);
    expect(computeAqi({ date: day2026, kind: 'daily', concentrations }).exceedingPollutants).toEqual([]);
  });

  describe('special cases above the table', () => {
    it('reports hourly SO2 above 800 by the 24-hour average under HJ 633-2012', () => {
      const result = computeAqi({ date: day2012, kind: 'hourly', concentrations: air({ so2: 900, so2_24h: 300 }) });

      // 24-h table: 150 → 100, 475 → 150; 300 gives 100 + 50 × 150 / 325 = 123.08 → 124.
      expect(result.iaqi.so2).toBe(124);
    });

    it('computes hourly SO2 of exactly 800 from the 1-hour table', () => {
      expect(computeAqi({ date: day2012, kind: 'hourly', concentrations: air({ so2: 800 }) }).iaqi.so2).toBe(200);
    });

    it('requires the 24-hour SO2 average when hourly SO2 is above 800 under HJ 633-2012', () => {
      const error = errorOf(() => computeAqi({ date: day2012, kind: 'hourly', concentrations: air({ so2: 900 }) }));

      expect(error.code).toBe('INVALID_MEASUREMENT');
      expect(error.details['field']).toBe('so2_24h');
    });

    it('reports ozone by its 1-hour value when the 8-hour value is above 800 under HJ 633-2012', () => {
      const result = computeAqi({ date: day2012, kind: 'daily', concentrations: air({ o3_8h: 850, o3_1h: 500 }) });

      // 1-h table: 400 → 200, 800 → 300; 500 gives 225.
      expect(result.iaqi).not.toHaveProperty('o3_8h');
      expect(result).toMatchObject({ aqi: 225, primaryPollutants: ['o3_1h'] });
    });

    it('requires the 1-hour ozone value when the 8-hour value is above 800 under HJ 633-2012', () => {
      const error = errorOf(() => computeAqi({ date: day2012, kind: 'daily', concentrations: air({ o3_8h: 850 }) }));

      expect(error.details['field']).toBe('o3_1h');
    });

    it.each([
      ['hourly SO2', { so2: 900 }, 'so2'],
      ['8-hour ozone', { o3_8h: 850 }, 'o3_8h'],
    ] as const)('gives %s above 800 the fixed IAQI of HJ 633-2026', (_name, overrides, pollutant) => {
      const special = standard2026.specialCases.find(
        (s) => s.indicator === (pollutant === 'so2' ? 'so2_1h' : 'o3_8h'),
      )!;
      const expected = special.then.kind === 'fixedIaqi' ? special.then.iaqi : Number.NaN;

      expect(computeAqi({ date: day2026, kind: 'hourly', concentrations: air(overrides) }).iaqi[pollutant]).toBe(
        expected,
      );
    });
  });

  describe('invalid input', () => {
    const valid = air();

    it.each([
      ['a negative concentration', { date: day2012, kind: 'daily', concentrations: { ...valid, pm10: -1 } }, 'pm10'],
      ['NaN', { date: day2012, kind: 'daily', concentrations: { ...valid, no2: Number.NaN } }, 'no2'],
      [
        'a concentration given as text',
        { date: day2012, kind: 'daily', concentrations: { ...valid, co: '1.2' } },
        'co',
      ],
      [
        'a missing required pollutant',
        { date: day2012, kind: 'daily', concentrations: { pm25: 1, pm10: 1, so2: 1, no2: 1, o3_8h: 1 } },
        'co',
      ],
      [
        'no ozone value at all',
        { date: day2012, kind: 'daily', concentrations: { pm25: 1, pm10: 1, so2: 1, no2: 1, co: 1 } },
        'o3_8h',
      ],
      ['an impossible date', { date: '2025-02-30', kind: 'daily', concentrations: valid }, 'date'],
      ['a date with a time', { date: '2025-02-03T00:00:00Z', kind: 'daily', concentrations: valid }, 'date'],
      ['an unknown report kind', { date: day2012, kind: 'weekly', concentrations: valid }, 'kind'],
    ])('rejects %s', (_name, input, field) => {
      const error = errorOf(() => computeAqi(input as never));

      expect(error.code).toBe('INVALID_MEASUREMENT');
      expect(error.details['field']).toBe(field);
    });

    it('rejects a date no configured standard covers', () => {
      const error = errorOf(() =>
        computeAqi({ date: '2020-01-01', kind: 'daily', concentrations: valid, standards: [standard2026] }),
      );

      expect(error.code).toBe('NO_STANDARD_FOR_DATE');
    });
  });
});
