/** GB/T 2260 administrative division code: 2 digits province, 2 prefecture, 2 county. */
export const regionCodePattern = /^[1-9]\d{5}$/;

export type RegionLevel = 'province' | 'prefecture' | 'county';

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && regionCodePattern.test(value);
}

/**
 * The level a code names, read from its trailing zeros only: the sub-range meanings inside a
 * level are not verified (DOMAIN.md §9.1), so nothing here depends on them.
 */
export function regionCodeLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** True when `ancestor` is `code` itself or a province/prefecture containing it. */
export function regionCodeCovers(ancestor: string, code: string): boolean {
  const level = regionCodeLevel(ancestor);
  const prefixLength = level === 'province' ? 2 : level === 'prefecture' ? 4 : 6;
  return code.slice(0, prefixLength) === ancestor.slice(0, prefixLength);
}

/** The code and its enclosing prefecture and province codes, most specific first. */
export function regionCodeAncestors(code: string): string[] {
  const chain = [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`];
  return chain.filter((candidate, index) => chain.indexOf(candidate) === index);
}
