import type { Detector } from './detector-context';
import { hasContextBefore } from './detector-context';
import type { RawFinding } from './finding';
import { isRealDate, isValidResidentId } from './is-valid-resident-id';
import { residentIdContextWords } from './scanner-vocabulary';

// DOMAIN.md §7.1, with one optional space or dash after the address code and after the birth date.
const ID18 =
  /(?<![0-9A-Za-z*]|\d\.)[1-9]\d{5}[ -]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ -]?\d{3}[\dXx](?![0-9A-Za-z*])/g;
// GB 11643-1989: 6 address + YYMMDD + 3 sequence, no check digit.
const ID15 = /(?<![0-9A-Za-z*]|\d\.)[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z*])/g;

/**
 * Citizen identity numbers: 18-character numbers must pass the date and MOD 11-2 check; the old
 * 15-digit numbers have no check digit, so they need a 身份证 label nearby.
 */
export const detectResidentId: Detector = ({ folded, isPublic }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(ID18)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isValidResidentId(match[0].replace(/[ -]/g, '')) || isPublic(start, end)) continue;
    findings.push({ kind: 'residentId', start, end, confidence: 0.95, rule: 'residentId.checksum' });
  }
  for (const match of folded.matchAll(ID15)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isRealDate(match[0].slice(6, 12)) || !hasContextBefore(folded, start, residentIdContextWords, 20)) continue;
    findings.push({ kind: 'residentId', start, end, confidence: 0.7, rule: 'residentId.legacy15' });
  }
  return findings;
};
