import type { Random } from './create-random';

/** GB 32100-2015 character set: 31 characters, no I, O, S, V, Z (DOMAIN.md §7.7). */
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i−1) mod 31 for positions 1–17. */
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** GB 11714 organisation code: weights over its first 8 characters. */
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Check character of a unified social credit code from its first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) throw new RangeError('expected 17 characters of the GB 32100 set');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CHARSET.indexOf(first17.charAt(i)) * (CREDIT_WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CHARSET.charAt(check);
}

/** Check character of a 9-character organisation code (组织机构代码) from its first 8 characters. */
export function organisationCodeCheckCharacter(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new RangeError('expected 8 characters 0-9 or A-Z');
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += parseInt(first8.charAt(i), 36) * (ORGANISATION_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * A valid code for a demo enterprise: 9 (market regulation) + 1 (enterprise), the region, an
 * organisation code with a correct check character, then the GB 32100 check character. An
 * organisation code ending in X is redrawn because X is not in the GB 32100 set.
 */
export function generateCreditCode(random: Random, regionCode: string): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < 8; i += 1) body += String(random.int(0, 9));
    const organisationCheck = organisationCodeCheckCharacter(body);
    if (organisationCheck === 'X') continue;
    const first17 = `91${regionCode}${body}${organisationCheck}`;
    return first17 + creditCodeCheckCharacter(first17);
  }
}
