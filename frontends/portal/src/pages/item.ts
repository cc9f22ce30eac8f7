import { fetchCatalogue, fetchItem, type DisclosureItem, type FileRef } from '../api';
import { mediaFieldsByCategory } from '../catalogue';
import { cmsUrl } from '../config';
import { escapeHtml, formatDate } from '../html';
import type { Translate } from '../i18n';
import type { Crumb } from '../layout';

function metadataTable(item: DisclosureItem, t: Translate): string {
  const rows: [string, string | null | undefined][] = [
    [t('indexNumber'), item.metadata.indexNumber],
    [t('publishingOrganisation'), item.description?.publishingOrganisation],
    [t('dateFormed'), formatDate(item.metadata.dateFormed)],
    [t('documentNumber'), item.metadata.documentNumber],
    [t('topic'), item.description?.topic],
    [t('summary'), item.description?.summary],
    [t('publishedAt'), formatDate(item.publishedAt)],
  ];
  return `<table class="metadata"><caption>${t('metadata')}</caption><tbody>
    ${rows.map(([label, value]) => `<tr><th scope="row">${label}</th><td>${escapeHtml(value || '—')}</td></tr>`).join('')}
  </tbody></table>`;
}

function attachmentsHtml(item: DisclosureItem, fields: readonly string[], t: Translate): string {
  if (fields.length === 0) return '';
  const groups = fields
    .map((field) => {
      const files = (item[field] as FileRef[] | undefined) ?? [];
      if (files.length === 0) return '';
      const label = field === 'fullTexts' || field === 'approvalDocuments' ? t(field) : t('attachments');
      return `<h3>${label}</h3><ul class="files">${files
        .map((file) => `<li><a href="${escapeHtml(cmsUrl + file.url)}">${escapeHtml(file.name)}</a></li>`)
        .join('')}</ul>`;
    })
    .join('');
  return `<section class="attachments" aria-labelledby="attachments-heading">
    <h2 id="attachments-heading">${t('attachments')}</h2>${groups || `<p>${t('noAttachments')}</p>`}</section>`;
}

/** One item with its full metadata table and attachments. Returns the breadcrumb. */
export async function renderItem(main: HTMLElement, t: Translate, key: string, documentId: string): Promise<Crumb[]> {
  const mediaFields = mediaFieldsByCategory[key] ?? [];
  const [catalogue, translated] = await Promise.all([
    fetchCatalogue(t.locale),
    fetchItem({ categoryKey: key, documentId, locale: t.locale, mediaFields }),
  ]);
  // Not every item is translated: show the Chinese original rather than "not found".
  const item =
    translated ??
    (t.locale === 'en' ? await fetchItem({ categoryKey: key, documentId, locale: 'zh-CN', mediaFields }) : null);
  const category = catalogue.find((c) => c.key === key);
  const columnCrumb: Crumb = {
    label: category ? (t.lang === 'en' ? category.nameEn : category.nameZh) : key,
    href: `#/category/${key}`,
  };
  if (!item) {
    main.innerHTML = `<h1>${t('notFoundTitle')}</h1><p class="not-found" role="status">${t('notFound')}</p>`;
    return [columnCrumb, { label: t('notFoundTitle') }];
  }
  main.innerHTML = `<article class="item" data-document-id="${escapeHtml(item.documentId)}">
    <h1${translated ? '' : ' lang="zh-CN"'}>${escapeHtml(item.title)}</h1>
    ${translated ? '' : `<p class="note">${t('onlyChinese')}</p>`}
    ${metadataTable(item, t)}
    ${attachmentsHtml(item, mediaFields, t)}
  </article>`;
  return [columnCrumb, { label: item.title }];
}
