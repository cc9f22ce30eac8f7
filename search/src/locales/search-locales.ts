import { SearchError } from '../search-error';

/**
 * The content locales that have a search index, with the Meilisearch language of their fields
 * (ISO 639-3: `cmn` makes Meilisearch segment with jieba) and the key of `LocalizedText` to use.
 */
export const searchLocales = {
  'zh-CN': { meiliLocale: 'cmn', textKey: 'zh' },
  en: { meiliLocale: 'eng', textKey: 'en' },
} as const;

export type SearchLocale = keyof typeof searchLocales;

export const defaultIndexPrefix = 'disclosures';

export function isSearchLocale(value: unknown): value is SearchLocale {
  return typeof value === 'string' && Object.hasOwn(searchLocales, value);
}

/** Throws `UNSUPPORTED_LOCALE` for any locale without an index. */
export function assertSearchLocale(locale: string): SearchLocale {
  if (!isSearchLocale(locale)) {
    throw new SearchError(
      'UNSUPPORTED_LOCALE',
      `没有 ${locale} 语言的检索索引 / no search index for locale ${locale}`,
      {
        details: { locale, supported: Object.keys(searchLocales) },
      },
    );
  }
  return locale;
}

/** `disclosures-zh-cn` / `disclosures-en`; tests pass their own prefix so they never share an index. */
export function indexUidFor(locale: string, options: { prefix?: string } = {}): string {
  return `${options.prefix ?? defaultIndexPrefix}-${assertSearchLocale(locale).toLowerCase()}`;
}
