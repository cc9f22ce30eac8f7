import type { DeadlineRule, ReportingPeriod } from '@disclosure-hub/config';
import { WorkflowError } from '../errors';
import { addWorkingDays, assertDayCount } from './add-working-days';
import { assertInstant, toCalendarDate } from './calendar-date';
import type { CalendarDate } from './calendar-date';
import type { CalendarOptions } from './working-day-table';

/** When an item must be public: a `YYYY-MM-DD` date (due by the end of that day) or, for hour rules, an ISO timestamp. */
export interface DueDate {
  dueDate: string;
  provisional: boolean;
}

export interface ComputeDueDateInput extends CalendarOptions {
  rule: DeadlineRule;
  /** When the information was formed or changed: `YYYY-MM-DD`, an ISO timestamp with offset, or a `Date`. Hour rules need a time. */
  dateFormed: string | Date;
  /** For period rules: any date inside the month, quarter or year the item reports on. */
  periodDate?: string;
}

function lastDayOfPeriod(date: CalendarDate, period: ReportingPeriod): CalendarDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastMonth = period === 'year' ? 12 : period === 'quarter' ? Math.ceil(month / 3) * 3 : month;
  // Day 0 of the next month is the last day of `lastMonth`.
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

const hourInMs = 60 * 60 * 1000;

/** The due date of an item under a catalogue deadline rule. */
export function computeDueDate(input: ComputeDueDateInput): DueDate {
  const { rule } = input;
  switch (rule.kind) {
    case 'workingDaysAfterFormation': {
      const result = addWorkingDays({
        ...input,
        from: toCalendarDate(input.dateFormed, 'dateFormed'),
        days: rule.days,
      });
      return { dueDate: result.date, provisional: result.provisional };
    }
    case 'workingDaysAfterPeriodEnd': {
      toCalendarDate(input.dateFormed, 'dateFormed');
      const periodEnd = lastDayOfPeriod(toCalendarDate(input.periodDate, 'periodDate'), rule.period);
      const result = addWorkingDays({ ...input, from: periodEnd, days: rule.days });
      return { dueDate: result.date, provisional: result.provisional };
    }
    case 'hoursAfterFormation': {
      const formed = assertInstant(input.dateFormed, 'dateFormed');
      const hours = assertDayCount(rule.hours, 'rule.hours');
      return { dueDate: new Date(formed.getTime() + hours * hourInMs).toISOString(), provisional: false };
    }
    default: {
      const unknown: { kind?: unknown } = rule;
      throw new WorkflowError('UNKNOWN_DEADLINE_RULE', `未知的期限规则 / unknown deadline rule kind`, {
        details: { field: 'rule.kind', value: unknown.kind },
      });
    }
  }
}
