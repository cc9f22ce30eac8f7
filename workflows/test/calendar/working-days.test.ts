import { loadDomainConfig } from '@disclosure-hub/config';
import type { CalendarFile } from '@disclosure-hub/config';
import { WorkflowError } from '../../src/errors';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/calendar';

function errorOf(run: () => unknown): WorkflowError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkflowError) return error;
    throw error;
  }
  throw new Error('expected a WorkflowError');
}

function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (
    let day = new Date(`${from}T00:00:00Z`);
    day.toISOString().slice(0, 10) <= to;
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

const shipped = loadDomainConfig().calendar;
const holidayDays = shipped.years.flatMap((year) =>
  year.holidays.flatMap((holiday) => eachDay(holiday.from, holiday.to).map((day) => [day, holiday.name.zh] as const)),
);
const makeUpDays = shipped.years.flatMap((year) =>
  year.holidays.flatMap((holiday) => holiday.makeUpWorkdays.map((day) => [day, holiday.name.zh] as const)),
);

describe('the configured 2025 and 2026 calendars', () => {
  it.each(holidayDays)('treats %s (%s) as a day off', (date) => {
    expect(isWorkingDay({ date })).toEqual({ workingDay: false, provisional: false });
  });

  it.each(makeUpDays)('treats the make-up day %s (%s) as a working day', (date) => {
    expect(isWorkingDay({ date })).toEqual({ workingDay: true, provisional: false });
  });

  // DOMAIN.md §8: “Resulting working-day counts: 2025 = 248, 2026 = 248”.
  it.each([
    ['2024-12-31', '2025-12-31'],
    ['2025-12-31', '2026-12-31'],
  ])('counts 248 working days after %s up to %s', (from, to) => {
    expect(workingDaysBetween({ from, to })).toEqual({ days: 248, provisional: false });
  });
});

describe('addWorkingDays', () => {
  // DOMAIN.md §1.1 worked examples, day of receipt not counted.
  it.each([
    ['2026-02-10', 20, '2026-03-16', 'skips the 2026 Spring Festival and counts the make-up Saturdays'],
    ['2026-02-10', 40, '2026-04-14', 'reaches the 40-day extended reply deadline'],
    ['2025-09-20', 20, '2025-10-23', 'skips National Day 2025 and counts Sunday 09-28 and Saturday 10-11'],
    ['2025-12-31', 20, '2026-01-29', 'crosses into 2026 and skips its New Year block'],
  ])('from %s plus %i working days is %s (%s)', (from, days, expected) => {
    expect(addWorkingDays({ from, days })).toEqual({ date: expected, provisional: false });
  });

  it.each([
    ['2025-03-07', '2025-03-10', 'a Friday moves to Monday'],
    ['2026-02-13', '2026-02-14', 'a Friday moves to the make-up Saturday before the Spring Festival'],
    ['2025-01-25', '2025-01-26', 'a Saturday moves to the make-up Sunday'],
    ['2025-01-27', '2025-02-05', 'the day before the 2025 Spring Festival jumps the whole block'],
    ['2025-04-30', '2025-05-06', 'the eve of Labour Day 2025 jumps to the day after it'],
    ['2026-09-30', '2026-10-08', 'the eve of National Day 2026 jumps to the day after it'],
    ['2026-01-03', '2026-01-04', 'the last day of New Year 2026 moves to the make-up Sunday'],
  ])('does not count the start day: one working day after %s is %s (%s)', (from, expected) => {
    expect(addWorkingDays({ from, days: 1 }).date).toBe(expected);
  });

  it('returns the start day itself for zero days', () => {
    expect(addWorkingDays({ from: '2025-10-03', days: 0 })).toEqual({ date: '2025-10-03', provisional: false });
  });

  it('counts Monday to Friday in a year without a notice and marks the result provisional', () => {
    expect(addWorkingDays({ from: '2027-03-05', days: 1 })).toEqual({ date: '2027-03-08', provisional: true });
  });

  it('marks a deadline provisional when it runs into a year without a notice', () => {
    expect(addWorkingDays({ from: '2026-12-31', days: 5 })).toEqual({ date: '2027-01-07', provisional: true });
  });

  it('does not mark a deadline provisional when it stays inside known years', () => {
    expect(addWorkingDays({ from: '2026-12-01', days: 5 }).provisional).toBe(false);
  });

  it.each([
    ['a negative count', { from: '2025-03-03', days: -1 }, 'INVALID_DAY_COUNT', 'days'],
    ['a fractional count', { from: '2025-03-03', days: 1.5 }, 'INVALID_DAY_COUNT', 'days'],
    ['an impossible date', { from: '2025-02-29', days: 1 }, 'INVALID_DATE', 'from'],
    ['a timestamp instead of a date', { from: '2025-03-03T10:00:00Z', days: 1 }, 'INVALID_DATE', 'from'],
  ])('rejects %s', (_name, input, code, field) => {
    const error = errorOf(() => addWorkingDays(input));

    expect(error.code).toBe(code);
    expect(error.details['field']).toBe(field);
  });

  it('rejects a region that is not a GB/T 2260 code', () => {
    expect(errorOf(() => addWorkingDays({ from: '2025-03-03', days: 1, region: '4101' })).code).toBe('INVALID_REGION');
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-02-10', 20],
    ['2025-09-20', 20],
    ['2025-01-24', 7],
    ['2026-12-28', 3],
  ])('gives back the count addWorkingDays used from %s (%i days)', (from, days) => {
    const to = addWorkingDays({ from, days }).date;

    expect(workingDaysBetween({ from, to }).days).toBe(days);
  });

  it('is zero from a day to itself', () => {
    expect(workingDaysBetween({ from: '2025-06-03', to: '2025-06-03' })).toEqual({ days: 0, provisional: false });
  });

  it('is negative when the end is before the start', () => {
    // 09-28 (make-up Sunday), 09-29, 09-30, then 10-09 and 10-10 after the holiday block.
    expect(workingDaysBetween({ from: '2025-10-10', to: '2025-09-26' }).days).toBe(-5);
  });

  it('is provisional when the span reaches a year without a notice', () => {
    expect(workingDaysBetween({ from: '2026-12-30', to: '2027-01-04' })).toEqual({ days: 3, provisional: true });
  });
});

describe('regional overrides', () => {
  // A prefecture with a local festival and one of its counties that works one of those days.
  const calendar: CalendarFile = {
    ...shipped,
    regionOverrides: [
      {
        regionCode: '533100',
        name: { zh: '示例州', en: 'Example prefecture' },
        year: 2025,
        source: 'test',
        holidays: [{ name: { zh: '地方节日', en: 'Local festival' }, from: '2025-04-14', to: '2025-04-15' }],
        workdays: [],
      },
      {
        regionCode: '533103',
        name: { zh: '示例县', en: 'Example county' },
        year: 2025,
        source: 'test',
        holidays: [],
        workdays: ['2025-04-15'],
      },
    ],
  };

  it.each([
    ['a county of the prefecture', '533102', '2025-04-14', false],
    ['a county of the prefecture', '533102', '2025-04-15', false],
    ['the county that works the second day', '533103', '2025-04-15', true],
    ['a region elsewhere', '410100', '2025-04-14', true],
  ])('applies the local festival to %s (%s on %s)', (_name, region, date, workingDay) => {
    expect(isWorkingDay({ date, calendar, region }).workingDay).toBe(workingDay);
  });

  it('ignores the overrides when no region is given', () => {
    expect(isWorkingDay({ date: '2025-04-14', calendar }).workingDay).toBe(true);
  });

  it('moves a deadline past the local festival', () => {
    expect(addWorkingDays({ from: '2025-04-11', days: 1, calendar, region: '533102' }).date).toBe('2025-04-16');
  });
});
