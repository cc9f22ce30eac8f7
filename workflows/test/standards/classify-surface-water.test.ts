import { loadDomainConfig } from '@disclosure-hub/config';
import type { SurfaceWaterIndicatorKey } from '@disclosure-hub/config';
import { WorkflowError } from '../../src/errors';
import { classifySurfaceWater } from '../../src/checks/standards';

function errorOf(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

type Values = Partial<Record<SurfaceWaterIndicatorKey, number>>;

const indicatorsWithLimits = loadDomainConfig()
  .gb3838.indicators.filter((indicator) => indicator.limits !== undefined && indicator.countsForClass.includes('river'))
  .map((indicator) => [indicator.key, indicator] as const);

describe('classifySurfaceWater limits from GB 3838-2002', () => {
  it.each(indicatorsWithLimits)('puts %s exactly at its class I limit in class I', (key, indicator) => {
    expect(classifySurfaceWater({ waterbody: 'river', values: { [key]: indicator.limits![0] } }).waterClass).toBe('I');
  });

  it.each(indicatorsWithLimits)('puts %s just past its class V limit in 劣V', (key, indicator) => {
    const limit = indicator.limits![4];
    const value = indicator.direction === 'higherIsBetter' ? limit * 0.99 : limit * 1.01;

    expect(classifySurfaceWater({ waterbody: 'river', values: { [key]: value } }).waterClass).toBe('劣V');
  });
});

describe('classifySurfaceWater', () => {
  it.each([
    ['COD at 15, shared by classes I and II', { cod: 15 }, 'I'],
    ['COD just above 15', { cod: 15.1 }, 'III'],
    ['COD at the class V limit', { cod: 40 }, 'V'],
    ['ammonia nitrogen at the class II limit', { nh3n: 0.5 }, 'II'],
    ['ammonia nitrogen just above it', { nh3n: 0.51 }, 'III'],
    ['mercury at the class III limit', { hg: 0.0001 }, 'III'],
    ['copper at 1.0, the limit of classes II to V', { cu: 1.0 }, 'II'],
  ] as const)('treats limits as inclusive: %s', (_name, values, waterClass) => {
    expect(classifySurfaceWater({ waterbody: 'river', values }).waterClass).toBe(waterClass);
  });

  it.each([
    [7.5, 'I'],
    [7.4, 'II'],
    [5, 'III'],
    [3, 'IV'],
    [2, 'V'],
    [1.9, '劣V'],
  ] as const)('treats dissolved oxygen as higher-is-better: %d mg/L is class %s', (value, waterClass) => {
    expect(classifySurfaceWater({ waterbody: 'river', values: { do: value } }).waterClass).toBe(waterClass);
  });

  it.each([
    [6, 'I'],
    [9, 'I'],
    [5.9, '劣V'],
    [9.1, '劣V'],
  ] as const)('accepts pH 6–9 for every class: pH %d is class %s', (value, waterClass) => {
    expect(classifySurfaceWater({ waterbody: 'river', values: { ph: value } }).waterClass).toBe(waterClass);
  });

  it.each([
    [0.025, 'II', 'II'],
    [0.05, 'II', 'III'],
    [0.1, 'II', 'IV'],
    [0.2, 'III', 'V'],
    [0.21, 'IV', '劣V'],
  ] as const)(
    'uses the lake limits for total phosphorus: %d mg/L is %s in a river and %s in a lake',
    (tp, river, lake) => {
      expect(classifySurfaceWater({ waterbody: 'river', values: { tp } }).waterClass).toBe(river);
      expect(classifySurfaceWater({ waterbody: 'lake', values: { tp } }).waterClass).toBe(lake);
    },
  );

  it('takes the worst evaluated indicator and names it as limiting', () => {
    const result = classifySurfaceWater({ waterbody: 'river', values: { do: 6, nh3n: 1.2, codMn: 3 } });

    expect(result).toMatchObject({ waterClass: 'IV', limitingIndicators: ['nh3n'], quality: { zh: '轻度污染' } });
  });

  it('lists every indicator tied at the worst class, largest exceedance of class III first', () => {
    // Both class IV; COD exceeds its class III limit (20) by 50 %, NH3-N its limit (1.0) by 40 %.
    const result = classifySurfaceWater({ waterbody: 'river', values: { nh3n: 1.4, cod: 30, do: 8 } });

    expect(result.limitingIndicators).toEqual(['cod', 'nh3n']);
  });

  it.each([
    ['total nitrogen', { do: 8, tn: 5 } as Values, 'tn'],
    ['faecal coliforms', { do: 8, fecalColiform: 50000 } as Values, 'fecalColiform'],
  ] as const)('classes %s separately without letting it decide the section class', (_name, values, key) => {
    const result = classifySurfaceWater({ waterbody: 'river', values });

    expect(result.waterClass).toBe('I');
    expect(result.indicatorClasses[key]).toBe('劣V');
    expect(result.limitingIndicators).not.toContain(key);
  });

  it('calls 劣V 重度污染', () => {
    expect(classifySurfaceWater({ waterbody: 'river', values: { cod: 41 } }).quality).toEqual({
      zh: '重度污染',
      en: 'Heavily polluted',
    });
  });

  describe('invalid input', () => {
    it.each([
      ['a negative value', { waterbody: 'river', values: { cod: -1 } }, 'cod'],
      ['NaN', { waterbody: 'river', values: { nh3n: Number.NaN } }, 'nh3n'],
      ['a pH above 14', { waterbody: 'river', values: { ph: 15 } }, 'ph'],
      ['an unknown indicator', { waterbody: 'river', values: { chlorophyll: 1 } }, 'chlorophyll'],
      ['only separately evaluated indicators', { waterbody: 'river', values: { tn: 1 } }, 'values'],
      ['no values', { waterbody: 'lake', values: {} }, 'values'],
      ['an unknown waterbody', { waterbody: 'sea', values: { cod: 10 } }, 'waterbody'],
    ])('rejects %s', (_name, input, field) => {
      const error = errorOf(() => classifySurfaceWater(input as never));

      expect(error.code).toBe('INVALID_MEASUREMENT');
      expect(error.details['field']).toBe(field);
    });
  });
});
