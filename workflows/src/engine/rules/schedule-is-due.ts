import { failure, passed, type Rule } from './rule';

/** The scheduler publishes at or after the time a publisher chose, never before. */
export const scheduleIsDue: Rule = {
  name: 'scheduleIsDue',
  needsPayload: false,
  check: ({ context, now }) =>
    context.scheduledAt !== null && Date.parse(context.scheduledAt) <= Date.parse(now)
      ? passed
      : failure('scheduleIsDue', 'SCHEDULE_NOT_DUE', '尚未到定时发布时间。', 'The scheduled time has not come yet.'),
};
