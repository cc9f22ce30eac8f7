import type { Detector } from './detector-context';
import type { RawFinding } from './finding';

// A WeChat ID is 6-20 characters starting with a letter; only believed after a WeChat label. A Latin
// label needs a colon or a space after it, so "wxpay_notify" is not read as "wx" + an ID.
// Phone numbers given as WeChat IDs are left to the mobile detector.
const WECHAT =
  /(?<![A-Za-z])(?:(?:微信|v信)(?:号码|账号|帐号|号|id)?\s*[:：]?|(?:wechat|weixin|vx|wx)(?:\s*id)?\s*[:：\s])\s*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@.])/gi;

/** WeChat IDs after a label such as 微信号: or WeChat:. */
export const detectWechat: Detector = ({ folded }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(WECHAT)) {
    const id = match[1] ?? '';
    const end = match.index + match[0].length;
    findings.push({ kind: 'wechat', start: end - id.length, end, confidence: 0.85, rule: 'wechat.labelled' });
  }
  return findings;
};
