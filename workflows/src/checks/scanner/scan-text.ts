import type { Detector } from './detector-context';
import { createAllowMatcher } from './detector-context';
import { detectBankCard } from './detect-bank-card';
import { detectEmail } from './detect-email';
import { detectHomeAddress } from './detect-home-address';
import { detectLandline } from './detect-landline';
import { detectLicensePlate } from './detect-license-plate';
import { detectMobile } from './detect-mobile';
import { detectPersonName } from './detect-person-name';
import { detectQq } from './detect-qq';
import { detectResidentId } from './detect-resident-id';
import { detectResidentIdPartial } from './detect-resident-id-partial';
import { detectSecrecyMarking } from './detect-secrecy-marking';
import { detectWechat } from './detect-wechat';
import type { Finding, FindingKind, RawFinding, ScanOptions, ScanResult } from './finding';
import { touchesPublicIdentifier } from './touches-public-identifier';
import { normalizeWidth } from './normalize-width';
import type { MaskedSpan } from './redact';
import { maskedSpans } from './redact';

/**
 * The closed registry of detectors, in priority order: when two findings of different kinds cross
 * or cover the same span, the earlier kind wins (a valid identity number is not also a bank card).
 */
const detectors: ReadonlyArray<readonly [FindingKind, Detector]> = [
  ['residentId', detectResidentId],
  ['residentIdPartial', detectResidentIdPartial],
  ['bankCard', detectBankCard],
  ['mobile', detectMobile],
  ['landline', detectLandline],
  ['email', detectEmail],
  ['qq', detectQq],
  ['wechat', detectWechat],
  ['licensePlate', detectLicensePlate],
  ['personName', detectPersonName],
  ['homeAddress', detectHomeAddress],
  ['secrecyMarking', detectSecrecyMarking],
];
const priority = new Map<FindingKind, number>(detectors.map(([kind], index) => [kind, index]));
// A number inside another number (a "landline" inside a grouped card number) is a misreading of
// the same digits, not a second finding; other kinds may nest (a QQ number inside an e-mail).
const numberKinds = new Set<FindingKind>(['residentId', 'residentIdPartial', 'bankCard', 'mobile', 'landline', 'qq']);

const EXCERPT_CONTEXT = 12;

/**
 * Scans a text for personal data and secrecy markings. Each detector makes one linear pass over
 * the width-folded text; findings are returned sorted by `start`, with crossing findings resolved
 * by priority and same-kind overlaps merged (a finding may still lie inside another, e.g. a QQ
 * number inside an e-mail address).
 */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  const folded = normalizeWidth(text);
  const context = {
    text,
    folded,
    allow: createAllowMatcher(options.allow),
    isPublic: (start: number, end: number) => touchesPublicIdentifier(folded, start, end),
  };
  const raw = detectors.flatMap(([, detect]) => detect(context));
  const resolved = resolveOverlaps(raw);
  return { findings: withExcerpts(text, resolved) };
}

function resolveOverlaps(raw: RawFinding[]): RawFinding[] {
  const sorted = [...raw].sort((a, b) => a.start - b.start || b.end - a.end);
  const result: RawFinding[] = [];
  // Overlaps are rare, so resolve each cluster of mutually overlapping findings on its own.
  let cluster: RawFinding[] = [];
  let clusterEnd = -1;
  for (const finding of sorted) {
    if (finding.start >= clusterEnd && cluster.length > 0) {
      result.push(...resolveCluster(cluster));
      cluster = [];
    }
    cluster.push(finding);
    clusterEnd = Math.max(clusterEnd, finding.end);
  }
  result.push(...resolveCluster(cluster));
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

function resolveCluster(cluster: RawFinding[]): RawFinding[] {
  if (cluster.length <= 1) return cluster;
  const merged = mergeSameKind(cluster);
  const byPriority = [...merged].sort(
    (a, b) => (priority.get(a.kind) ?? 0) - (priority.get(b.kind) ?? 0) || b.end - b.start - (a.end - a.start),
  );
  const kept: RawFinding[] = [];
  for (const candidate of byPriority) {
    const conflicts = kept.some((k) => {
      const overlap = candidate.start < k.end && k.start < candidate.end;
      const nested =
        (candidate.start >= k.start && candidate.end <= k.end) ||
        (k.start >= candidate.start && k.end <= candidate.end);
      const sameSpan = candidate.start === k.start && candidate.end === k.end;
      const sameDigits = numberKinds.has(candidate.kind) && numberKinds.has(k.kind);
      return overlap && (!nested || sameSpan || sameDigits);
    });
    if (!conflicts) kept.push(candidate);
  }
  return kept;
}

function mergeSameKind(cluster: RawFinding[]): RawFinding[] {
  const merged: RawFinding[] = [];
  for (const finding of cluster) {
    const index = merged.findIndex((m) => m.kind === finding.kind && finding.start < m.end && m.start < finding.end);
    const existing = merged[index];
    if (existing === undefined) merged.push(finding);
    else
      merged[index] = {
        ...existing,
        start: Math.min(existing.start, finding.start),
        end: Math.max(existing.end, finding.end),
        confidence: Math.max(existing.confidence ?? 0, finding.confidence ?? 0),
      };
  }
  return merged;
}

function withExcerpts(text: string, findings: RawFinding[]): Finding[] {
  const spans = maskedSpans(text, findings);
  return findings.map((finding) => ({
    ...finding,
    excerpt: maskedWindow(text, spans, finding.start - EXCERPT_CONTEXT, finding.end + EXCERPT_CONTEXT).replace(
      /\s+/g,
      ' ',
    ),
  }));
}

/**
 * `redact(text, findings).slice(from, to)` without building the redacted copy of a 10 MB text:
 * only the masked spans that meet the window are read.
 */
function maskedWindow(text: string, spans: readonly MaskedSpan[], from: number, to: number): string {
  const start = safeBoundary(text, from);
  const end = safeBoundary(text, to);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let cursor = start;
  for (let i = lo; i < spans.length; i += 1) {
    const span = spans[i];
    if (span === undefined || span.start >= end) break;
    if (span.start > cursor) out += text.slice(cursor, span.start);
    const clipEnd = Math.min(span.end, end);
    out += span.mask.slice(Math.max(span.start, cursor) - span.start, clipEnd - span.start);
    cursor = clipEnd;
  }
  return cursor < end ? out + text.slice(cursor, end) : out;
}

/** Clamps an offset into the text and moves it off the middle of a surrogate pair. */
function safeBoundary(text: string, offset: number): number {
  const clamped = Math.min(Math.max(offset, 0), text.length);
  const code = text.charCodeAt(clamped);
  return code >= 0xdc00 && code <= 0xdfff ? clamped - 1 : clamped;
}
