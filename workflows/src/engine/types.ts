/**
 * The vocabulary of the disclosure workflow engine. Everything here is plain, JSON-safe data so a
 * snapshot, an audit event or an effect can be stored and sent as is.
 */

import { disclosureAttributes, reviewLevels, type DisclosureAttribute, type ReviewLevel } from '@disclosure-hub/config';

/** What a person may do inside one department. */
export const roles = ['editor', 'reviewer', 'leader', 'confidentiality', 'publisher'] as const;
/** `editor` 撰稿人, `reviewer` 科室负责人, `leader` 分管领导, `confidentiality` 保密审查, `publisher` 发布人. */
export type Role = (typeof roles)[number];

/** One membership: a department code and the roles the person holds there. */
export interface DepartmentMembership {
  readonly code: string;
  readonly roles: readonly Role[];
}

/**
 * Who sends an event. A person acts through memberships; the system actor (the scheduler) has none
 * and may only execute transitions that people already approved.
 */
export interface Actor {
  readonly id: string;
  readonly departments: readonly DepartmentMembership[];
  /** True only for the scheduler and other machine callers. */
  readonly system?: boolean;
}

/**
 * 公开属性 (主动公开 / 依申请公开 / 不予公开) and 分级审核 levels, in order; confidentiality is
 * always separate. The closed lists live in the domain configuration; the engine reuses them.
 */
export { disclosureAttributes, reviewLevels };
export type { DisclosureAttribute, ReviewLevel };

/** The levels an emergency publication may skip and that must then be reviewed afterwards. */
export const postReviewLevels = ['leader', 'confidentiality'] as const;
export type PostReviewLevel = (typeof postReviewLevels)[number];

/** One finding of the automatic personal-data / secrecy scan, as the caller summarises it. */
export interface ScanFinding {
  readonly id: string;
  /** e.g. `idNumber`, `mobile`, `secrecyMarking`; opaque to the engine. */
  readonly kind: string;
  /** `redacted` once the text no longer contains it; dismissals are recorded by the engine. */
  readonly status: 'open' | 'redacted';
}

/** The scan summary of the current content; `null` when no scan has run. */
export interface ScanSummary {
  readonly scannedAt: string;
  readonly findings: readonly ScanFinding[];
}

/**
 * Facts about the item that the caller reads from the content and the catalogue and passes in
 * with every event; the engine never loads them itself.
 */
export interface ItemFacts {
  readonly producingDepartment: string;
  readonly category: string;
  readonly attribute: DisclosureAttribute;
  /** Legal basis for 不予公开 / 依申请公开; required when the attribute is `withheld`. */
  readonly exemptionBasis?: string | null;
  /** From the catalogue entry of the category, e.g. `['department']` or `['department', 'leader']`. */
  readonly reviewLevels: readonly ReviewLevel[];
  /**
   * From the catalogue entry of the category: whether a publisher may release the item after
   * department review alone (紧急发布). Absent means no.
   */
  readonly emergencyPublication?: boolean;
  readonly scan: ScanSummary | null;
}

/**
 * Who performs confidentiality review in this bureau: a member of the producing department holding
 * the `confidentiality` role, or a member of the bureau's disclosure office holding it.
 */
export type ReviewPolicy =
  | { readonly confidentialityReviewScope: 'department' }
  | { readonly confidentialityReviewScope: 'disclosureOffice'; readonly disclosureOfficeDepartment: string };

export const defaultReviewPolicy: ReviewPolicy = { confidentialityReviewScope: 'department' };

/** The three checks a confidentiality reviewer confirms (国家秘密, 商业秘密, 个人隐私). */
export interface ConfidentialityChecklist {
  readonly stateSecrets: boolean;
  readonly commercialSecrets: boolean;
  readonly personalPrivacy: boolean;
}

