import type { FindingKind } from './finding';
import { normalizeWidth } from './normalize-width';

/**
 * Masks one matched span, keeping its length in UTF-16 code units so offsets of later findings
 * stay valid. Wide characters (Han, full-width forms) become the full-width ＊ and every other
 * code unit the ASCII *, so a masked line keeps its visual width. What each kind keeps:
 * - residentId, residentIdPartial: the 6-digit address code (the published form 210121************);
 * - mobile: country prefix, first 3 and last 4 digits (138****1234);
 * - landline: the area code when it is set off by a bracket or separator (0371-********);
 * - bankCard: the last 4 digits;
 * - licensePlate: province and issuing-authority letter (豫A*****);
 * - email: the domain (****@example.com);
 * - everything else (names, addresses, WeChat, QQ, markings): nothing.
 * Separators inside numbers (spaces, dashes, dots, brackets) are kept; they carry no information.
 */
export function maskFinding(kind: FindingKind, original: string): string {
  const folded = normalizeWidth(original);
  const keep = keptPositions(kind, folded);
  const out: string[] = new Array<string>(original.length);
  for (let i = 0; i < original.length; i += 1) {
    const code = original.charCodeAt(i);
    out[i] = keep[i] === 1 ? original.charAt(i) : code >= 0x2e80 && (code < 0xd800 || code > 0xdfff) ? '＊' : '*';
  }
  return out.join('');
}

const NUMBER_KINDS: ReadonlySet<FindingKind> = new Set([
  'residentId',
  'residentIdPartial',
  'mobile',
  'landline',
  'bankCard',
]);

function keptPositions(kind: FindingKind, folded: string): Uint8Array {
  const keep = new Uint8Array(folded.length);
  const keepAll = (positions: readonly number[]): void => positions.forEach((i) => (keep[i] = 1));
  if (NUMBER_KINDS.has(kind)) {
    for (let i = 0; i < folded.length; i += 1) if (/[\s\-()（）+.]/.test(folded.charAt(i))) keep[i] = 1;
  }
  const symbols = NUMBER_KINDS.has(kind) ? alphanumericPositions(folded) : [];
  switch (kind) {
    case 'residentId':
    case 'residentIdPartial':
      keepAll(symbols.slice(0, 6));
      break;
    case 'mobile':
      keepAll(symbols.slice(0, symbols.length - 11 + 3));
      keepAll(symbols.slice(-4));
      break;
    case 'landline': {
      const areaCode = /^(?:[(（]0\d{2,3}[)）]|0\d{2,3}(?=[ -]))/.exec(folded);
      keep.fill(1, 0, areaCode?.[0].length ?? 0);
      break;
    }
    case 'bankCard':
      keepAll(symbols.slice(-4));
      break;
    case 'licensePlate':
      keep.fill(1, 0, 2);
      break;
    case 'email': {
      const at = folded.indexOf('@');
      if (at >= 0) keep.fill(1, at);
      break;
    }
    default:
      break;
  }
  return keep;
}

function alphanumericPositions(text: string): number[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) positions.push(i);
  }
  return positions;
}
