import { failure, hasText, passed, type Rule } from './rule';

/** Returns, withdrawals, dismissals and emergency publications need a written reason. */
export const reasonIsGiven: Rule = {
  name: 'reasonIsGiven',
  needsPayload: true,
  check: ({ event }) =>
    'reason' in event && hasText(event.reason)
      ? passed
      : failure('reasonIsGiven', 'REASON_REQUIRED', '请填写理由。', 'A written reason is required.'),
};
