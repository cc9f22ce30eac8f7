import { failure, passed, type Rule } from './rule';

/** A scheduled publication names a valid time after now. */
export const scheduleIsInFuture: Rule = {
  name: 'scheduleIsInFuture',
  needsPayload: true,
  check: ({ event, now }) => {
    const at =
      event.type === 'publisher.schedule' && event.publishAt !== undefined ? Date.parse(event.publishAt) : Number.NaN;
    if (Number.isNaN(at)) {
      return failure(
        'scheduleIsInFuture',
        'SCHEDULE_INVALID',
        '请填写有效的定时发布时间。',
        'Give a valid publication time.',
      );
    }
    return at > Date.parse(now)
      ? passed
      : failure(
          'scheduleIsInFuture',
          'SCHEDULE_NOT_IN_FUTURE',
          '定时发布时间须晚于当前时间。',
          'The scheduled time must be in the future.',
        );
  },
};
