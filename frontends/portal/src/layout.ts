import { escapeHtml } from './html';
import type { Translate } from './i18n';

/** One step of the breadcrumb; the last has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** Header, breadcrumb and footer in the current language. */
export function renderChrome(t: Translate, crumbs: Crumb[]): void {
  document.documentElement.lang = t.locale;
  document.title = `${crumbs.length ? `${crumbs[crumbs.length - 1]!.label} · ` : ''}${t('section')} · ${t('bureau')}`;
  document.getElementById('bureau-name')!.textContent = t('bureau');
  document.getElementById('section-name')!.textContent = t('section');
  document.querySelector('.skip-link')!.textContent = t('skip');
  const button = document.getElementById('lang-switch')!;
  button.textContent = t('switchTo');
  button.setAttribute('lang', t.locale === 'en' ? 'zh-CN' : 'en');
  button.setAttribute('aria-label', t('switchLabel'));
  const breadcrumb = document.getElementById('breadcrumb')!;
  breadcrumb.setAttribute('aria-label', t('breadcrumb'));
  const all: Crumb[] = [{ label: t('home'), href: '#/' }, ...crumbs];
  breadcrumb.innerHTML = `<ol>${all
    .map((crumb, i) =>
      i === all.length - 1 || !crumb.href
        ? `<li><span aria-current="page">${escapeHtml(crumb.label)}</span></li>`
        : `<li><a href="${escapeHtml(crumb.href)}">${escapeHtml(crumb.label)}</a></li>`,
    )
    .join('')}</ol>`;
  document.getElementById('footer')!.innerHTML = `<p>${escapeHtml(t('footer'))}</p>`;
}
