import { failure, passed, type Rule } from './rule';

/**
 * Emergency publication skips levels of review, so only categories whose catalogue entry allows it
 * (突发环境事件) may use it; everywhere else the whole chain runs first.
 */
export const categoryAllowsEmergencyPublication: Rule = {
  name: 'categoryAllowsEmergencyPublication',
  needsPayload: false,
  check: ({ item }) =>
    item.emergencyPublication === true
      ? passed
      : failure(
          'categoryAllowsEmergencyPublication',
          'EMERGENCY_PUBLICATION_NOT_ALLOWED',
          `目录未允许“${item.category}”类信息紧急发布，须完成全部审核后发布。`,
          `The catalogue does not allow emergency publication for ${item.category}; complete every review first.`,
        ),
};
