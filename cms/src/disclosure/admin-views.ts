import type { Core } from '@strapi/strapi';
import { catalogByUid } from './catalog';
import { categoryRules } from './validation/category-rules';

type Metadatas = Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Metadatas;
  layouts: Record<string, unknown>;
}

const computedHint = '由系统计算，不可编辑 / Computed by the server';

function markReadOnly(configuration: Configuration, fields: string[], hint: string): boolean {
  let changed = false;
  for (const field of fields) {
    const edit = configuration.metadatas[field]?.edit;
    if (!edit || (edit.editable === false && edit.description === hint)) continue;
    edit.editable = false;
    edit.description = hint;
    changed = true;
  }
  return changed;
}

/**
 * Makes the admin edit views say what the server enforces anyway: derived fields and the index
 * number are read-only, and lists show the title. Only the fields we own are touched, so layout
 * changes made by an administrator survive restarts.
 */
export async function configureAdminViews(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types');
  const components = contentManager.service('components');

  for (const uid of catalogByUid().keys()) {
    const contentType = contentTypes.findContentType(uid);
    if (!contentType) continue;
    const configuration = (await contentTypes.findConfiguration(contentType)) as Configuration;
    const changed = markReadOnly(configuration, categoryRules[uid]?.derivedFields ?? [], computedHint);
    const mainFieldChanged = configuration.settings.mainField !== 'title';
    configuration.settings.mainField = 'title';
    if (changed || mainFieldChanged) {
      const { settings, metadatas, layouts } = configuration;
      await contentTypes.updateConfiguration(contentType, { settings, metadatas, layouts });
    }
  }

  // Relations to a department (the producing department of every item) show its Chinese name.
  const department = contentTypes.findContentType('api::department.department');
  if (department) {
    const configuration = (await contentTypes.findConfiguration(department)) as Configuration;
    if (configuration.settings.mainField !== 'nameZh') {
      configuration.settings.mainField = 'nameZh';
      const { settings, metadatas, layouts } = configuration;
      await contentTypes.updateConfiguration(department, { settings, metadatas, layouts });
    }
  }

  const metadataComponent = components.findComponent('disclosure.metadata');
  if (metadataComponent) {
    const configuration = (await components.findConfiguration(metadataComponent)) as Configuration;
    const readOnly = markReadOnly(
      configuration,
      ['indexNumber'],
      '索引号由系统在创建时生成 / Assigned by the system on creation',
    );
    // The producing department is picked by its Chinese name, not its code.
    const departmentEdit = configuration.metadatas.department?.edit;
    const named = departmentEdit !== undefined && departmentEdit.mainField !== 'nameZh';
    if (departmentEdit) departmentEdit.mainField = 'nameZh';
    if (readOnly || named) {
      const { settings, metadatas, layouts } = configuration;
      await components.updateConfiguration(metadataComponent, { settings, metadatas, layouts });
    }
  }
}
