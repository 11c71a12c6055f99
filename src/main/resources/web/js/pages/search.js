import {h, clear, snippet, clip} from '../dom.js';
import {t, countryName} from '../i18n.js';
import {api, enc, documentTitles} from '../api.js';

const FILTERS = ['country', 'type', 'year', 'doc'];

/** '#/doc/ID/p3' for the passage 'ID:p3'. */
export function passageLink(passageId) {
  const at = passageId.lastIndexOf(':');
  return '#/doc/' + enc(passageId.slice(0, at)) + '/' + enc(passageId.slice(at + 1));
}

function hashWith(params, changes) {
  const p = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) v === null ? p.delete(k) : p.set(k, v);
  return '#/search?' + p;
}

/** Query box, ranked passages with their highlighted snippets, and facets that narrow the search. */
export async function searchPage(view, {params}) {
  const q = params.get('q') || '';
  const input = h('input', {type: 'search', id: 'q', name: 'q', value: q, placeholder: t('query_placeholder'), autocomplete: 'off'});
  const form = h('form', {class: 'searchbar', role: 'search', onsubmit: e => {
    e.preventDefault();
    location.hash = hashWith(params, {q: input.value.trim()});
  }}, input, h('button', {type: 'submit', id: 'go'}, t('go')));
  const active = FILTERS.filter(f => params.get(f));
  if (!q && !active.length) {
    clear(view, h('section', {class: 'hero'}, h('h1', {}, t('tagline')), form));
    input.focus();
    return;
  }
  const year = params.get('year');
  const doc = params.get('doc');
  const r = await api('search', {q, country: params.get('country'), type: params.get('type'), from: year, to: year, limit: doc ? 100 : 30});
  const titles = await documentTitles();
  const hits = doc ? r.hits.filter(hit => hit.doc === doc) : r.hits;   // the index has no document filter: narrow the page
  const chips = active.map(f => h('a', {class: 'chip', href: hashWith(params, {[f]: null})}, label(f, params.get(f)), ' ✕'));
  clear(view, form,
    h('div', {class: 'search-layout'},
      h('aside', {class: 'facets', id: 'facets'}, facet('countries', 'country', r.facets.countries, params),
        facet('event_types', 'type', r.facets.event_types, params), facet('years', 'year', r.facets.years, params),
        facet('documents_facet', 'doc', r.facets.documents, params, titles)),
      h('section', {class: 'hits'},
        h('p', {class: 'muted', id: 'total'}, (doc ? hits.length : r.total) + ' ' + t('results'), ' ', chips),
        hits.length ? h('ol', {class: 'hitlist'}, hits.map(x => hit(x, titles))) : h('p', {}, t('no_results')))));
}

function label(filter, value) {
  if (filter === 'country') return countryName(value);
  if (filter === 'type') return t(value);
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
    h('div', {class: 'tags'}, x.entities.slice(0, 8).map(id => /^[A-Z]{3}$/.test(id)
      ? h('a', {class: 'tag', href: '#/country/' + id}, countryName(id)) : h('span', {class: 'tag muted'}, id))));
}
