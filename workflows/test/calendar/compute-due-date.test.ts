import { loadDomainConfig, resolveCategoryRules } from '@disclosure-hub/config';
import type { DeadlineRule } from '@disclosure-hub/config';
import { WorkflowError } from '../../src/errors';
import { computeDueDate, isOverdue, workingDaysLeft } from '../../src/calendar';

function errorOf(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

describe('computeDueDate', () => {
  it('counts working days from the day the information is formed', () => {
    expect(computeDueDate({ rule: { kind: 'workingDaysAfterFormation', days: 20 }, dateFormed: '2025-09-20' })).toEqual(
      {
        dueDate: '2025-10-23',
        provisional: false,
      },
    );
  });

  it('reads a timestamp of formation as its Asia/Shanghai date', () => {
    // 2025-09-19T16:30Z is 00:30 on 20 September in Shanghai.
    expect(
      computeDueDate({ rule: { kind: 'workingDaysAfterFormation', days: 20 }, dateFormed: '2025-09-19T16:30:00Z' })
        .dueDate,
    ).toBe('2025-10-23');
  });

  it('gives real-time monitoring data one working day, across the weekend', () => {
    expect(
      computeDueDate({ rule: { kind: 'workingDaysAfterFormation', days: 1 }, dateFormed: '2025-06-06' }).dueDate,
    ).toBe('2025-06-09');
  });

  it.each([
    ['month', '2025-10-15', '2025-11-28', 'October 2025 closes on 10-31'],
    ['quarter', '2025-08-01', '2025-11-04', 'Q3 2025 closes on 09-30, before the National Day block'],
    ['year', '2025-03-01', '2026-01-29', '2025 closes on 12-31, before New Year 2026'],
  ] as const)(
    'counts 20 working days after the %s that contains %s closes: %s (%s)',
    (period, periodDate, expected, _why) => {
      const rule: DeadlineRule = { kind: 'workingDaysAfterPeriodEnd', period, days: 20 };

      expect(computeDueDate({ rule, dateFormed: '2026-01-05', periodDate })).toEqual({
        dueDate: expected,
        provisional: false,
      });
    },
  );

  it('finds the end of a February in a leap year', () => {
    const rule: DeadlineRule = { kind: 'workingDaysAfterPeriodEnd', period: 'month', days: 1 };

    expect(computeDueDate({ rule, dateFormed: '2028-03-01', periodDate: '2028-02-10' })).toEqual({
      dueDate: '2028-03-01',
      provisional: true,
    });
  });

  it('adds clock hours to the moment of formation for incidents', () => {
    const rule: DeadlineRule = { kind: 'hoursAfterFormation', hours: 5 };

    expect(computeDueDate({ rule, dateFormed: '2026-10-01T21:30:00+08:00' })).toEqual({
      dueDate: '2026-10-01T18:30:00.000Z',
      provisional: false,
    });
  });

  it('ignores holidays for hour rules', () => {
    const rule: DeadlineRule = { kind: 'hoursAfterFormation', hours: 48 };

    expect(computeDueDate({ rule, dateFormed: new Date('2026-02-15T00:00:00Z') }).dueDate).toBe(
      '2026-02-17T00:00:00.000Z',
    );
  });

  it.each([
    [
      'an hour rule given a bare date',
      { rule: { kind: 'hoursAfterFormation', hours: 5 } as DeadlineRule, dateFormed: '2026-03-01' },
      'INVALID_DATE',
      'dateFormed',
    ],
    [
      'a timestamp without an offset',
      { rule: { kind: 'hoursAfterFormation', hours: 5 } as DeadlineRule, dateFormed: '2026-03-01T10:00:00' },
      'INVALID_DATE',
      'dateFormed',
    ],
    [
      'a period rule without the period',
      {
        rule: { kind: 'workingDaysAfterPeriodEnd', period: 'month', days: 20 } as DeadlineRule,
        dateFormed: '2026-03-01',
      },
      'INVALID_DATE',
      'periodDate',
    ],
    [
      'an unknown rule kind',
      { rule: { kind: 'calendarDays', days: 3 } as unknown as DeadlineRule, dateFormed: '2026-03-01' },
      'UNKNOWN_DEADLINE_RULE',
      'rule.kind',
    ],
  ])('rejects %s', (_name, input, code, field) => {
    const error = errorOf(() => computeDueDate(input));

    expect(error.code).toBe(code);
    expect(error.details['field']).toBe(field);
  });

  describe.each(loadDomainConfig().catalog.categories.map((entry) => [entry.key, entry] as const))(
    'for the catalogue category %s',
    (_key, entry) => {
      const variants = [undefined, ...(entry.variants?.items.map((item) => item.key) ?? [])];

      it.each(variants.map((variant) => [variant ?? '(default)', variant]))(
        'computes a due date not before formation for variant %s',
        (_name, variant) => {
          const { deadlineRule } = resolveCategoryRules(entry, variant);
          const formed = '2026-03-02T09:00:00+08:00';

          const { dueDate } = computeDueDate({ rule: deadlineRule, dateFormed: formed, periodDate: '2026-02-15' });

          expect(Date.parse(dueDate.length === 10 ? `${dueDate}T23:59:59+08:00` : dueDate)).toBeGreaterThan(
            Date.parse(formed),
          );
        },
      );
    },
  );
});

describe('isOverdue', () => {
  it.each([
    ['the last second of the due day in Shanghai', '2026-03-16T15:59:59Z', false],
    ['the first second after the due day in Shanghai', '2026-03-16T16:00:00Z', true],
    ['a day before', '2026-03-15T02:00:00Z', false],
  ])('treats a date-only due date as lasting to midnight: %s', (_name, now, overdue) => {
    expect(isOverdue({ dueDate: '2026-03-16', now: new Date(now) })).toBe(overdue);
  });

  it.each([
    ['at the due instant', '2026-10-01T18:30:00.000Z', false],
    ['one millisecond after it', '2026-10-01T18:30:00.001Z', true],
  ])('treats a timestamp due date as an instant: not overdue %s, overdue after', (_name, now, overdue) => {
    expect(isOverdue({ dueDate: '2026-10-01T18:30:00.000Z', now: new Date(now) })).toBe(overdue);
  });
});

describe('workingDaysLeft', () => {
  it.each([
    ['2026-03-16', '2026-03-16', 0, 'due today'],
    ['2026-03-13', '2026-03-16', 1, 'due on the next working day after a weekend'],
    ['2026-02-13', '2026-02-24', 2, 'the make-up Saturday and the day after the Spring Festival'],
    ['2026-03-18', '2026-03-16', -2, 'two working days overdue'],
  ])('from %s to a due date of %s is %i (%s)', (today, dueDate, days) => {
    expect(workingDaysLeft({ today, dueDate }).days).toBe(days);
  });

  it('reads a Date for today and a timestamp due date in Asia/Shanghai', () => {
    // 2026-03-12T17:00Z is already Friday 13 March in Shanghai; the due instant is on Monday 16 March there.
    expect(workingDaysLeft({ today: new Date('2026-03-12T17:00:00Z'), dueDate: '2026-03-16T01:00:00.000Z' }).days).toBe(
      1,
    );
  });
});
