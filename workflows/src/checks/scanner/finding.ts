/**
 * The closed list of what the confidentiality scanner reports. A new kind is a code change on
 * purpose: reviewers, redaction and the admin panel all switch on it.
 */
export const findingKinds = [
  'residentId',
  'residentIdPartial',
  'mobile',
  'landline',
  'bankCard',
  'licensePlate',
  'email',
  'wechat',
  'qq',
  'personName',
  'homeAddress',
  'secrecyMarking',
] as const;

/** One of {@link findingKinds}. */
export type FindingKind = (typeof findingKinds)[number];

/**
 * A piece of personal data or a secrecy marking found in a text.
 *
 * `start` and `end` are UTF-16 offsets into the scanned text, so `text.slice(start, end)` is the
 * match. `excerpt` is a short context window in which every finding is already masked, so it can
 * be shown to a reviewer or written to a log without leaking what it reports.
 */
export interface Finding {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
  /** Context around the match with the match (and any neighbour finding) masked. */
  readonly excerpt: string;
  /** 0..1; lower when only a heuristic (no checksum, no context word) supports the finding. */
  readonly confidence?: number;
  /** Which detector rule fired, e.g. `residentId.checksum`, `bankCard.context`. */
  readonly rule: string;
}

/** What {@link redact} needs from a finding. */
export type FindingSpan = Pick<Finding, 'kind' | 'start' | 'end'>;

/**
 * Values the bureau publishes on purpose (office numbers, office addresses, the 依申请公开 mailbox).
 * They are never reported, whatever spelling the text uses.
 */
export interface ScanAllowList {
  readonly phones?: readonly string[];
  readonly addresses?: readonly string[];
  readonly emails?: readonly string[];
}

/** Options of {@link scanText}. */
export interface ScanOptions {
  readonly allow?: ScanAllowList;
}

/** Result of {@link scanText}: findings sorted by `start`, never crossing one another. */
export interface ScanResult {
  readonly findings: Finding[];
}

/** A finding before its excerpt is cut; what each detector returns. */
export type RawFinding = Omit<Finding, 'excerpt'>;
