import { z } from 'zod';
import { localizedTextSchema, regionCodeSchema } from './common';

const phoneSchema = z.string().regex(/^\+?[0-9][0-9 ()-]{2,20}$/, { message: 'expected a phone number' });

export const organisationFileSchema = z.strictObject({
  /** True while the file still holds the shipped example; deployments replace it. */
  isExample: z.boolean(),
  name: localizedTextSchema,
  /** 组织机构代码 (9 characters), the prefix of index numbers. */
  organisationCode: z.string().regex(/^[0-9A-Z]{8}[0-9X]$/),
  /** 统一社会信用代码 (GB 32100-2015), when known. */
  unifiedSocialCreditCode: z
    .string()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/)
    .nullable(),
  regionCode: regionCodeSchema,
  disclosureOffice: z.strictObject({ name: localizedTextSchema, officeHours: localizedTextSchema }),
  /** Published contact details: the personal-data scanner must not flag them. */
  publicContacts: z.strictObject({
    phones: z.array(phoneSchema),
    faxes: z.array(phoneSchema),
    emails: z.array(z.email()),
    addresses: z.array(localizedTextSchema),
  }),
});

export type OrganisationFile = z.infer<typeof organisationFileSchema>;
