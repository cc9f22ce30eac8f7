import type { ReviewPolicy } from '@disclosure-hub/workflows';

/**
 * Who performs confidentiality review: by default the bureau's disclosure office (办公室), set with
 * CONFIDENTIALITY_REVIEW_SCOPE=department|disclosureOffice and DISCLOSURE_OFFICE_DEPARTMENT.
 */
export function reviewPolicy(env: NodeJS.ProcessEnv = process.env): ReviewPolicy {
  if (env.CONFIDENTIALITY_REVIEW_SCOPE === 'department') return { confidentialityReviewScope: 'department' };
  return {
    confidentialityReviewScope: 'disclosureOffice',
    disclosureOfficeDepartment: env.DISCLOSURE_OFFICE_DEPARTMENT ?? 'office',
  };
}
