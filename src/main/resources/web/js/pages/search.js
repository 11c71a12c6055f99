import {h, clear, snippet, clip} from '../dom.js';
import {t, entityName, entityHref} from '../i18n.js';
import {api, send, enc, documentTitles} from '../api.js';
import {pager, hashWith as hashOf, inputDay} from '../pager.js';
import {exportLinks} from '../export.js';
import {choice} from './documents.js';
import {at} from '../areas.js';
import {briefForm} from '../brief.js';

const FILTERS = ['country', 'type', 'year', 'doc', 'from', 'to', 'outlet', 'kind', 'area'];
const PAGE = 30;

/** '#/doc/ID/p3' for the passage 'ID:p3'. */
export function passageLink(passageId) {
  const at = passageId.lastIndexOf(':');
  return '#/doc/' + enc(passageId.slice(0, at)) + '/' + enc(passageId.slice(at + 1));
}

function hashWith(params, changes) { return hashOf('search', params, changes); }

/**
 * Query box, date range, outlet and kind; ranked passages with their highlighted snippets a page at a time, facets that
 * narrow the search; every hit of the search as a download; a link to the batch search.
 */
export async function searchPage(view, {params}) {
  const q = params.get('q') || '';
  const origins = (await api('documents', {limit: 1})).facets;   // the outlets and kinds there are, counted by the store
  const outlet = choice('search-outlet', origins.outlets, params.get('outlet'));
  const kind = choice('search-kind', origins.kinds, params.get('kind'), t);
  const input = h('input', {type: 'search', id: 'q', name: 'q', value: q, placeholder: t('query_placeholder'), autocomplete: 'off'});
  const from = h('input', {type: 'date', id: 'search-from', name: 'from', value: inputDay(params.get('from')), title: t('from')});
  const to = h('input', {type: 'date', id: 'search-to', name: 'to', value: inputDay(params.get('to'), true), title: t('to')});
  const form = h('form', {class: 'searchbar', role: 'search', onsubmit: e => {
    e.preventDefault();
    location.hash = hashWith(params, {q: input.value.trim(), from: from.value, to: to.value, outlet: outlet.value, kind: kind.value});
  }}, input, h('label', {class: 'small muted'}, t('from'), ' ', from), h('label', {class: 'small muted'}, t('to'), ' ', to),
  Object.keys(origins.outlets || {}).length ? h('label', {class: 'small muted'}, t('outlet'), ' ', outlet) : null,
  h('label', {class: 'small muted'}, t('kind'), ' ', kind),
  h('button', {type: 'submit', id: 'go'}, t('go')), h('a', {href: '#/batch', id: 'batch-link', class: 'small'}, t('batch')));
  const active = FILTERS.filter(f => params.get(f));
  if (!q && !active.length) {
    clear(view, h('section', {class: 'hero'}, h('h1', {}, t('tagline')), form));
    input.focus();
    return;
  }
  const year = params.get('year');
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const filters = {q, country: params.get('country'), type: params.get('type'), doc: params.get('doc'),
    from: year || params.get('from'), to: year || params.get('to'), outlet: params.get('outlet'), kind: params.get('kind'),
    area: params.get('area')};
  const r = await api('search', {...filters, limit: PAGE, offset});
  const titles = await documentTitles([...r.hits.map(x => x.doc), ...Object.keys(r.facets.documents || {})]);
  const chips = active.map(f => h('a', {class: 'chip', href: hashWith(params, {[f]: null})}, label(f, params.get(f), titles), ' ✕'));
  const page = {total: r.total, offset: r.offset ?? offset, limit: r.limit ?? PAGE};
  clear(view, form,
    h('div', {class: 'search-layout'},
      h('aside', {class: 'facets', id: 'facets'}, facet('countries', 'country', r.facets.countries, params),
        facet('event_types', 'type', r.facets.event_types, params), facet('years', 'year', r.facets.years, params),
        facet('areas', 'area', r.facets.areas, params), facet('documents_facet', 'doc', r.facets.documents, params, titles)),
      h('section', {class: 'hits'},
        h('p', {class: 'muted', id: 'total'}, r.total.toLocaleString() + ' ' + t('results'), ' ', chips, ' ', saveButton(q, params)),
        r.relaxed ? h('p', {class: 'notice', id: 'relaxed'}, t('relaxed')) : null,
        r.hits.length ? h('ol', {class: 'hitlist', start: page.offset + 1}, r.hits.map(x => hit(x, titles))) : h('p', {}, t('no_results')),
        pager(page, n => hashWith(params, {offset: n})), r.total ? exportLinks('search', filters) : null,
        r.total ? briefForm({search: filters}) : null)));
}


/** Saves the query and its filters (a year facet as a date range) under a name the analyst gives. */
function saveButton(q, params) {
  const button = h('button', {type: 'button', id: 'save-search', class: 'secondary', onclick: async () => {
    const name = prompt(t('save_name'), q || params.get('country') || '');
    if (!name) return;
    const year = params.get('year');
    await send('POST', 'saved-searches', {name, q, country: params.get('country'), type: params.get('type'),
      from: year || params.get('from'), to: year || params.get('to'), outlet: params.get('outlet'), kind: params.get('kind')});
    button.replaceWith(h('a', {href: '#/alerts', id: 'saved-note'}, t('saved')));
  }}, '☆ ' + t('save_search'));
  return button;
}

function label(filter, value, titles) {
  if (filter === 'country') return entityName(value);
  if (filter === 'type') return t(value);
  if (filter === 'area') return at(value);
  if (filter === 'doc') return clip(titles?.get(value) || value, 40);
  if (filter === 'from') return '≥ ' + value;
  if (filter === 'to') return '≤ ' + value;
  if (filter === 'kind') return t('kind') + ': ' + t(value);
  if (filter === 'outlet') return t('outlet') + ': ' + value;
  return value;
}

function facet(title, filter, counts, params, titles) {
  const entries = Object.entries(counts || {});
  if (!entries.length) return null;
  if (filter === 'year') entries.sort((a, b) => b[0].localeCompare(a[0]));
  return h('div', {class: 'facet', dataset: {facet: filter}}, h('h3', {}, t(title)), h('ul', {},
    entries.map(([value, n]) => h('li', {class: params.get(filter) === value ? 'on' : null},
      h('a', {href: hashWith(params, {[filter]: params.get(filter) === value ? null : value}), title: value},
        clip(filter === 'doc' && titles ? titles.get(value) || value : label(filter, value), 34)),
      h('span', {class: 'count'}, n)))));
}

function hit(x, titles) {
  return h('li', {class: 'hit', dataset: {passage: x.passage_id}},
    h('a', {class: 'hit-title', href: passageLink(x.passage_id)}, clip(titles.get(x.doc) || x.doc, 120)),
    h('div', {class: 'muted small'}, x.doc, ' · ', x.section ? clip(x.section, 90) + ' · ' : '', x.date || t('undated')),
    h('p', {class: 'snippet'}, snippet(x.snippet)),
    h('div', {class: 'tags'}, x.entities.slice(0, 8).map(id => h('a', {class: 'tag', href: entityHref(id)}, entityName(id)))));
}
