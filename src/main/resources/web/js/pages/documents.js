import {h, clear, link, clip} from '../dom.js';
import {t} from '../i18n.js';
import {api, enc} from '../api.js';

/** Every stored document with its counts, each opening the reader. */
export async function documentsPage(view) {
  const {documents} = await api('documents');
  clear(view, h('h1', {}, t('documents')), h('table', {class: 'grid'},
    h('thead', {}, h('tr', {}, h('th', {}, t('title')), h('th', {}, t('date')), h('th', {class: 'num'}, t('passages')),
      h('th', {class: 'num'}, t('events')), h('th', {class: 'num'}, t('statistics')))),
    h('tbody', {}, documents.map(d => h('tr', {},
      h('td', {}, link('#/doc/' + enc(d.id), clip(d.title || d.id, 110)), h('div', {class: 'muted small'}, d.id)),
      h('td', {}, d.date || '—'), h('td', {class: 'num'}, d.passages_count), h('td', {class: 'num'}, d.events_count),
      h('td', {class: 'num'}, d.statistics_count))))));
}
