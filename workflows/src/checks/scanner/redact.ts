import { WorkflowError } from '../../errors';
import type { FindingKind, FindingSpan } from './finding';
import { findingKinds } from './finding';
import { maskFinding } from './mask-finding';

/**
 * Returns `text` with every finding masked (see {@link maskFinding} for what each kind keeps); the
 * result has the same length as `text`.
 *
 * Findings may come in any order. A finding nested in another is covered by the outer one; two
 * findings of the same kind that overlap are merged; findings of different kinds that cross
 * (overlap without nesting) are refused, as are spans out of range, empty, not on integer
 * offsets, splitting a surrogate pair, or of an unknown kind: `WorkflowError` `INVALID_FINDING`.
 */
export function redact(text: string, findings: readonly FindingSpan[]): string {
  // Joined once, so the result is a flat string: a rope of thousands of slices makes every later
  // slice or charCodeAt on a 10 MB report flatten it again.
  const parts: string[] = [];
  let cursor = 0;
  for (const span of maskedSpans(text, findings)) {
    parts.push(text.slice(cursor, span.start), span.mask);
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** A top-level span of a redaction and its mask. */
export interface MaskedSpan {
  readonly start: number;
  readonly end: number;
  readonly mask: string;
}

/**
 * Validates the findings and returns the outermost spans, sorted and disjoint, each with its mask:
 * what {@link redact} writes, available to callers that need only a window of the result.
 */
export function maskedSpans(text: string, findings: readonly FindingSpan[]): MaskedSpan[] {
  findings.forEach((finding, index) => assertValidSpan(text, finding, index));
  return mergeSpans(findings).map((span) => ({
    start: span.start,
    end: span.end,
    mask: maskFinding(span.kind, text.slice(span.start, span.end)),
  }));
}

interface Span {
  kind: FindingKind;
  start: number;
  end: number;
}

function mergeSpans(findings: readonly FindingSpan[]): Span[] {
  const sorted = findings
    .map((f) => ({ kind: f.kind, start: f.start, end: f.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last === undefined || span.start >= last.end) merged.push(span);
    else if (span.end <= last.end) continue;
    else if (span.kind === last.kind) last.end = span.end;
    else
      throw new WorkflowError('INVALID_FINDING', `发现项相互交叉，无法脱敏 / findings of different kinds cross`, {
        details: { first: { ...last }, second: span },
      });
  }
  return merged;
}

function assertValidSpan(text: string, finding: FindingSpan, index: number): void {
  const { kind, start, end } = finding;
  const valid =
    (findingKinds as readonly string[]).includes(kind) &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end <= text.length &&
    start < end &&
    !splitsSurrogatePair(text, start) &&
    !splitsSurrogatePair(text, end);
  if (!valid) {
    throw new WorkflowError(
      'INVALID_FINDING',
      `第 ${index + 1} 个发现项的位置或类型无效 / finding ${index} has an invalid span or kind`,
      {
        details: { index, kind, start, end, length: text.length },
      },
    );
  }
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
