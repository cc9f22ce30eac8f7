import { isRegionCode } from '@disclosure-hub/config';
import { catalogByUid } from '../catalog';
import { fieldError, type FieldError } from '../validation/field-error';

/**
 * Every reason a channel's settings are unusable (empty when they are fine). Only the fields
 * present in `data` are checked, so that it serves partial updates too.
 */
export function portalChannelProblems(data: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  if ('url' in data) {
    const url = data.url;
    let protocol: string | undefined;
    try {
      protocol = typeof url === 'string' ? new URL(url).protocol : undefined;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'http:' && protocol !== 'https:')
      problems.push(fieldError(['url'], 'INVALID_VALUE', '须为 http(s) 地址 / must be an http(s) URL'));
  }
  if ('categories' in data) problems.push(...categoryProblems(data.categories));
  if ('regionCodes' in data) problems.push(...regionProblems(data.regionCodes));
  return problems;
}

function listProblems(field: string, value: unknown): FieldError[] | undefined {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value))
    return [fieldError([field], 'INVALID_VALUE', '须为数组或留空 / must be a list, or empty to follow all')];
  if (new Set(value).size !== value.length)
    return [fieldError([field], 'INVALID_VALUE', '不得重复 / must not repeat an entry')];
  return undefined;
}

function categoryProblems(value: unknown): FieldError[] {
  const early = listProblems('categories', value);
  if (early) return early;
  const known = new Set<string>([...catalogByUid().values()].map((entry) => entry.key));
  return (value as unknown[]).flatMap((key, index) =>
    typeof key === 'string' && known.has(key)
      ? []
      : [fieldError(['categories', index], 'INVALID_VALUE', `未知类别 / unknown category ${String(key)}`)],
  );
}

function regionProblems(value: unknown): FieldError[] {
  const early = listProblems('regionCodes', value);
  if (early) return early;
  return (value as unknown[]).flatMap((code, index) =>
    isRegionCode(code)
      ? []
      : [
          fieldError(
            ['regionCodes', index],
            'INVALID_REGION_CODE',
            `须为6位行政区划代码 / must be a 6-digit GB/T 2260 code: ${String(code)}`,
          ),
        ],
  );
}
