import { failure, hasText, passed, type Rule } from './rule';

/** 不予公开 must state its reasons and legal basis when the draft is submitted and when it is cleared. */
export const exemptionBasisIsGiven: Rule = {
  name: 'exemptionBasisIsGiven',
  needsPayload: false,
  check: ({ item }) =>
    item.attribute !== 'withheld' || hasText(item.exemptionBasis)
      ? passed
      : failure(
          'exemptionBasisIsGiven',
          'EXEMPTION_BASIS_REQUIRED',
          '不予公开的信息须注明理由和依据。',
          'A withheld item must state its exemption basis.',
        ),
};
