import { failure, passed, type Rule } from './rule';

/** Publication needs this round's confidentiality clearance. */
export const confidentialityIsCleared: Rule = {
  name: 'confidentialityIsCleared',
  needsPayload: false,
  check: ({ context }) =>
    context.confidentiality !== null
      ? passed
      : failure(
          'confidentialityIsCleared',
          'CONFIDENTIALITY_NOT_CLEARED',
          '尚未通过保密审查。',
          'Confidentiality review has not cleared this item.',
        ),
};
