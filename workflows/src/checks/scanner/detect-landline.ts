import type { Detector } from './detector-context';
import { hasContextBefore, onlyDigits } from './detector-context';
import type { RawFinding } from './finding';
import { landlineContextWords } from './scanner-vocabulary';

// DOMAIN.md §7.3: area code 0 + 2-3 digits, local number 7-8 digits starting 2-9, optional extension.
const WITH_AREA_CODE =
  /(?<![0-9A-Za-z*.])(?:[(（]0\d{2,3}[)）]|0\d{2,3})[ -]?[2-9]\d{2,3}[ -]?\d{4}(?:(?:转|-|ext\.?|EXT\.?)\d{1,6})?(?![0-9A-Za-z*])/g;
// Without an area code a 7-8 digit number is as likely a quantity or a date: only with a label.
const LOCAL_ONLY = /(?<![0-9A-Za-z*.-])[2-9]\d{2,3}[ -]?\d{4}(?![0-9A-Za-z*]|\.\d)/g;

/** Fixed-line numbers, unless configured as public (the bureau's office numbers). */
export const detectLandline: Detector = ({ folded, isPublic, allow }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(WITH_AREA_CODE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (allow.isPublicPhone(onlyDigits(match[0])) || isPublic(start, end)) continue;
    findings.push({ kind: 'landline', start, end, confidence: 0.8, rule: 'landline.areaCode' });
  }
  for (const match of folded.matchAll(LOCAL_ONLY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!hasContextBefore(folded, start, landlineContextWords, 12)) continue;
    if (allow.isPublicPhone(onlyDigits(match[0])) || isPublic(start, end)) continue;
    findings.push({ kind: 'landline', start, end, confidence: 0.6, rule: 'landline.labelled' });
  }
  return findings;
};
