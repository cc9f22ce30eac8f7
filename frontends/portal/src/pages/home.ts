import { fetchCatalogue, fetchLatestAirQuality, type AirQualityReport, type CategorySummary } from '../api';
import { aqiColours, columns } from '../catalogue';
import { cmsUrl } from '../config';
import { escapeHtml, formatDate } from '../html';
import type { Translate } from '../i18n';

function categoryCard(category: CategorySummary, t: Translate): string {
  const name = t.lang === 'en' ? category.nameEn : category.nameZh;
  const departments = category.departments.map((d) => (t.lang === 'en' ? d.nameEn : d.nameZh)).join('、');
  return `<li class="category" data-category="${escapeHtml(category.key)}">
    <a href="#/category/${escapeHtml(category.key)}">${escapeHtml(name)}</a>
    <dl>
      <div><dt>${t('count')}</dt><dd class="count">${category.count}</dd></div>
      <div><dt>${t('latestUpdate')}</dt><dd class="latest">${escapeHtml(formatDate(category.latestUpdate) || t('never'))}</dd></div>
      ${departments ? `<div><dt>${t('departments')}</dt><dd>${escapeHtml(departments)}</dd></div>` : ''}
    </dl>
  </li>`;
}

function catalogueHtml(categories: CategorySummary[], t: Translate): string {
  return columns
    .map((column) => {
      const inColumn = categories.filter((category) => category.column === column.key);
      if (inColumn.length === 0) return '';
      return `<section class="column" data-column="${escapeHtml(column.key)}" aria-labelledby="column-${escapeHtml(column.key)}">
        <h3 id="column-${escapeHtml(column.key)}">${escapeHtml(t.lang === 'en' ? column.name.en : column.name.zh)}</h3>
        <ul class="categories">${inColumn.map((category) => categoryCard(category, t)).join('')}</ul>
      </section>`;
    })
    .join('');
}

function aqiTile(report: AirQualityReport, t: Translate): string {
  const level = report.level ?? 0;
  const colour = aqiColours[level - 1] ?? '#cccccc';
  // Yellow and green need dark text, the darker levels white (contrast).
  const text = level >= 4 ? '#ffffff' : '#1a1a1a';
  return `<li class="aqi-tile" data-level="${level}" data-document-id="${escapeHtml(report.documentId)}"
      style="background-color:${colour};color:${text}">
    <a href="#/item/air-quality-daily/${escapeHtml(report.documentId)}" style="color:inherit">
      <span class="city">${escapeHtml(report.city)}</span>
      <span class="aqi-value"><abbr title="${t('aqi')}">AQI</abbr> ${escapeHtml(report.aqi ?? '—')}</span>
      <span class="aqi-level">${escapeHtml(t.aqiLevel(level))}</span>
      <span class="aqi-date">${escapeHtml(formatDate(report.date))}</span>
    </a>
  </li>`;
}

export async function renderHome(main: HTMLElement, t: Translate): Promise<void> {
  main.innerHTML = `<h1>${t('section')}</h1>
    <section class="search" aria-labelledby="search-heading">
      <h2 id="search-heading">${t('search')}</h2>
      <disclosure-search api-base="${escapeHtml(cmsUrl)}" locale="${t.locale}" item-base="#/item"></disclosure-search>
    </section>
    <section class="air" aria-labelledby="air-heading" aria-busy="true">
      <h2 id="air-heading">${t('airToday')}</h2><div class="air-body"><p>${t('loading')}</p></div>
    </section>
    <section class="catalogue" aria-labelledby="catalogue-heading" aria-busy="true">
      <h2 id="catalogue-heading">${t('catalogue')}</h2><div class="catalogue-body"><p>${t('loading')}</p></div>
    </section>`;
  const air = main.querySelector<HTMLElement>('.air')!;
  const catalogue = main.querySelector<HTMLElement>('.catalogue')!;
  await Promise.all([
    fetchLatestAirQuality(t.locale)
      .then((reports) => {
        air.querySelector('.air-body')!.innerHTML = reports.length
          ? `<ul class="aqi-tiles">${reports.map((report) => aqiTile(report, t)).join('')}</ul>`
          : `<p>${t('airNone')}</p>`;
      })
      .catch(() => (air.querySelector('.air-body')!.innerHTML = `<p role="alert">${t('loadError')}</p>`))
      .finally(() => air.setAttribute('aria-busy', 'false')),
    fetchCatalogue(t.locale)
      .then((categories) => (catalogue.querySelector('.catalogue-body')!.innerHTML = catalogueHtml(categories, t)))
      .catch(() => (catalogue.querySelector('.catalogue-body')!.innerHTML = `<p role="alert">${t('loadError')}</p>`))
      .finally(() => catalogue.setAttribute('aria-busy', 'false')),
  ]);
}
