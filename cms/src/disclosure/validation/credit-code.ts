import { isValidCreditCode } from '@disclosure-hub/workflows';

/**
 * Early pilot-region codes that are genuine although they fail the GB 32100 checksum
 * (DOMAIN.md §7.7). Add a code here only after checking it against the registration authority.
 */
const verifiedPilotCodes = new Set(['91350100M0001TGQXM']);

const creditCodePattern = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function isAcceptableCreditCode(value: string): boolean {
  const code = value.trim().toUpperCase();
  return creditCodePattern.test(code) && (isValidCreditCode(code) || verifiedPilotCodes.has(code));
}