/** The payload of every event the engine understands, keyed by event type (named by who sends it). */
export interface EventPayloads {
  'editor.edit': Record<never, never>;
  'editor.submit': Record<never, never>;
  'editor.resubmit': Record<never, never>;
  'editor.revise': Record<never, never>;
  'reviewer.approve': { readonly note?: string };
  'reviewer.return': { readonly reason?: string };
  'leader.approve': { readonly note?: string };
  'leader.return': { readonly reason?: string };
  'confidentiality.clear': {
    readonly checklist?: Partial<ConfidentialityChecklist>;
    /** 审查依据 */
    readonly basis?: string;
    /** 审查结论 / 处理意见 */
    readonly conclusion?: string;
  };
  'confidentiality.return': { readonly reason?: string };
  'confidentiality.dismissFinding': { readonly findingId?: string; readonly reason?: string };
  'publisher.publish': Record<never, never>;
  'publisher.schedule': { readonly publishAt?: string };
  'publisher.unschedule': Record<never, never>;
  'publisher.withdraw': { readonly reason?: string };
  'publisher.emergencyPublish': { readonly reason?: string };
  'reviewer.postReview': { readonly level?: PostReviewLevel; readonly note?: string };
  'system.publishDue': Record<never, never>;
}

export type WorkflowEventType = keyof EventPayloads;

/** The closed list of event types, in chart order. */
export const workflowEventTypes = [
  'editor.edit',
  'editor.submit',
  'editor.resubmit',
  'editor.revise',
  'reviewer.approve',
  'reviewer.return',
  'leader.approve',
  'leader.return',
  'confidentiality.clear',
  'confidentiality.return',
  'confidentiality.dismissFinding',
  'publisher.publish',
  'publisher.schedule',
  'publisher.unschedule',
  'publisher.withdraw',
  'publisher.emergencyPublish',
  'reviewer.postReview',
  'system.publishDue',
] as const satisfies readonly WorkflowEventType[];

/** An event as a caller sends it: its type and payload, without actor, item or time. */
export type WorkflowEvent = { [K in WorkflowEventType]: { readonly type: K } & EventPayloads[K] }[WorkflowEventType];

export type WorkflowEventOf<K extends WorkflowEventType> = Extract<WorkflowEvent, { type: K }>;

/**
 * What the machine itself receives: the event plus the facts its guards need, so the machine alone
 * enforces every rule (and graph traversal proves it) without any hidden lookup.
 */
export type MachineEvent = WorkflowEvent & {
  readonly actor: Actor;
  readonly item: ItemFacts;
  readonly policy: ReviewPolicy;
  /** ISO 8601 time the event is applied. */
  readonly at: string;
};

export interface Signature {
  readonly by: string;
  readonly at: string;
}

export interface ConfidentialityRecord {
  readonly checklist: ConfidentialityChecklist;
  readonly basis: string;
  readonly conclusion: string;
  readonly reviewerId: string;
  readonly at: string;
  /** The attribute the reviewer cleared; publication requires it to be unchanged. */
  readonly attribute: DisclosureAttribute;
  readonly scan: ScanAudit | null;
}

export interface DismissalRecord extends Signature {
  readonly reason: string;
}

export interface ReturnRecord extends Signature {
  readonly level: ReviewLevel | 'confidentiality';
  readonly reason: string;
}

export interface EmergencyRecord extends Signature {
  readonly reason: string;
  readonly skippedLevels: readonly PostReviewLevel[];
  /**
   * `YYYY-MM-DD`, Asia/Shanghai: the skipped levels review by the end of this day (1 working day
   * after the publication). `null` when nothing was skipped, and in snapshots stored before it existed.
   */
  readonly postReviewDueDate: string | null;
}

export interface PostReviewRecord extends Signature {
  readonly level: PostReviewLevel;
  readonly note: string | null;
}

/** The version the public sees; present while an item is online, also during a revision. */
export interface OnlineVersion {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string;
  readonly emergency: boolean;
}

export interface WithdrawalRecord extends Signature {
  /** Shown to the public (撤回说明). */
  readonly reason: string;
}

