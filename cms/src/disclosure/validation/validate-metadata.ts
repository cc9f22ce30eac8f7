import type { Core } from '@strapi/strapi';
import { isRegionCode, type CatalogEntry } from '@disclosure-hub/config';
import { fieldError, type FieldError } from './field-error';
import { pastDateErrors } from './category-rules';
import { isRecord, readString, type Record_ } from './values';

/** GB/T 2260 province-level prefixes (DOMAIN.md §9.1): 11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门. */
const provincePrefixes = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export function isValidRegionCode(value: unknown): boolean {
  return isRegionCode(value) && provincePrefixes.has(value.slice(0, 2));
}

type RelationRef = { id?: number; documentId?: string; code?: string };

/**
 * Reads the department a write points at, in any of the shapes Strapi accepts (id, documentId,
 * `{ connect }`, `{ set }`, `{ disconnect }`) plus a department code for machine producers.
 * `undefined` means "unchanged", `null` means "removed".
 */
export function departmentReference(value: unknown): RelationRef | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string')
    return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value, code: value };
  if (Array.isArray(value)) return value.length === 0 ? null : departmentReference(value[value.length - 1]);
  if (isRecord(value)) {
    if ('set' in value) return departmentReference(value.set ?? null);
    if (Array.isArray(value.connect) && value.connect.length > 0)
      return departmentReference(value.connect[value.connect.length - 1]);
    if (Array.isArray(value.disconnect) && value.disconnect.length > 0) return null;
    if ('connect' in value || 'disconnect' in value) return undefined;
    if (typeof value.id === 'number' || typeof value.documentId === 'string' || typeof value.code === 'string')
      return {
        id: value.id as number | undefined,
        documentId: value.documentId as string | undefined,
        code: value.code as string | undefined,
      };
  }
  return undefined;
}

export interface DepartmentRow {
  id: number;
  documentId: string;
  code: string;
}

export async function findDepartment(strapi: Core.Strapi, ref: RelationRef): Promise<DepartmentRow | null> {
  const query = strapi.db.query('api::department.department');
  const or: Record_[] = [];
  if (ref.id !== undefined) or.push({ id: ref.id });
  if (ref.documentId) or.push({ documentId: ref.documentId });
  if (ref.code) or.push({ code: ref.code });
  if (or.length === 0) return null;
  return (await query.findOne({ where: { $or: or }, select: ['id', 'documentId', 'code'] })) as DepartmentRow | null;
}

/**
 * Checks the shared disclosure facts. Returns the department the item belongs to (resolved) so the
 * caller can store it in Strapi's own relation shape.
 */
export async function validateMetadata(
  strapi: Core.Strapi,
  {
    metadata,
    previousDepartment,
    entry,
  }: { metadata: Record_ | null | undefined; previousDepartment: DepartmentRow | null; entry: CatalogEntry },
): Promise<{ errors: FieldError[]; department: DepartmentRow | null }> {
  const errors: FieldError[] = [];
  if (!metadata) {
    return {
      errors: [fieldError(['metadata'], 'REQUIRED', '缺少公开属性信息 / metadata is required')],
      department: null,
    };
  }
  const at = (field: string) => ['metadata', field];

  if (!readString(metadata.dateFormed))
    errors.push(fieldError(at('dateFormed'), 'REQUIRED', '生成日期必填 / date formed is required'));
  errors.push(...pastDateErrors(metadata, ['dateFormed'], ['metadata']));

  if (!readString(metadata.regionCode))
    errors.push(fieldError(at('regionCode'), 'REQUIRED', '行政区划代码必填 / region code is required'));
  else if (!isValidRegionCode(metadata.regionCode))
    errors.push(
      fieldError(
        at('regionCode'),
        'INVALID_REGION_CODE',
        '行政区划代码须为有效的6位 GB/T 2260 代码 / must be a 6-digit GB/T 2260 code',
      ),
    );

  const attribute = metadata.attribute ?? 'proactive';
  const basis = metadata.exemptionBasis;
  if (attribute === 'proactive' && basis != null)
    errors.push(
      fieldError(
        at('exemptionBasis'),
        'EXEMPTION_BASIS_NOT_ALLOWED',
        '主动公开信息不应填写不予公开依据 / a proactive item has no exemption basis',
      ),
    );
  if (attribute !== 'proactive' && basis == null)
    errors.push(
      fieldError(
        at('exemptionBasis'),
        'EXEMPTION_BASIS_REQUIRED',
        '依申请公开或不予公开须注明依据 / a non-proactive item needs its legal basis',
      ),
    );

  const ref = departmentReference(metadata.department);
  let department: DepartmentRow | null = ref === undefined ? previousDepartment : null;
  if (ref) {
    department = await findDepartment(strapi, ref);
    if (!department) errors.push(fieldError(at('department'), 'UNKNOWN_DEPARTMENT', '部门不存在 / no such department'));
  }
  if (!department && !errors.some((e) => e.code === 'UNKNOWN_DEPARTMENT')) {
    errors.push(fieldError(at('department'), 'REQUIRED', '制作部门必填 / producing department is required'));
  }
  if (department && !entry.departments.includes(department.code)) {
    errors.push(
      fieldError(
        at('department'),
        'DEPARTMENT_NOT_PRODUCER',
        `该部门不负责此类信息（谁制作谁公开）/ ${department.code} does not produce ${entry.key}`,
      ),
    );
  }
  return { errors, department };
}
