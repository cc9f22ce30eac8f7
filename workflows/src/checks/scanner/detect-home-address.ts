import type { Detector } from './detector-context';
import type { RawFinding } from './finding';
import { addressMarkerChars, addressStopWords, homeAddressContextWords } from './scanner-vocabulary';

const ADDRESS_AFTER_CONTEXT = new RegExp(
  `(?:${homeAddressContextWords.join('|')})(?:\\s*[:：]\\s*|\\s+)?([^\\s,.;:!?()，。；、：！？（）“”"'‘’【】]{2,60})`,
  'g',
);
const STOP = new RegExp(addressStopWords.join('|'));
const HOUSE_NUMBER_TAIL = /^[0-9A-Za-z-]*/;

/**
 * Private dwellings introduced by 家住, 住址, 居住于 …. The text after the label must name an
 * address unit (路, 村, 号, 室 …), so "居住于此的居民" is not an address; masked forms (某村) and
 * the bureau's configured addresses are not reported.
 */
export const detectHomeAddress: Detector = ({ folded, allow }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(ADDRESS_AFTER_CONTEXT)) {
    const token = match[1] ?? '';
    const stop = STOP.exec(token);
    const candidate = stop === null ? token : token.slice(0, stop.index);
    const end = addressEnd(candidate);
    if (end === undefined) continue;
    const address = candidate.slice(0, end);
    if (address.length < 2 || /[某*×]/.test(address) || allow.isPublicAddress(address)) continue;
    const start = match.index + match[0].length - token.length;
    findings.push({
      kind: 'homeAddress',
      start,
      end: start + address.length,
      confidence: 0.75,
      rule: 'homeAddress.labelled',
    });
  }
  return findings;
};

/** Where the address ends: after its last unit marker and the house number that follows (…2单元501). */
function addressEnd(candidate: string): number | undefined {
  for (let i = candidate.length - 1; i >= 0; i -= 1) {
    if (addressMarkerChars.includes(candidate.charAt(i))) {
      return i + 1 + (HOUSE_NUMBER_TAIL.exec(candidate.slice(i + 1))?.[0].length ?? 0);
    }
  }
  return undefined;
}
