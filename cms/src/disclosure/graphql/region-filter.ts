/**
 * Items of a region "and below" (GB/T 2260): a province code `xx0000` covers every code starting
 * with `xx`, a prefecture `xxxx00` every code starting with `xxxx`, a county only itself. A county
 * portal shows its own region; a city portal its region and its counties.
 */
export function regionCodePrefix(
  regionCode: string,
  includeSubregions = true,
): { $startsWith: string } | { $eq: string } {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`invalid region code ${regionCode}`);
  if (!includeSubregions) return { $eq: regionCode };
  if (regionCode.endsWith('0000')) return { $startsWith: regionCode.slice(0, 2) };
  if (regionCode.endsWith('00')) return { $startsWith: regionCode.slice(0, 4) };
  return { $eq: regionCode };
}
