const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * GB 11643-1999 citizen identity number: 17 digits, a real YYYYMMDD birth date at positions 7-14
 * and the ISO 7064 MOD 11-2 check character (DOMAIN.md §7.1). Separators must already be removed.
 */
export function isValidResidentId(id: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/i.test(id)) return false;
  if (!isRealDate(id.slice(6, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(id[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] === (id[17] ?? '').toUpperCase();
}

/** `YYYYMMDD` (or `YYMMDD` read as 19YY for the 15-digit 1989 format) naming a day that exists. */
export function isRealDate(digits: string): boolean {
  const full = digits.length === 6 ? `19${digits}` : digits;
  const year = Number(full.slice(0, 4));
  const month = Number(full.slice(4, 6));
  const day = Number(full.slice(6, 8));
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
