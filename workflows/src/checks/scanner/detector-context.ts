import type { RawFinding, ScanAllowList } from './finding';
import { normalizeWidth } from './normalize-width';

/** What every detector receives: the original text, its width-folded twin and the public values. */
export interface DetectorContext {
  /** The text as given; offsets refer to it. */
  readonly text: string;
  /** {@link normalizeWidth} of `text`: same length, ASCII digits, letters and separators. */
  readonly folded: string;
  readonly allow: AllowMatcher;
  /** True when the span touches a public identifier (credit code, standard or document number …). */
  isPublic(start: number, end: number): boolean;
}

/** A detector: one linear pass over the folded text. */
export type Detector = (context: DetectorContext) => RawFinding[];

/** Allow-list comparisons that ignore width, separators and case. */
export interface AllowMatcher {
  isPublicPhone(digits: string): boolean;
  isPublicAddress(address: string): boolean;
  isPublicEmail(email: string): boolean;
}

export function createAllowMatcher(allow: ScanAllowList = {}): AllowMatcher {
  const phones = (allow.phones ?? []).map(onlyDigits).filter((d) => d.length > 0);
  const addresses = (allow.addresses ?? []).map(compactAddress).filter((a) => a.length > 0);
  const emails = new Set((allow.emails ?? []).map((e) => normalizeWidth(e).trim().toLowerCase()));
  return {
    // A published office number may be written with or without its area code (0371-67891234 /
    // 67891234) and with an extension of the published switchboard (0371-67891234转8001).
    isPublicPhone: (digits) =>
      phones.some(
        (p) =>
          p === digits ||
          (digits.length >= 7 && p.endsWith(digits)) ||
          (p.length >= 7 && (digits.endsWith(p) || digits.startsWith(p))),
      ),
    isPublicAddress: (address) => {
      const compact = compactAddress(address);
      return addresses.some((a) => compact.includes(a) || a.includes(compact));
    },
    isPublicEmail: (email) => emails.has(email.toLowerCase()),
  };
}

export function onlyDigits(value: string): string {
  return normalizeWidth(value).replace(/\D/g, '');
}

function compactAddress(value: string): string {
  return normalizeWidth(value).replace(/\s/g, '');
}

/** True when one of `words` occurs in the `window` characters before `start`. */
export function hasContextBefore(folded: string, start: number, words: readonly string[], window = 16): boolean {
  const before = folded.slice(Math.max(0, start - window), start);
  return words.some((word) => before.includes(word));
}
