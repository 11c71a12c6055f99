import {h, clear, link, clip} from '../dom.js';
import {t} from '../i18n.js';
import {api, enc} from '../api.js';
import {pager, hashWith, inputDay} from '../pager.js';
import {exportLinks} from '../export.js';
import {uploadBox} from '../upload.js';

const PAGE = 50;
const SORTS = ['id', '-date', 'date', 'title', '-ingested'];

/**
 * The stored documents a page at a time: filters by date range, outlet, kind and title words, a sort; counts from the
 * store; the filtered list as a download; an upload box (files or a zip, dropped or chosen).
 */
export async function documentsPage(view, {params}) {
  const get = k => params.get(k) || '';
  const offset = Math.max(0, Number(get('offset')) || 0);
  const r = await api('documents', {from: get('from'), to: get('to'), outlet: get('outlet'), kind: get('kind'), title: get('title'),
    sort: get('sort'), offset, limit: PAGE});
  const field = (name, el) => h('label', {class: 'small muted'}, t(name), ' ', el);
  const from = h('input', {type: 'date', id: 'docs-from', name: 'from', value: inputDay(get('from'))});
  const to = h('input', {type: 'date', id: 'docs-to', name: 'to', value: inputDay(get('to'), true)});
  const outlet = choice('docs-outlet', r.facets.outlets, get('outlet'));
  const kind = choice('docs-kind', r.facets.kinds, get('kind'), t);
  const title = h('input', {type: 'search', id: 'docs-title', name: 'title', value: get('title'), placeholder: t('title_filter'), size: 18});
  const sort = h('select', {id: 'docs-sort', name: 'sort'}, SORTS.map(s => h('option', {value: s, selected: s === (get('sort') || 'id')}, t('sort_' + s))));
  const form = h('form', {class: 'filters', id: 'docs-filters', onsubmit: e => {
    e.preventDefault();
    location.hash = hashWith('documents', params, {from: from.value, to: to.value, outlet: outlet.value, kind: kind.value,
      title: title.value.trim(), sort: sort.value === 'id' ? '' : sort.value});
  }}, field('from', from), field('to', to), outlet.options.length > 1 ? field('outlet', outlet) : null, field('kind', kind), title, sort,
  h('button', {type: 'submit', id: 'docs-apply'}, t('filter')));
  const upload = h('details', {class: 'upload-details', id: 'upload-details', open: params.get('upload') === '1' || !r.total},
    h('summary', {id: 'upload-open'}, '⇪ ' + t('upload')), uploadBox(() => {
      if (!document.getElementById('upload-new')) document.getElementById('upload-results')?.before(
        h('p', {id: 'upload-new'}, h('a', {href: '#/documents?sort=-ingested'}, t('upload_see_new'))));
    }));
  clear(view, h('h1', {}, t('documents'), h('span', {class: 'muted', id: 'docs-total'}, ' · ' + r.total.toLocaleString())), upload, form,
    h('table', {class: 'grid', id: 'docs-table'},
      h('thead', {}, h('tr', {}, h('th', {}, t('title')), h('th', {}, t('date')), h('th', {}, t('kind')), h('th', {class: 'num'}, t('passages')),
        h('th', {class: 'num'}, t('events')), h('th', {class: 'num'}, t('statistics')))),
      h('tbody', {}, r.documents.map(d => h('tr', {dataset: {doc: d.id, date: d.date || ''}},
        h('td', {}, link('#/doc/' + enc(d.id), clip(d.title || d.id, 110)), h('div', {class: 'muted small'}, d.id, d.outlet ? ' · ' + d.outlet : '')),
        h('td', {}, d.date || '—'), h('td', {class: 'small'}, d.kind ? t(d.kind) : ''), h('td', {class: 'num'}, d.passages_count),
        h('td', {class: 'num'}, d.events_count), h('td', {class: 'num'}, d.statistics_count))))),
    pager(r, n => hashWith('documents', params, {offset: n})),
    exportLinks('documents', {from: get('from'), to: get('to'), outlet: get('outlet'), kind: get('kind'), title: get('title'), sort: get('sort')}));
}

/** A select of a facet's values with their counts (the store's), 'all' first. */
export function choice(id, counts, value, name = x => x) {
  return h('select', {id, name: id}, h('option', {value: ''}, t('all')),
    Object.entries(counts || {}).map(([v, n]) => h('option', {value: v, selected: v === value}, name(v) + ' (' + n.toLocaleString() + ')')));
}

