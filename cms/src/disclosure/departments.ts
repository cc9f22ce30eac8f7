import type { Core } from '@strapi/strapi';
import { loadDomainConfig } from '@disclosure-hub/config';

/**
 * Departments come from `config/data/departments.json`: created when missing and renamed when the
 * configuration changes. A department removed from the configuration is kept (items point at it).
 */
export async function syncDepartments(strapi: Core.Strapi): Promise<void> {
  const { departments } = loadDomainConfig().departments;
  const query = strapi.db.query('api::department.department');
  const documents = strapi.documents('api::department.department') as unknown as {
    create(p: { data: object }): Promise<unknown>;
    update(p: { documentId: string; data: object }): Promise<unknown>;
  };
  for (const department of departments) {
    const existing = await query.findOne({ where: { code: department.code } });
    const data = { nameZh: department.name.zh, nameEn: department.name.en, categories: department.categories };
    if (!existing) {
      await documents.create({ data: { code: department.code, ...data } });
    } else if (
      existing.nameZh !== data.nameZh ||
      existing.nameEn !== data.nameEn ||
      JSON.stringify(existing.categories) !== JSON.stringify(data.categories)
    ) {
      await documents.update({ documentId: existing.documentId, data });
    }
  }
}
