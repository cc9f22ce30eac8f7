/** Every user-facing string of the portal, Chinese first with the English beside it. */
export type Locale = 'zh-CN' | 'en';

const strings = {
  bureau: { zh: '示例市生态环境局', en: 'Example City Ecology and Environment Bureau' },
  section: { zh: '政府信息公开专栏', en: 'Government Information Disclosure' },
  switchTo: { zh: 'English', en: '中文' },
  switchLabel: { zh: 'Switch to English', en: '切换到中文' },
  skip: { zh: '跳到主要内容', en: 'Skip to main content' },
  breadcrumb: { zh: '面包屑导航', en: 'Breadcrumb' },
  home: { zh: '首页', en: 'Home' },
  catalogue: { zh: '政府信息公开目录', en: 'Disclosure catalogue' },
  items: { zh: '条', en: 'items' },
  count: { zh: '信息数', en: 'Items' },
  latestUpdate: { zh: '最近更新', en: 'Latest update' },
  never: { zh: '暂无', en: 'None yet' },
  departments: { zh: '负责部门', en: 'Departments' },
  airToday: { zh: '今日空气质量', en: "Today's air quality" },
  airNone: { zh: '暂无空气质量日报。', en: 'No daily air-quality reports yet.' },
  aqi: { zh: '空气质量指数', en: 'AQI' },
  search: { zh: '信息检索', en: 'Search' },
  loading: { zh: '正在加载……', en: 'Loading…' },
  loadError: { zh: '数据加载失败，请稍后再试。', en: 'Could not load the data. Please try again later.' },
  columnEmpty: { zh: '本栏目暂无公开信息。', en: 'Nothing has been published in this column yet.' },
  previous: { zh: '上一页', en: 'Previous page' },
  next: { zh: '下一页', en: 'Next page' },
  pagination: { zh: '分页', en: 'Pagination' },
  pageOf: { zh: '第 {page} / {pages} 页，共 {total} 条', en: 'Page {page} of {pages}, {total} items' },
  title: { zh: '标题', en: 'Title' },
  indexNumber: { zh: '索引号', en: 'Index number' },
  publishingOrganisation: { zh: '发布机构', en: 'Publishing organisation' },
  dateFormed: { zh: '生成日期', en: 'Date formed' },
  documentNumber: { zh: '文号', en: 'Document number' },
  topic: { zh: '主题', en: 'Topic' },
  summary: { zh: '内容概述', en: 'Summary' },
  publishedAt: { zh: '发布日期', en: 'Published' },
  metadata: { zh: '信息索引', en: 'Item details' },
  attachments: { zh: '附件', en: 'Attachments' },
  noAttachments: { zh: '无附件。', en: 'No attachments.' },
  hourly: { zh: '逐时监测数据', en: 'Hourly measurements' },
  hourlyTable: { zh: '逐时数据表', en: 'Hourly data table' },
  hour: { zh: '时间', en: 'Hour' },
  notFound: { zh: '未找到该信息，可能已撤回或不存在。', en: 'This item was not found. It may have been withdrawn.' },
  notFoundTitle: { zh: '未找到', en: 'Not found' },
  unknownCategory: { zh: '没有这个栏目。', en: 'There is no such column.' },
  onlyChinese: { zh: '', en: 'This item has no English version; the Chinese original is shown.' },
  footer: {
    zh: '示例市生态环境局 主办 · 依据《中华人民共和国政府信息公开条例》公开',
    en: 'Run by the Example City Ecology and Environment Bureau · Published under the Regulations on Open Government Information',
  },
  aqiLevels: {
    zh: ['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染'],
    en: ['Good', 'Moderate', 'Unhealthy for sensitive groups', 'Unhealthy', 'Very unhealthy', 'Hazardous'],
  },
  fullTexts: { zh: '环评报告全文', en: 'Full text of the report' },
  approvalDocuments: { zh: '审批文件', en: 'Approval documents' },
} as const;

type Key = keyof typeof strings;

const storageKey = 'disclosure-portal.locale';

export function storedLocale(): Locale {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private browsing may refuse storage; the switch still works for this page.
  }
}

/** A translator bound to one locale; `{name}` placeholders are filled from `vars`. */
export function translator(locale: Locale) {
  const lang = locale === 'en' ? 'en' : 'zh';
  function t(key: Exclude<Key, 'aqiLevels'>, vars: Record<string, string | number> = {}): string {
    const text = strings[key][lang] as string;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
  }
  t.aqiLevel = (level: number): string => strings.aqiLevels[lang][level - 1] ?? '';
  t.lang = lang;
  t.locale = locale;
  return t;
}

export type Translate = ReturnType<typeof translator>;
