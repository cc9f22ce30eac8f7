import type { LocalizedText, NotificationTemplate } from '../contracts';

/** The text of each template; `withReason` is used when the change came with a reason. */
const messages: Record<NotificationTemplate, LocalizedText & { withReason?: (reason: string) => LocalizedText }> = {
  reviewRequested: { zh: '待您审核', en: 'waiting for your review' },
  returnedForChanges: {
    zh: '已退回修改',
    en: 'returned for changes',
    withReason: (reason) => ({ zh: `已退回修改：${reason}`, en: `returned for changes: ${reason}` }),
  },
  readyToPublish: { zh: '已通过审核，待发布', en: 'approved and ready to publish' },
  reviewClosed: {
    zh: '审核完毕，不予主动公开',
    en: 'review closed; not published proactively',
  },
  postReviewRequested: {
    zh: '已紧急发布，待您补充审核',
    en: 'published in an emergency; waiting for your review afterwards',
  },
  withdrawn: {
    zh: '已撤回',
    en: 'withdrawn',
    withReason: (reason) => ({ zh: `已撤回：${reason}`, en: `withdrawn: ${reason}` }),
  },
  dueSoon: { zh: '即将到期，请尽快处理', en: 'due soon; please act on it' },
  overdue: { zh: '已超过公开期限', en: 'past its disclosure deadline' },
};

/** The bilingual message of a notification, Chinese first. */
export function notificationMessage({
  template,
  reason,
}: {
  template: NotificationTemplate;
  reason: string | null;
}): LocalizedText {
  const message = messages[template];
  return reason !== null && message.withReason ? message.withReason(reason) : { zh: message.zh, en: message.en };
}
