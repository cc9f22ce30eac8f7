import type { DeadlineRule } from '@disclosure-hub/config';
import { computeDueDate } from '../../calendar/compute-due-date';

/**
 * Levels an emergency publication skipped review it within 1 working day; the day of publication is
 * not counted, so a Friday release is due on Monday (or later across a holiday).
 */
const postReviewDeadline = { kind: 'workingDaysAfterFormation', days: 1 } as const satisfies DeadlineRule;

/** The day (`YYYY-MM-DD`, Asia/Shanghai, configured calendar) by whose end the post-review is due. */
export function postReviewDueDate(publishedAt: string): string {
  return computeDueDate({ rule: postReviewDeadline, dateFormed: publishedAt }).dueDate;
}
