// Prefix rules of DOMAIN.md §7.2 (VincentSit/ChinaMobilePhoneNumberRegex, all voice/SMS numbers).
const MOBILE =
  /^1(?:3\d{3}|4[57]\d{2}|5[^4\D]\d{2}|8\d{3}|7(?:[0-35-9]\d{2}|4(?:0\d|1[0-2]|9\d))|9[0-35-9]\d{2}|6[2567]\d{2}|4[579]\d{2})\d{6}$/;

/** True for an 11-digit number whose prefix is allocated to mobile voice/SMS service. */
export function isValidMobileNumber(digits: string): boolean {
  return MOBILE.test(digits);
}
