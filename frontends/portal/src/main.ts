import { isCategoryKey } from './catalogue';
import { cmsUrl } from './config';
import { storeLocale, storedLocale, translator, type Locale } from './i18n';
import { renderChrome, type Crumb } from './layout';
import { renderCategory } from './pages/category';
import { renderHome } from './pages/home';
import { renderItem } from './pages/item';
import { parseRoute } from './router';

let locale: Locale = storedLocale();
const main = document.getElementById('main')!;

// The search widget is served by the CMS; one module script defines <disclosure-search>.
const widgetScript = document.createElement('script');
widgetScript.type = 'module';
widgetScript.src = `${cmsUrl}/widget/disclosure-search.js`;
document.head.append(widgetScript);

async function render(): Promise<void> {
  const t = translator(locale);
  const route = parseRoute(location.hash);
  main.setAttribute('aria-busy', 'true');
  let crumbs: Crumb[] = [];
  renderChrome(t, crumbs);
  try {
    if (route.name === 'home') await renderHome(main, t);
    else if ((route.name === 'category' || route.name === 'item') && !isCategoryKey(route.key)) {
      main.innerHTML = `<h1>${t('notFoundTitle')}</h1><p class="not-found" role="status">${t('unknownCategory')}</p>`;
      crumbs = [{ label: t('notFoundTitle') }];
    } else if (route.name === 'category') crumbs = await renderCategory(main, t, route.key, route.page);
    else if (route.name === 'item') crumbs = await renderItem(main, t, route.key, route.documentId);
    else {
      main.innerHTML = `<h1>${t('notFoundTitle')}</h1><p class="not-found" role="status">${t('notFound')}</p>`;
      crumbs = [{ label: t('notFoundTitle') }];
    }
  } catch {
    main.innerHTML = `<h1>${t('notFoundTitle')}</h1><p role="alert">${t('loadError')}</p>`;
  }
  renderChrome(t, crumbs);
  main.setAttribute('aria-busy', 'false');
}

document.getElementById('lang-switch')!.addEventListener('click', () => {
  locale = locale === 'en' ? 'zh-CN' : 'en';
  storeLocale(locale);
  void render();
});

// The skip link must not change the hash: the hash is the route.
document.querySelector('.skip-link')!.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => {
  void render().then(() => main.focus({ preventScroll: true }));
});
void render();
