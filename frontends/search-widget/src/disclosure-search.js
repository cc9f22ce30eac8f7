// <disclosure-search api-base="https://cms.example.gov.cn" locale="zh-CN" category="" region="">
// A framework-free custom element any portal embeds with one script tag. It reads its search
// configuration and public (search-only) key from `${api-base}/api/disclosure-search/config`, then
// queries Meilisearch directly: search as you type, highlights, facets, sorting, pagination.

const strings = {
  'zh-CN': {
    label: '搜索政府环境信息',
    placeholder: '输入关键词，如“细颗粒物”“环评”“12369”',
    search: '搜索',
    results: (n) => `共找到 ${n} 条结果`,
    empty: '没有找到相关信息，请换个关键词试试。',
    error: '检索服务暂不可用，请稍后再试。',
    loading: '正在检索…',
    relevance: '按相关度',
    newest: '按日期',
    sort: '排序',
    previous: '上一页',
    next: '下一页',
    page: (p, n) => `第 ${p} / ${n} 页`,
    facets: { category: '类别', department: '部门', year: '年份', regionCodes: '地区' },
    all: '全部',
    indexNumber: '索引号',
    dateFormed: '生成日期',
    aqiLevels: ['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染'],
    waterClass: '水质类别',
    aqi: '空气质量级别',
  },
  en: {
    label: 'Search government environmental information',
    placeholder: 'Keywords, e.g. PM2.5, EIA, 12369',
    search: 'Search',
    results: (n) => `${n} result${n === 1 ? '' : 's'}`,
    empty: 'Nothing found. Try other keywords.',
    error: 'Search is unavailable. Please try again later.',
    loading: 'Searching…',
    relevance: 'Relevance',
    newest: 'Newest',
    sort: 'Sort',
    previous: 'Previous',
    next: 'Next',
    page: (p, n) => `Page ${p} of ${n}`,
    facets: { category: 'Category', department: 'Department', year: 'Year', regionCodes: 'Region' },
    all: 'All',
    indexNumber: 'Index number',
    dateFormed: 'Date formed',
    aqiLevels: [
      'Excellent',
      'Good',
      'Lightly polluted',
      'Moderately polluted',
      'Heavily polluted',
      'Severely polluted',
    ],
    waterClass: 'Water class',
    aqi: 'AQI level',
  },
};

/** HJ 633 AQI level colours and the usual GB 3838 water-class colours. */
const aqiColours = ['#00e400', '#ffff00', '#ff7e00', '#ff0000', '#99004c', '#7e0023'];
const waterColours = { I: '#1f77d0', II: '#1f77d0', III: '#20b050', IV: '#ffd700', V: '#ff8c00', 劣V: '#e00000' };

const pre = '\u0001';
const post = '\u0002';
const escapeHtml = (text) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
/** Escapes Meilisearch's text, then turns our private markers into <mark>. */
const highlighted = (text) => escapeHtml(text).replaceAll(pre, '<mark>').replaceAll(post, '</mark>');

const styles = `
  :host { display: block; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; }
  form { display: flex; gap: .5rem; }
  input[type=search] { flex: 1; padding: .5rem .75rem; font-size: 1rem; border: 1px solid #8a8a8a; border-radius: 4px; }
  button, select { font: inherit; padding: .4rem .8rem; border: 1px solid #8a8a8a; border-radius: 4px; background: #fff; cursor: pointer; }
  button[aria-pressed=true] { background: #0b4f9c; color: #fff; border-color: #0b4f9c; }
  :focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
  .bar { display: flex; justify-content: space-between; align-items: center; margin: .75rem 0; gap: 1rem; flex-wrap: wrap; }
  .layout { display: grid; grid-template-columns: 12rem 1fr; gap: 1rem; }
  @media (max-width: 40rem) { .layout { grid-template-columns: 1fr; } }
  fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
  legend { font-weight: 600; margin-bottom: .25rem; }
  .facet { display: flex; flex-wrap: wrap; gap: .25rem; }
  .facet button { font-size: .85rem; padding: .2rem .5rem; }
  ol { list-style: none; padding: 0; margin: 0; }
  li { padding: .75rem 0; border-bottom: 1px solid #e2e2e2; }
  li a { font-size: 1.05rem; color: #0b4f9c; }
  .meta { font-size: .85rem; color: #555; margin-top: .25rem; display: flex; gap: 1rem; flex-wrap: wrap; }
  .snippet { margin: .25rem 0 0; font-size: .9rem; }
  mark { background: #fff3a3; color: inherit; }
  .badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .8rem; color: #000; }
  .status { margin: 1rem 0; }
  .pager { display: flex; gap: .5rem; align-items: center; margin-top: 1rem; }
`;

