import type { ReviewPolicy, ItemFacts } from '../types';
import { failure, passed, rolesIn, type Rule } from './rule';

/** The department whose `confidentiality` role holders review this item under the bureau's policy. */
export function confidentialityDepartment(policy: ReviewPolicy, item: ItemFacts): string {
  return policy.confidentialityReviewScope === 'disclosureOffice'
    ? policy.disclosureOfficeDepartment
    : item.producingDepartment;
}

/**
 * The actor holds the confidentiality role where this bureau places confidentiality review: inside
 * the producing department, or in the bureau's disclosure office.
 */
export const actorIsConfidentialityReviewer: Rule = {
  name: 'actorIsConfidentialityReviewer',
  needsPayload: false,
  check: ({ actor, item, policy }) => {
    const department = confidentialityDepartment(policy, item);
    return rolesIn(actor, department).includes('confidentiality')
      ? passed
      : failure(
          'actorIsConfidentialityReviewer',
          'NOT_CONFIDENTIALITY_REVIEWER',
          `保密审查须由 ${department} 的保密审查员办理。`,
          `Confidentiality review must be done by a confidentiality reviewer of ${department}.`,
        );
  },
};
