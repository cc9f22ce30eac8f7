import type { Detector } from './detector-context';
import type { RawFinding } from './finding';

// QQ numbers are 5-11 digits, no leading zero; a bare run of digits is not believed without the label.
const QQ = /(?<![A-Za-z])(?:QQ|扣扣)(?:号码|账号|号)?\s*[:：]?\s*([1-9]\d{4,10})(?![0-9])/gi;

/** QQ numbers after a label such as QQ: or QQ号. */
export const detectQq: Detector = ({ folded }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(QQ)) {
    const id = match[1] ?? '';
    const end = match.index + match[0].length;
    findings.push({ kind: 'qq', start: end - id.length, end, confidence: 0.85, rule: 'qq.labelled' });
  }
  return findings;
};