const Base = globalThis.HTMLElement ?? class {};

export class DisclosureSearch extends Base {
  static observedAttributes = ['api-base', 'locale', 'category', 'region'];

  #config;
  #state = { q: '', page: 1, sort: 'relevance', filters: {} };
  #debounce;
  #request = 0;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  get #locale() {
    return this.getAttribute('locale') === 'en' ? 'en' : 'zh-CN';
  }

  get #t() {
    return strings[this.#locale];
  }

  connectedCallback() {
    this.#renderShell();
    void this.#load();
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value || !this.shadowRoot?.firstChild) return;
    if (name === 'locale') this.#renderShell();
    void this.#load();
  }

  async #load() {
    const base = (this.getAttribute('api-base') ?? '').replace(/\/+$/, '');
    try {
      const response = await fetch(`${base}/api/disclosure-search/config`);
      if (!response.ok) throw new Error(`config ${response.status}`);
      this.#config = (await response.json()).data;
      await this.#search();
    } catch {
      this.#showStatus(this.#t.error, true);
    }
  }

  #renderShell() {
    const t = this.#t;
    this.shadowRoot.innerHTML = `
      <style>${styles}</style>
      <form role="search" part="form">
        <label for="q" class="visually-hidden" style="position:absolute;left:-10000px">${escapeHtml(t.label)}</label>
        <input id="q" type="search" autocomplete="off" placeholder="${escapeHtml(t.placeholder)}" aria-label="${escapeHtml(t.label)}" value="${escapeHtml(this.#state.q)}">
        <button type="submit">${escapeHtml(t.search)}</button>
      </form>
      <div class="bar">
        <p class="count" role="status" aria-live="polite"></p>
        <div class="sort" role="group" aria-label="${escapeHtml(t.sort)}">
          <button type="button" data-sort="relevance">${escapeHtml(t.relevance)}</button>
          <button type="button" data-sort="newest">${escapeHtml(t.newest)}</button>
        </div>
      </div>
      <div class="layout">
        <aside class="facets" aria-label="${escapeHtml(t.facets.category)}"></aside>
        <main>
          <ol class="results"></ol>
          <p class="status" hidden></p>
          <nav class="pager" aria-label="pagination"></nav>
        </main>
      </div>`;
    const root = this.shadowRoot;
    const input = root.querySelector('input');
    input.addEventListener('input', () => {
      clearTimeout(this.#debounce);
      this.#debounce = setTimeout(() => this.#update({ q: input.value, page: 1 }), 250);
    });
    root.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#debounce);
      this.#update({ q: input.value, page: 1 });
    });
    root.querySelector('.sort').addEventListener('click', (event) => {
      const sort = event.target.closest('button')?.dataset.sort;
      if (sort) this.#update({ sort, page: 1 });
    });
    root.querySelector('.facets').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-facet]');
      if (!button) return;
      const { facet, value } = button.dataset;
      const filters = { ...this.#state.filters };
      if (value === '' || filters[facet] === value) delete filters[facet];
      else filters[facet] = value;
      this.#update({ filters, page: 1 });
    });
    root.querySelector('.pager').addEventListener('click', (event) => {
      const page = Number(event.target.closest('button')?.dataset.page);
      if (page) this.#update({ page });
    });
  }

  #update(change) {
    this.#state = { ...this.#state, ...change };
    void this.#search();
  }

  #filter() {
    const clauses = [];
    const fixed = { category: this.getAttribute('category'), regionCodes: this.getAttribute('region') };
    for (const [field, value] of Object.entries({ ...fixed, ...this.#state.filters })) {
      if (value === null || value === undefined || value === '') continue;
      clauses.push(field === 'year' ? `year = ${Number(value)}` : `${field} = ${JSON.stringify(String(value))}`);
    }
    return clauses;
  }

  async #search() {
    if (!this.#config) return;
    const { host, apiKey, locales, commonFacets } = this.#config;
    const index = locales[this.#locale]?.index;
    const id = ++this.#request;
    const hitsPerPage = 10;
    this.#showStatus(this.#t.loading, false);
    try {
      const response = await fetch(`${host}/indexes/${index}/search`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          q: this.#state.q,
          page: this.#state.page,
          hitsPerPage,
          filter: this.#filter(),
          facets: commonFacets,
          sort: this.#state.sort === 'newest' ? ['dateFormedTs:desc', 'publishedAtTs:desc'] : undefined,
          attributesToHighlight: ['title', 'summary'],
          attributesToCrop: ['summary', 'text'],
          cropLength: 40,
          highlightPreTag: pre,
          highlightPostTag: post,
        }),
      });
      if (!response.ok) throw new Error(`search ${response.status}`);
      const result = await response.json();
      if (id !== this.#request) return; // a newer search is under way
      this.#render(result);
    } catch {
      if (id === this.#request) this.#showStatus(this.#t.error, true);
    }
  }

  #showStatus(text, isError) {
    const status = this.shadowRoot.querySelector('.status');
    if (!status) return;
    status.hidden = false;
    status.textContent = text;
    status.setAttribute('role', isError ? 'alert' : 'status');
    status.dataset.kind = isError ? 'error' : 'info';
  }

  #render(result) {
    const t = this.#t;
    const root = this.shadowRoot;
    const status = root.querySelector('.status');
    status.hidden = result.totalHits > 0;
    if (result.totalHits === 0) {
      status.textContent = t.empty;
      status.dataset.kind = 'empty';
      status.setAttribute('role', 'status');
    }
    root.querySelector('.count').textContent = t.results(result.totalHits);
    for (const button of root.querySelectorAll('.sort button'))
      button.setAttribute('aria-pressed', String(button.dataset.sort === this.#state.sort));
    const categoryNames = Object.fromEntries(
      this.#config.categories.map((c) => [c.key, this.#locale === 'en' ? c.name.en : c.name.zh]),
    );
    root.querySelector('.results').innerHTML = result.hits
      .map((hit) => {
        const f = hit._formatted ?? hit;
        const level = Array.isArray(hit.aqiLevel) ? hit.aqiLevel[0] : hit.aqiLevel;
        const badges = [
          level
            ? `<span class="badge aqi" data-level="${level}" style="background:${aqiColours[level - 1]}" title="${escapeHtml(t.aqi)}">${escapeHtml(t.aqiLevels[level - 1])}</span>`
            : '',
          hit.waterClass
            ? `<span class="badge water" data-class="${escapeHtml(hit.waterClass)}" style="background:${waterColours[hit.waterClass] ?? '#ccc'};color:#fff" title="${escapeHtml(t.waterClass)}">${escapeHtml(hit.waterClass)}</span>`
            : '',
        ].join('');
        const base = (this.getAttribute('item-base') ?? '').replace(/\/+$/, '');
        return `<li data-document-id="${escapeHtml(hit.documentId)}">
          <a href="${escapeHtml(base + hit.url)}">${highlighted(f.title)}</a> ${badges}
          <p class="snippet">${highlighted(f.summary ?? f.text ?? '')}</p>
          <p class="meta"><span>${escapeHtml(categoryNames[hit.category] ?? hit.category)}</span>
            ${hit.indexNumber ? `<span>${escapeHtml(t.indexNumber)}：${escapeHtml(hit.indexNumber)}</span>` : ''}
            <span>${escapeHtml(t.dateFormed)}：${escapeHtml(hit.dateFormed)}</span></p>
        </li>`;
      })
      .join('');
    const facets = result.facetDistribution ?? {};
    root.querySelector('.facets').innerHTML = this.#config.commonFacets
      .filter((facet) => Object.keys(facets[facet] ?? {}).length > 0)
      .map((facet) => {
        const chosen = this.#state.filters[facet];
        const values = Object.entries(facets[facet])
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12);
        const label = (value) => (facet === 'category' ? (categoryNames[value] ?? value) : value);
        return `<fieldset><legend>${escapeHtml(t.facets[facet] ?? facet)}</legend><div class="facet">
          <button type="button" data-facet="${facet}" data-value="" aria-pressed="${chosen === undefined}">${escapeHtml(t.all)}</button>
          ${values
            .map(
              ([value, count]) =>
                `<button type="button" data-facet="${facet}" data-value="${escapeHtml(value)}" aria-pressed="${chosen === value}">${escapeHtml(label(value))} (${count})</button>`,
            )
            .join('')}</div></fieldset>`;
      })
      .join('');
    const pages = result.totalPages ?? 1;
    const page = this.#state.page;
    root.querySelector('.pager').innerHTML =
      pages > 1
        ? `<button type="button" data-page="${page - 1}" ${page <= 1 ? 'disabled' : ''}>${escapeHtml(t.previous)}</button>
           <span>${escapeHtml(t.page(page, pages))}</span>
           <button type="button" data-page="${page + 1}" ${page >= pages ? 'disabled' : ''}>${escapeHtml(t.next)}</button>`
        : '';
  }
}

if (globalThis.customElements && !globalThis.customElements.get('disclosure-search'))
  globalThis.customElements.define('disclosure-search', DisclosureSearch);
