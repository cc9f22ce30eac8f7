import { failure, passed, type Rule } from './rule';

/** Only the scheduler sends `system.*` events; people publish through their own events. */
export const actorIsSystem: Rule = {
  name: 'actorIsSystem',
  needsPayload: false,
  check: ({ actor }) =>
    actor.system === true
      ? passed
      : failure(
          'actorIsSystem',
          'NOT_SYSTEM_ACTOR',
          '此操作只能由系统定时任务执行。',
          'Only the system scheduler may do this.',
        ),
};
