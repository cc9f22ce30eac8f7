import type { Detector } from './detector-context';
import type { RawFinding } from './finding';
import { isRealDate } from './is-valid-resident-id';

// 18 positions where some are masked with * but the birth date (positions 7-14) is still legible.
const PARTIAL =
  /(?<![0-9A-Za-z*]|\d\.)[0-9*]{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[0-9*]{3}[0-9Xx*](?![0-9A-Za-z*])/g;

/**
 * Identity numbers masked so little that the birth date still shows (410105********1234 is fine,
 * 41010519900307**** is not). Fully masked forms such as 210121************ never match.
 */
export const detectResidentIdPartial: Detector = ({ folded }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(PARTIAL)) {
    if (!match[0].includes('*') || !isRealDate(match[0].slice(6, 14))) continue;
    const start = match.index;
    findings.push({
      kind: 'residentIdPartial',
      start,
      end: start + match[0].length,
      confidence: 0.85,
      rule: 'residentIdPartial.birthDateVisible',
    });
  }
  return findings;
};