/** Everything the rules need, kept in the machine context (JSON-safe). */
export interface DisclosureContext {
  readonly author: string;
  readonly createdAt: string;
  /** Whoever last changed the content of the current draft (first draft or revision). */
  readonly lastEditor: string;
  /** Who sent the current round to review; vouching for a text is not reviewing it. */
  readonly submittedBy: string | null;
  /** Who opened the current revision, if any; treated like an author by the two-person rule. */
  readonly revisionAuthor: string | null;
  /** Approvals of the current review round, per level. */
  readonly approvals: Partial<Record<ReviewLevel, Signature>>;
  readonly confidentiality: ConfidentialityRecord | null;
  /** Scan findings the confidentiality reviewer dismissed in this round, by finding id. */
  readonly dismissals: Readonly<Record<string, DismissalRecord>>;
  readonly lastReturn: ReturnRecord | null;
  readonly scheduledAt: string | null;
  readonly online: OnlineVersion | null;
  readonly emergency: EmergencyRecord | null;
  /** Levels an emergency publication skipped that still await their review afterwards. */
  readonly postReviewPending: readonly PostReviewLevel[];
  readonly postReviews: readonly PostReviewRecord[];
  readonly withdrawal: WithdrawalRecord | null;
}

export interface DisclosureInput {
  readonly authorId: string;
  readonly createdAt: string;
}

/** Top-level states of the lifecycle. */
export const workflowStates = [
  'draft',
  'departmentReview',
  'leaderReview',
  'confidentialityReview',
  'changesRequested',
  'approved',
  'scheduled',
  'published',
  'releasableOnRequest',
  'withheld',
  'withdrawn',
] as const;
export type WorkflowState = (typeof workflowStates)[number];

/** Where a correction of a published item stands; the published version stays online meanwhile. */
export const revisionStages = [
  'draft',
  'departmentReview',
  'leaderReview',
  'confidentialityReview',
  'changesRequested',
  'approved',
] as const;
export type RevisionStage = (typeof revisionStages)[number];

/** A readable summary of a snapshot. */
export interface WorkflowStatus {
  readonly state: WorkflowState;
  /** The stage of a correction in progress, or `null`. */
  readonly revision: RevisionStage | null;
  /** True when a version is publicly visible (also while a revision goes through the chain). */
  readonly online: boolean;
  readonly postReviewPending: readonly PostReviewLevel[];
  /** When the pending post-publication reviews are due (`YYYY-MM-DD`), or `null` when none is pending. */
  readonly postReviewDueDate: string | null;
  readonly scheduledAt: string | null;
}

export interface ScanAudit {
  readonly scannedAt: string;
  readonly findings: number;
  readonly redacted: number;
  readonly dismissed: number;
  readonly open: number;
}

/** One row of the append-only audit log, produced by every successful command. */
export interface AuditEvent {
  readonly actorId: string;
  readonly at: string;
  /** State path before and after, e.g. `approved`, `published.revising.departmentReview`. */
  readonly from: string;
  readonly to: string;
  readonly event: WorkflowEventType | 'create';
  readonly reason?: string;
  readonly confidentiality?: ConfidentialityRecord;
  readonly scan?: ScanAudit;
  readonly emergency?: EmergencyRecord;
  readonly postReview?: PostReviewRecord;
  readonly scheduledAt?: string | null;
  readonly findingId?: string;
}

export type Recipient =
  | { readonly kind: 'user'; readonly id: string }
  | { readonly kind: 'role'; readonly role: Role; readonly department: string };

/** Work to do after the state change has been committed (through the outbox), never before. */
export type Effect =
  | {
      readonly kind: 'publish';
      readonly version: number;
      readonly replaces: number | null;
      readonly emergency: boolean;
    }
  | { readonly kind: 'unpublish'; readonly reason: string }
  | { readonly kind: 'index' }
  | { readonly kind: 'unindex' }
  | { readonly kind: 'notify'; readonly template: NotifyTemplate; readonly recipients: readonly Recipient[] }
  /** `at: null` cancels a scheduled publication. */
  | { readonly kind: 'schedule'; readonly at: string | null };

export type NotifyTemplate =
  | 'reviewRequested'
  | 'returnedForChanges'
  | 'readyToPublish'
  | 'reviewClosed'
  | 'postReviewRequested'
  | 'withdrawn';
