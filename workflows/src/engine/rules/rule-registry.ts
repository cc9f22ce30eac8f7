import type { WorkflowEventType } from '../types';
import { actorBelongsToProducingDepartment } from './actor-belongs-to-producing-department';
import { actorCanPostReview } from './actor-can-post-review';
import { actorHasRole } from './actor-has-role';
import { actorIsConfidentialityReviewer } from './actor-is-confidentiality-reviewer';
import { actorIsSystem } from './actor-is-system';
import { allReviewLevelsPassed } from './all-review-levels-passed';
import { attributeAllowsPublication } from './attribute-allows-publication';
import { attributeMatchesClearance } from './attribute-matches-clearance';
import { authorIsNotReviewer } from './author-is-not-reviewer';
import { categoryAllowsEmergencyPublication } from './category-allows-emergency-publication';
import { confidentialityChecklistIsComplete } from './confidentiality-checklist-is-complete';
import { confidentialityIsCleared } from './confidentiality-is-cleared';
import { confidentialityScanIsClean } from './confidentiality-scan-is-clean';
import { departmentReviewPassed } from './department-review-passed';
import { exemptionBasisIsGiven } from './exemption-basis-is-given';
import { findingIsOpen } from './finding-is-open';
import { postReviewIsPending } from './post-review-is-pending';
import { reasonIsGiven } from './reason-is-given';
import { reviewerIsIndependentOfOtherLevels } from './reviewer-is-independent-of-other-levels';
import type { Rule } from './rule';
import { scheduleIsDue } from './schedule-is-due';
import { scheduleIsInFuture } from './schedule-is-in-future';

const inDepartment = actorBelongsToProducingDepartment;
const editor = [inDepartment, actorHasRole('editor')] as const;
const publisher = [inDepartment, actorHasRole('publisher')] as const;
/** What any publication re-checks, whoever triggers it: the chain was passed for what is online now. */
const publicationChecks = [
  attributeAllowsPublication,
  allReviewLevelsPassed,
  confidentialityIsCleared,
  attributeMatchesClearance,
] as const;

/**
 * The closed table of who may do what: every event and every rule it needs. The machine's guard and
 * `whyNot` both read this table, so the buttons, the reasons and the chart cannot disagree.
 */
export const ruleRegistry: { readonly [K in WorkflowEventType]: readonly Rule[] } = {
  'editor.edit': [...editor],
  'editor.submit': [...editor, exemptionBasisIsGiven],
  'editor.resubmit': [...editor, exemptionBasisIsGiven],
  'editor.revise': [...editor],
  'reviewer.approve': [
    inDepartment,
    actorHasRole('reviewer'),
    authorIsNotReviewer,
    reviewerIsIndependentOfOtherLevels('department'),
  ],
  'reviewer.return': [inDepartment, actorHasRole('reviewer'), reasonIsGiven],
  'leader.approve': [
    inDepartment,
    actorHasRole('leader'),
    authorIsNotReviewer,
    reviewerIsIndependentOfOtherLevels('leader'),
  ],
  'leader.return': [inDepartment, actorHasRole('leader'), reasonIsGiven],
  'confidentiality.clear': [
    actorIsConfidentialityReviewer,
    authorIsNotReviewer,
    reviewerIsIndependentOfOtherLevels('confidentiality'),
    allReviewLevelsPassed,
    confidentialityScanIsClean,
    confidentialityChecklistIsComplete,
    exemptionBasisIsGiven,
  ],
  'confidentiality.return': [actorIsConfidentialityReviewer, reasonIsGiven],
  'confidentiality.dismissFinding': [actorIsConfidentialityReviewer, authorIsNotReviewer, findingIsOpen, reasonIsGiven],
  'publisher.publish': [...publisher, ...publicationChecks],
  'publisher.schedule': [...publisher, ...publicationChecks, scheduleIsInFuture],
  'publisher.unschedule': [...publisher],
  'publisher.withdraw': [...publisher, reasonIsGiven],
  'publisher.emergencyPublish': [
    categoryAllowsEmergencyPublication,
    ...publisher,
    authorIsNotReviewer,
    departmentReviewPassed,
    attributeAllowsPublication,
    confidentialityScanIsClean,
    reasonIsGiven,
  ],
  'reviewer.postReview': [
    postReviewIsPending,
    actorCanPostReview,
    authorIsNotReviewer,
    reviewerIsIndependentOfOtherLevels('postReview'),
  ],
  'system.publishDue': [actorIsSystem, scheduleIsDue, ...publicationChecks],
};
