import type { FindingKind, ScanOptions } from '../../src/checks/scanner';
import { scanText } from '../../src/checks/scanner';

/** What a reviewer would read: each finding as its kind and the text it covers. */
export function found(text: string, options?: ScanOptions): Array<[FindingKind, string]> {
  return scanText(text, options).findings.map((f) => [f.kind, text.slice(f.start, f.end)]);
}

/** Only the findings of one kind, as the text they cover. */
export function foundOfKind(text: string, kind: FindingKind, options?: ScanOptions): string[] {
  return found(text, options)
    .filter(([k]) => k === kind)
    .map(([, match]) => match);
}
