import type { ReleaseFlag, Role, RuleFailure, ScanSummary, WorkflowEventType } from '@disclosure-hub/workflows';

/** What a transition answers (`POST /disclosure-workflow/transitions`, admin and content API). */
export interface TransitionResult {
  state: string;
  /** The stage of a correction in review (`published.revising.*`), or null. */
  revision: string | null;
  online: boolean;
  version: number;
  dueDate: string | null;
  scheduledAt: string | null;
  availableEvents: WorkflowEventType[];
}

/** Where a finding is and what it looks like, as the scanner reported it. */
export interface FindingDetail {
  id: string;
  kind: string;
  path: string;
  excerpt: string;
}

/**
 * What one actor sees of one document and locale (`GET /api/disclosure-workflow/items/:uid/:documentId`;
 * the admin route answers a {@link WorkflowPanelView}).
 */
export interface WorkflowView extends TransitionResult {
  author: string | null;
  department: string;
  /** For each event this actor cannot send now, every reason (so nobody has to guess). */
  blocked: Partial<Record<WorkflowEventType, RuleFailure[]>>;
  scan: ScanSummary | null;
  /** The catalogue key of the content type, e.g. `air-quality-daily`. */
  category: string;
  indexNumber: string | null;
  /** Working days until the due date (Asia/Shanghai calendar); negative when overdue. */
  workingDaysLeft: number | null;
  /** Every finding of the last scan with its place and excerpt, and its dismissal if any. */
  findings: (FindingDetail & {
    status: 'open' | 'redacted' | 'dismissed';
    dismissal: { by: string; byName: string | null; at: string; reason: string } | null;
  })[];
  /**
   * Who acts next, as the workflows package reads the chart (`nextStep`): each awaited role in its
   * department with the events it may send; empty when nothing is pending. `mine` is true when
   * this actor is one of them (and the two-person rule does not exclude them).
   */
  next: {
    stage: string;
    waitingFor: { role: Role; department: string; events: WorkflowEventType[] }[];
    mine: boolean;
  };
  /** The confidentiality conclusion of the current round, once cleared. */
  confidentiality: { reviewerId: string; at: string; basis: string; conclusion: string } | null;
  history: {
    actorId: string;
    /** The admin user's name, for the timeline. */
    actorName: string | null;
    at: string;
    from: string;
    to: string;
    event: string;
    reason: string | null;
    version: number;
  }[];
}

/** What the automatic checks found on a daily release of monitoring data, for its reviewers. */
export interface AutomaticChecks {
  kind: string;
  key: string;
  date: string;
  status: string;
  /** Blocking findings: why the release waits for a person. */
  flags: ReleaseFlag[];
  /** Non-blocking remarks (stations left out of the city means). */
  notes: ReleaseFlag[];
  /** Data arrived after the release was made: the item may need a correction. */
  lateData: boolean;
}

/** What the edit view's workflow panel reads (`GET /disclosure-workflow/items/:uid/:documentId`, admin). */
export interface WorkflowPanelView extends WorkflowView {
  /** Set on daily releases of monitoring data; null for items people wrote. */
  automaticChecks: AutomaticChecks | null;
}
