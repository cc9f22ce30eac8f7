import { errors } from '@strapi/utils';

/**
 * Closed list of the codes a rejected disclosure write carries in `error.details.errors[].code`.
 * Clients (portals, monitoring systems, the admin) switch on these, never on message text.
 */
export const disclosureValidationCodes = [
  'REQUIRED',
  'INVALID_VALUE',
  'VALUE_OUT_OF_RANGE',
  'DATE_IN_FUTURE',
  'DATE_ORDER',
  'INVALID_REGION_CODE',
  'INVALID_CREDIT_CODE',
  'EXEMPTION_BASIS_REQUIRED',
  'EXEMPTION_BASIS_NOT_ALLOWED',
  'UNKNOWN_DEPARTMENT',
  'DEPARTMENT_NOT_PRODUCER',
  'DERIVED_FIELD_MISMATCH',
  'READ_ONLY_FIELD',
] as const;

export type DisclosureValidationCode = (typeof disclosureValidationCodes)[number];

export interface FieldError {
  path: (string | number)[];
  code: DisclosureValidationCode;
  message: string;
}

export function fieldError(path: (string | number)[], code: DisclosureValidationCode, message: string): FieldError {
  return { path, code, message };
}

/**
 * A ValidationError keeps its message and details through REST (400) and GraphQL
 * (BAD_USER_INPUT); `details.code` names the whole refusal, `details.errors` every field at fault.
 */
export function disclosureValidationError(fieldErrors: FieldError[]): InstanceType<typeof errors.ValidationError> {
  const summary = fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ');
  return new errors.ValidationError(`内容校验未通过 / Validation failed: ${summary}`, {
    code: 'DISCLOSURE_VALIDATION_FAILED',
    errors: fieldErrors.map((e) => ({ path: e.path, code: e.code, message: e.message, name: 'ValidationError' })),
  });
}
