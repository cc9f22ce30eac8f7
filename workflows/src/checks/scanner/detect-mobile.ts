import type { Detector } from './detector-context';
import type { RawFinding } from './finding';
import { isValidMobileNumber } from './is-valid-mobile-number';

// Optional +86/0086/86, then 3-4-4 with the same optional separator twice (138-0000-0000,
// 138 0000 0000, 138.0000.0000); a decimal number never has two dots, so dots are safe here.
const MOBILE = /(?<![0-9A-Za-z*+]|\d\.)(?:(?:\+|00)?86[ -]?)?(1[3-9]\d)([ .\u3000-]?)(\d{4})\2(\d{4})(?![0-9A-Za-z*])/g;

/** Mobile numbers whose prefix is allocated (DOMAIN.md §7.2), unless configured as public. */
export const detectMobile: Detector = ({ folded, isPublic, allow }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(MOBILE)) {
    const digits = `${match[1] ?? ''}${match[3] ?? ''}${match[4] ?? ''}`;
    const start = match.index;
    const end = start + match[0].length;
    if (!isValidMobileNumber(digits) || allow.isPublicPhone(digits) || isPublic(start, end)) continue;
    findings.push({ kind: 'mobile', start, end, confidence: 0.9, rule: 'mobile.prefix' });
  }
  return findings;
};
