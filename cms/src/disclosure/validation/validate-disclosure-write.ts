import type { Core } from '@strapi/strapi';
import { catalogByUid } from '../catalog';
import { allocateIndexNumber, recordIndexNumberOwner } from '../index-numbers';
import { categoryRules, pastDateErrors, today } from './category-rules';
import { isAcceptableCreditCode } from './credit-code';
import { disclosureValidationError, fieldError, type FieldError } from './field-error';
import { validateMetadata, type DepartmentRow } from './validate-metadata';
import { isRecord, readString, sameValue, type Record_ } from './values';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Populate every component (and the metadata's department) so the merged record is complete. */
export function populateFor(strapi: Core.Strapi, uid: string): Record_ {
  const model = strapi.getModel(uid as never) as unknown as {
    attributes: Record<string, { type: string; component?: string }>;
  };
  const populate: Record_ = {};
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (attribute.type !== 'component' || !attribute.component) continue;
    const component = strapi.getModel(attribute.component as never) as unknown as {
      attributes: Record<string, { type: string }>;
    };
    const relations = Object.entries(component.attributes)
      .filter(([, a]) => a.type === 'relation')
      .map(([n]) => n);
    populate[name] = relations.length > 0 ? { populate: Object.fromEntries(relations.map((r) => [r, true])) } : true;
  }
  return populate;
}

async function loadExisting(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: unknown,
): Promise<Record_ | null> {
  const populate = populateFor(strapi, uid);
  const documents = strapi.documents(uid as never) as unknown as { findOne(p: Record_): Promise<Record_ | null> };
  const sameLocale = await documents.findOne({ documentId, locale, status: 'draft', populate });
  if (sameLocale) return sameLocale;
  // A new translation of an existing document: shared facts come from any existing version.
  return (await strapi.db.query(uid as never).findOne({ where: { documentId }, populate })) as Record_ | null;
}

const currentMonth = () => today().slice(0, 7);

/**
 * Document Service middleware: every create and update of a disclosure item, whatever the path
 * (admin, REST, GraphQL, scripts), is validated here; derived fields are computed here and a client
 * value that disagrees is refused; the index number is allocated here and can never be set.
 */
export function validateDisclosureWrite(strapi: Core.Strapi): Middleware {
  return async (context, next) => {
    const ctx = context as unknown as { uid: string; action: string; params: Record_ };
    const entry = catalogByUid().get(ctx.uid);
    if (!entry || (ctx.action !== 'create' && ctx.action !== 'update')) return next();

    const params = ctx.params;
    const data: Record_ = isRecord(params.data) ? { ...params.data } : {};
    let existing: Record_ | null = null;
    if (ctx.action === 'update') {
      existing = await loadExisting(strapi, ctx.uid, String(params.documentId), params.locale);
      if (!existing) return next(); // Strapi answers 404
    }
    const merged: Record_ = { ...(existing ?? {}), ...data };
    const errors: FieldError[] = [];

    // Shared metadata: validated as a whole, since a component in a write replaces the stored one.
    const existingMeta = isRecord(existing?.metadata) ? existing.metadata : null;
    const metaInput = 'metadata' in data ? data.metadata : existingMeta;
    const metadata = isRecord(metaInput) ? { ...metaInput } : null;
    const previousDepartment = isRecord(existingMeta?.department)
      ? (existingMeta.department as unknown as DepartmentRow)
      : null;
    const checked = await validateMetadata(strapi, { metadata, previousDepartment, entry });
    errors.push(...checked.errors);

    const storedIndexNumber = readString(existingMeta?.indexNumber);
    const suppliedIndexNumber = readString(metadata?.indexNumber);
    if (suppliedIndexNumber && suppliedIndexNumber !== storedIndexNumber) {
      errors.push(
        fieldError(
          ['metadata', 'indexNumber'],
          'READ_ONLY_FIELD',
          '索引号由系统生成，不可填写或修改 / the index number is assigned by the system',
        ),
      );
    }

    const rules = categoryRules[ctx.uid] ?? {};
    const derived = rules.derive?.(merged) ?? { values: {}, errors: [] };
    errors.push(...derived.errors, ...(rules.check?.(merged) ?? []), ...pastDateErrors(merged, rules.pastDates ?? []));
    for (const field of rules.pastMonths ?? []) {
      const month = readString(merged[field]);
      if (month && month > currentMonth())
        errors.push(fieldError([field], 'DATE_IN_FUTURE', `${field} 不能晚于本月 / cannot be later than this month`));
    }
    for (const field of rules.creditCodes ?? []) {
      const code = readString(merged[field]);
      if (code && !isAcceptableCreditCode(code))
        errors.push(
          fieldError(
            [field],
            'INVALID_CREDIT_CODE',
            '统一社会信用代码无效（GB 32100 校验位）/ invalid unified social credit code',
          ),
        );
    }
    for (const [field, value] of Object.entries(derived.values)) {
      const supplied = data[field];
      const echoesStored = existing !== null && sameValue(supplied, existing[field]);
      if (supplied !== undefined && supplied !== null && !sameValue(supplied, value) && !echoesStored) {
        errors.push(
          fieldError(
            [field],
            'DERIVED_FIELD_MISMATCH',
            `${field} 由系统计算，应为 ${JSON.stringify(value)} / is computed by the server`,
          ),
        );
      }
    }

    if (errors.length > 0) throw disclosureValidationError(errors);

    Object.assign(data, derived.values);
    if (metadata) {
      if (checked.department) metadata.department = checked.department.documentId;
      metadata.indexNumber =
        storedIndexNumber ??
        (await allocateIndexNumber(strapi, { contentType: ctx.uid, dateFormed: String(metadata.dateFormed) }));
      data.metadata = metadata;
    }
    params.data = data;

    const result = (await next()) as unknown as Record_ | null;
    if (!storedIndexNumber && result && typeof result.documentId === 'string') {
      await recordIndexNumberOwner(strapi, {
        indexNumber: String(metadata?.indexNumber),
        documentId: result.documentId,
      });
    }
    return result as never;
  };
}
