import type { Core } from '@strapi/strapi';

/** zh-CN is the default content locale, en the second one. */
export const contentLocales = [
  { code: 'zh-CN', name: 'Chinese (Simplified) (zh-CN)', isDefault: true },
  { code: 'en', name: 'English (en)', isDefault: false },
] as const;

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('i18n').service('locales');
  for (const locale of contentLocales) {
    const existing = await service.findByCode(locale.code);
    if (!existing) await service.create({ code: locale.code, name: locale.name });
  }
  // Only on a database that still has Strapi's initial default (en): an operator's later choice wins.
  const store = strapi.store({ type: 'core', name: 'disclosure-hub' });
  if (!(await store.get({ key: 'defaultLocaleSet' }))) {
    await service.setDefaultLocale({ code: 'zh-CN' });
    await store.set({ key: 'defaultLocaleSet', value: true });
  }
}
