import type { Detector } from './detector-context';
import type { RawFinding } from './finding';

// The look-behind makes the local part start only at the beginning of a run, so a long run of
// letters or digits without "@" is read once, not once per position (no quadratic backtracking).
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

/** E-mail addresses (DOMAIN.md §7.6), unless configured as public (the 依申请公开 mailbox). */
export const detectEmail: Detector = ({ folded, allow }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(EMAIL)) {
    if (allow.isPublicEmail(match[0])) continue;
    const start = match.index;
    findings.push({ kind: 'email', start, end: start + match[0].length, confidence: 0.95, rule: 'email.address' });
  }
  return findings;
};
