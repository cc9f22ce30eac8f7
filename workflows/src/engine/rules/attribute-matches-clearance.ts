import { failure, passed, type Rule } from './rule';

/** A clearance covers the attribute it was given for; a later change needs a new review. */
export const attributeMatchesClearance: Rule = {
  name: 'attributeMatchesClearance',
  needsPayload: false,
  check: ({ item, context }) =>
    context.confidentiality === null || context.confidentiality.attribute === item.attribute
      ? passed
      : failure(
          'attributeMatchesClearance',
          'ATTRIBUTE_CHANGED_SINCE_CLEARANCE',
          '公开属性在保密审查后被修改，须重新审查。',
          'The disclosure attribute changed after confidentiality clearance; review again.',
        ),
};
