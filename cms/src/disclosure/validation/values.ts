/** Small readers for loosely typed write payloads. */
export type Record_ = Record<string, unknown>;

export const isRecord = (value: unknown): value is Record_ =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Strapi decimals may arrive as strings from forms; anything else non-numeric stays undefined. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return undefined;
}

export function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function readArray(value: unknown): Record_[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Deep equality for derived JSON values (arrays, objects, numbers). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return readNumber(a) === readNumber(b);
  return JSON.stringify(a) === JSON.stringify(b);
}
