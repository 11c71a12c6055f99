// Cây Tre web UI: hash routing (#/search?q=…, #/doc/ID/p3, #/country/USA, #/timeline, #/network, #/figures,
// #/check, #/documents, #/entity/PER:…, #/ingestion, #/batch), so every view is a stable, shareable link. No build step: plain ES modules.
import {h, clear} from './js/dom.js';
import {t, lang, setLang, loadCountryCodes, loadEntityNames} from './js/i18n.js';
import {searchPage} from './js/pages/search.js';
import {readerPage} from './js/pages/reader.js';
import {countryPage} from './js/pages/country.js';
import {timelinePage} from './js/pages/timeline.js';
import {networkPage} from './js/pages/network.js';
import {figuresPage} from './js/pages/figures.js';
import {checkPage} from './js/pages/check.js';
import {documentsPage} from './js/pages/documents.js';
import {entityPage} from './js/pages/entity.js';
import {alertsPage} from './js/pages/alerts.js';
import {ingestionPage} from './js/pages/ingestion.js';
import {batchPage} from './js/pages/batch.js';
import {areasPage} from './js/pages/areas.js';

const PAGES = {search: searchPage, doc: readerPage, country: countryPage, timeline: timelinePage, network: networkPage,
  figures: figuresPage, check: checkPage, documents: documentsPage, entity: entityPage, alerts: alertsPage,
  ingestion: ingestionPage, batch: batchPage, areas: areasPage};
const NAV = ['search', 'documents', 'timeline', 'areas', 'network', 'figures', 'check', 'alerts', 'ingestion'];

/** '#/doc/A%20B/p3?x=1' → {page: 'doc', parts: ['A B', 'p3'], params: URLSearchParams('x=1')} */
export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return {page: PAGES[parts[0]] ? parts[0] : 'search', parts: parts.slice(1), params: new URLSearchParams(query || '')};
}

function header(current) {
  return [
    h('a', {class: 'brand', href: '#/search'}, h('img', {class: 'logo', src: '/logo.svg', alt: ''}), t('app')),
    h('nav', {}, NAV.map(p => h('a', {href: '#/' + p, class: p === current ? 'active' : null, id: 'nav-' + p}, t(p)))),
    h('button', {id: 'lang', type: 'button', onclick: () => { setLang(lang() === 'vi' ? 'en' : 'vi'); render(); }}, t('language')),
  ];
}

let renderId = 0;

export async function render() {
  const r = route();
  const id = ++renderId;
  const started = performance.now();
  document.documentElement.lang = lang();
  clear(document.getElementById('top'), header(r.page));
  const view = document.getElementById('view');
  view.dataset.page = r.page;
  view.dataset.ready = 'false';
  clear(view, h('p', {class: 'muted'}, t('loading')));
  try {
    await PAGES[r.page](view, r);
  } catch (e) {
    if (id === renderId) clear(view, h('div', {class: 'error', role: 'alert'}, t('error') + ': ' + e.message));
  }
  if (id === renderId) {
    // for tests and the benchmark: when this view was ready (ms since navigation) and how long its render took
    view.dataset.readyAt = String(Math.round(performance.now()));
    view.dataset.renderMs = String(Math.round(performance.now() - started));
    view.dataset.ready = 'true';
  }
}

window.addEventListener('hashchange', render);
Promise.all([loadCountryCodes().catch(() => {}), loadEntityNames().catch(() => {})]).finally(render);
