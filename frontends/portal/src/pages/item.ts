import {
  fetchCatalogue,
  fetchHourlySeries,
  fetchItem,
  type DisclosureItem,
  type FileRef,
  type SeriesPoint,
} from '../api';
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

const seriesFields = {
  'air-quality-daily': [
    ['pm25', 'PM2.5', 'µg/m³'],
    ['pm10', 'PM10', 'µg/m³'],
    ['o3', 'O₃', 'µg/m³'],
  ],
  'radiation-monitoring': [['doseRate', 'γ', 'nGy/h']],
} as const satisfies Record<string, readonly (readonly [keyof SeriesPoint, string, string])[]>;

const hourOf = (time: string) => time.slice(11, 16);

/** A line chart of the day's hourly values (SVG) with the same numbers as a table for screen readers. */
function hourlyHtml(key: keyof typeof seriesFields, points: SeriesPoint[], t: Translate): string {
  const fields = seriesFields[key];
  const [width, height, pad] = [720, 220, 32];
  const values = points.flatMap((p) => fields.map(([f]) => p[f]).filter((v): v is number => typeof v === 'number'));
  const max = Math.max(1, ...values);
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, points.length - 1);
  const y = (v: number) => height - pad - (v * (height - 2 * pad)) / max;
  const colours = ['#1f5fa8', '#c2410c', '#15803d'];
  const lines = fields
    .map(([field], i) => {
      const coordinates = points
        .map((p, j) => (typeof p[field] === 'number' ? `${x(j).toFixed(1)},${y(p[field] as number).toFixed(1)}` : null))
        .filter(Boolean)
        .join(' ');
      return `<polyline class="series" data-field="${field}" fill="none" stroke="${colours[i]}" stroke-width="2" points="${coordinates}" />`;
    })
    .join('');
  const legend = fields
    .map(
      ([, label, unit], i) =>
        `<span class="legend" style="border-color:${colours[i]}">${escapeHtml(label)} (${unit})</span>`,
    )
    .join(' ');
  const table = `<table class="hourly-table"><caption>${t('hourlyTable')}</caption>
    <thead><tr><th scope="col">${t('hour')}</th>${fields.map(([, label, unit]) => `<th scope="col">${escapeHtml(label)} (${unit})</th>`).join('')}</tr></thead>
    <tbody>${points
      .map(
        (p) =>
          `<tr><th scope="row">${hourOf(p.time)}</th>${fields.map(([f]) => `<td>${p[f] ?? '—'}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  return `<section class="hourly" aria-labelledby="hourly-heading">
    <h2 id="hourly-heading">${t('hourly')}</h2>
    <p>${legend}</p>
    <svg class="hourly-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(t('hourly'))}">
      <line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#999" />
      <text x="${pad}" y="${height - 8}" font-size="12">${hourOf(points[0]!.time)}</text>
      <text x="${width - pad}" y="${height - 8}" font-size="12" text-anchor="end">${hourOf(points.at(-1)!.time)}</text>
      <text x="4" y="${pad - 8}" font-size="12">${Math.round(max)}</text>
      ${lines}
    </svg>
    <details><summary>${t('hourlyTable')}</summary>${table}</details>
  </section>`;
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
  if (key === 'air-quality-daily' || key === 'radiation-monitoring') {
    const points = await fetchHourlySeries(key, item.documentId).catch(() => []);
    if (points.length > 0)
      main.querySelector('article.item')?.insertAdjacentHTML('beforeend', hourlyHtml(key, points, t));
  }
  return [columnCrumb, { label: item.title }];
}
