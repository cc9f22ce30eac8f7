import { failure, passed, type Rule } from './rule';

/** Only 主动公开 items are published; 依申请公开 and 不予公开 items never go online. */
export const attributeAllowsPublication: Rule = {
  name: 'attributeAllowsPublication',
  needsPayload: false,
  check: ({ item }) =>
    item.attribute === 'proactive'
      ? passed
      : failure(
          'attributeAllowsPublication',
          'ATTRIBUTE_FORBIDS_PUBLICATION',
          '只有主动公开的信息可以发布。',
          'Only proactively disclosed items may be published.',
        ),
};
