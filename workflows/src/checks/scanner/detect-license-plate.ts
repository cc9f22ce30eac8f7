import type { Detector } from './detector-context';
import type { RawFinding } from './finding';

// GA 36-2018 (DOMAIN.md §7.5): province, issuing-authority letter (never I or O), then either the
// 6-character new-energy tail or the 5-character ordinary tail; an optional dot or space after the letter.
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领';
const PLATE = new RegExp(
  `[${PROVINCES}][A-HJ-NP-Z][ ·・.]?(?:[DABCEFGHJK][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DABCEFGHJK]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳])(?![0-9A-Za-z])`,
  'g',
);

/**
 * Vehicle plates. All plates are reported (a private car's plate is personal information); the
 * reviewer decides whether a company vehicle in an enforcement decision may stay.
 */
export const detectLicensePlate: Detector = ({ folded, isPublic }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(PLATE)) {
    const start = match.index;
    const end = start + match[0].length;
    // A tail of letters only is an English word or code ("新GBT…"), not a plate.
    if (!/\d/.test(match[0]) || isPublic(start, end)) continue;
    findings.push({ kind: 'licensePlate', start, end, confidence: 0.8, rule: 'licensePlate.ga36' });
  }
  return findings;
};
