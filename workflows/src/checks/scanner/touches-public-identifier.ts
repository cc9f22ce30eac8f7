import { hasContextBefore } from './detector-context';
import { isValidCreditCode } from './is-valid-credit-code';
import { isValidResidentId } from './is-valid-resident-id';
import { creditCodeContextWords } from './scanner-vocabulary';

// GB 32100 charset (no I, O, S, V, Z); DOMAIN.md §7.7.
const CREDIT_CODE = /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g;
// GB 3838-2002, HJ 633-2026, GB/T 2260-2007, DB41/T 1234-2016, GB 3095—2026 …
const STANDARD_NUMBER =
  /(?<![A-Za-z])(?:GBZ|GB|HJ|CJJ|CJ|JGJ|DB\d{2}|GA|HG|SL|DL|NY|LY|WS|YY|TSG|SH|SY|JJF|JJG)(?:\/[TZ])?\s?\d{1,5}(?:\.\d{1,3}){0,3}(?:\s?[-‐‑‒–—―−]\s?\d{4})?/g;
// 郑环办〔2015〕146号, 郑环罚〔2024〕12号, (2024)豫0102行初123号, 环办应急函[2018]500号
const DOCUMENT_NUMBER = /[〔[(【（［]\s?(?:19|20)\d{2}\s?[〕\])】）］][^\s,;:，。；：、]{0,12}?\d{1,6}\s?号/g;
// 国环辐证[00001], 豫环辐证〔A0001〕
const CERTIFICATE_NUMBER = /证\s?[[〔(【（［]\s?[0-9A-Za-z]{1,12}\s?[\]〕)】）］]/g;
// 400-/800- service numbers are public by nature (DOMAIN.md §7.3).
const SERVICE_NUMBER = /(?<![0-9])[48]00[ -]?\d{3}[ -]?\d{4}(?![0-9])/g;
const OTHER_PUBLIC = [STANDARD_NUMBER, DOCUMENT_NUMBER, CERTIFICATE_NUMBER, SERVICE_NUMBER] as const;

// Every public pattern above matches at most ~40 characters, so a public identifier that touches
// a candidate lies inside this margin around it; a look-behind cut off at the window edge can only
// mis-fire on a match that starts there, which is too far away to touch the candidate.
const MARGIN = 64;

/**
 * True when `[start, end)` of the folded text touches a public identifier that looks like personal
 * data: an organisation credit code, a standard, document, case or certificate number, a 400/800
 * number. Checked around each candidate rather than over the whole text, because candidates are
 * rare and public numbers are everywhere in an EIA report.
 *
 * A code that is both a valid credit code and a valid identity number stays personal unless a
 * credit-code label precedes it: mistaking a person for an organisation is the worse error.
 */
export function touchesPublicIdentifier(folded: string, start: number, end: number): boolean {
  const from = Math.max(0, start - MARGIN);
  const window = folded.slice(from, Math.min(folded.length, end + MARGIN));
  const touches = (matchStart: number, matchLength: number): boolean =>
    matchStart < end && matchStart + matchLength > start;
  for (const match of window.matchAll(CREDIT_CODE)) {
    const codeStart = from + match.index;
    if (!touches(codeStart, match[0].length)) continue;
    // Early pilot-region codes fail the checksum but are genuine (DOMAIN.md §7.7): trust the label.
    if (hasContextBefore(folded, codeStart, creditCodeContextWords, 20)) return true;
    if (isValidCreditCode(match[0]) && !isValidResidentId(match[0])) return true;
  }
  return OTHER_PUBLIC.some((pattern) => {
    for (const match of window.matchAll(pattern)) if (touches(from + match.index, match[0].length)) return true;
    return false;
  });
}
