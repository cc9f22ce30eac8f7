import { fetchCatalogue, fetchColumn } from '../api';
import { pageSize, regionCode } from '../config';
import { escapeHtml, formatDate } from '../html';
import type { Translate } from '../i18n';
import type { Crumb } from '../layout';

/** The column (专栏) of one category: newest first, 20 a page. Returns the breadcrumb. */
export async function renderCategory(main: HTMLElement, t: Translate, key: string, page: number): Promise<Crumb[]> {
  const [catalogue, column] = await Promise.all([
    fetchCatalogue(t.locale),
    fetchColumn({ regionCode, category: key, page, pageSize, locale: t.locale }),
  ]);
  const category = catalogue.find((c) => c.key === key);
  const name = category ? (t.lang === 'en' ? category.nameEn : category.nameZh) : key;
  const pages = Math.max(1, Math.ceil(column.total / pageSize));
  const rows = column.items
    .map(
      (item) => `<li data-document-id="${escapeHtml(item.documentId)}">
        <a href="#/item/${escapeHtml(key)}/${escapeHtml(item.documentId)}">${escapeHtml(item.title)}</a>
        <time datetime="${escapeHtml(formatDate(item.dateFormed))}">${escapeHtml(formatDate(item.dateFormed))}</time>
      </li>`,
    )
    .join('');
  const link = (target: number, label: string, rel: string) =>
    target >= 1 && target <= pages
      ? `<a href="#/category/${escapeHtml(key)}?page=${target}" rel="${rel}">${label}</a>`
      : `<span aria-disabled="true">${label}</span>`;
  main.innerHTML = `<h1>${escapeHtml(name)}</h1>
    ${column.items.length ? `<ol class="items">${rows}</ol>` : `<p>${t('columnEmpty')}</p>`}
    <nav class="pager" aria-label="${t('pagination')}">
      ${link(page - 1, t('previous'), 'prev')}
      <span class="page-of">${escapeHtml(t('pageOf', { page, pages, total: column.total }))}</span>
      ${link(page + 1, t('next'), 'next')}
    </nav>`;
  return [{ label: name }];
}
