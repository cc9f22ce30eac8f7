import type { Detector } from './detector-context';
import { hasContextBefore } from './detector-context';
import type { RawFinding } from './finding';
import { isLuhnValid } from './is-luhn-valid';
import { bankCardContextWords } from './scanner-vocabulary';

// 16-19 digits written solid, in groups of four, or as 6 + the rest (DOMAIN.md §7.4).
const CARD =
  /(?<![0-9A-Za-z*]|\d\.)(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?|\d{6}[ -]\d{10,13})(?![0-9A-Za-z*])/g;

/**
 * Bank card numbers. With an account label (卡号, 账号, 开户行 …) any 16-19 digit run counts, since
 * some old domestic cards fail Luhn. Without one the number must pass Luhn and start like a card
 * (62 UnionPay, 4 or 5 co-brands); grouped digits without a label must start with 62, because
 * tables of four-digit values would otherwise pass Luhn one time in ten.
 */
export const detectBankCard: Detector = ({ folded, isPublic }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(CARD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isPublic(start, end)) continue;
    const digits = match[0].replace(/[ -]/g, '');
    const luhn = isLuhnValid(digits);
    if (hasContextBefore(folded, start, bankCardContextWords, 20)) {
      findings.push({ kind: 'bankCard', start, end, confidence: luhn ? 0.95 : 0.7, rule: 'bankCard.context' });
      continue;
    }
    const grouped = digits.length !== match[0].length;
    const looksLikeCard = grouped ? digits.startsWith('62') : /^(?:62|4|5)/.test(digits);
    if (luhn && looksLikeCard) findings.push({ kind: 'bankCard', start, end, confidence: 0.6, rule: 'bankCard.luhn' });
  }
  return findings;
};
