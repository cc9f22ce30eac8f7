const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * GB 32100-2015 unified social credit code (统一社会信用代码) check character (DOMAIN.md §7.7).
 * Such codes identify organisations and are public; the scanner uses this to tell them from
 * identity numbers, never to report them.
 */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(code[i] ?? '') * (WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check] === code[17];
}
