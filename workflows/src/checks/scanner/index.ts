export type { Finding, FindingKind, FindingSpan, ScanAllowList, ScanOptions, ScanResult } from './finding';
export { findingKinds } from './finding';
export { scanText } from './scan-text';
export { redact } from './redact';
export { isValidResidentId } from './is-valid-resident-id';
export { isValidCreditCode } from './is-valid-credit-code';
export { isLuhnValid } from './is-luhn-valid';
