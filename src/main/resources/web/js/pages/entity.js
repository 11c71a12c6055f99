import {h, clear, link, clip} from '../dom.js';
import {t, entityName, entityHref, countryName} from '../i18n.js';
import {api, enc, documentTitles} from '../api.js';
import {pager, hashWith} from '../pager.js';
import {record} from './timeline.js';

const PAGE = 20;

/**
 * A person's or an organisation's page (#/entity/PER:…, #/entity/ORG:UN): its name in the UI language, its country
 * (a person's, from the gazetteer), the names the documents use, the events it takes part in and the documents naming
 * it, each a page at a time.
 */
export async function entityPage(view, {parts, params}) {
  const id = parts[0] || '';
  if (/^[A-Z]{3}$/.test(id)) { location.replace('#/country/' + id); return; }
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const e = await api('entities/' + enc(id), {offset, limit: PAGE});
  const titles = await documentTitles(e.documents);
  const hrefFor = n => hashWith('entity/' + enc(id), params, {offset: n});
  clear(view,
    h('h1', {id: 'entity-name'}, entityName(id), h('span', {class: 'muted'}, ' · ', t(e.type))),
    h('p', {class: 'muted', id: 'entity-facts'}, e.country ? [link(entityHref(e.country), countryName(e.country)), ' · '] : null,
      e.mentions.toLocaleString() + ' ' + t('mentions'), ' · ', e.documents_total.toLocaleString() + ' ' + t('documents').toLowerCase()),
    roles('offices', 'entity-offices', e.offices || [], false), roles('people_of', 'entity-people', e.people || [], true),
    h('section', {}, h('h2', {}, t('names_seen')), h('p', {class: 'small', id: 'entity-names'}, e.names.slice(0, 30).join(' · '))),
    h('section', {}, h('h2', {}, t('events_of'), h('span', {class: 'muted'}, ' (' + e.events_total.toLocaleString() + ')')),
      e.events.length ? h('ul', {class: 'events', id: 'entity-events'}, e.events.map(x => h('li', {}, record(x)))) : h('p', {class: 'muted'}, t('no_data')),
      pager({total: e.events_total, offset, limit: PAGE}, hrefFor, 'events-pager')),
    h('section', {}, h('h2', {}, t('named_in'), h('span', {class: 'muted'}, ' (' + e.documents_total.toLocaleString() + ')')),
      h('ul', {id: 'entity-docs'}, e.documents.map(doc => h('li', {}, link('#/doc/' + enc(doc), clip(titles.get(doc) || doc, 110)),
        h('span', {class: 'muted small'}, ' · ' + doc)))),
      pager({total: e.documents_total, offset, limit: PAGE}, hrefFor, 'docs-pager')));
}

/**
 * The titles a person is written with, or the people whose title names this organisation: each title as written, how
 * often, the dates of the documents writing it, and the first such document.
 */
function roles(heading, id, rows, withPerson) {
  if (!rows.length) return null;
  return h('section', {}, h('h2', {}, t(heading)), h('table', {class: 'grid', id},
    h('thead', {}, h('tr', {}, withPerson ? h('th', {}, t('person')) : null, h('th', {}, t('office_title')),
      h('th', {class: 'num'}, t('mentions')), h('th', {}, t('seen_between')), h('th', {}, t('documents')))),
    h('tbody', {}, rows.map(r => h('tr', {dataset: {person: r.person}},
      withPerson ? h('td', {}, link(entityHref(r.person), entityName(r.person))) : null, h('td', {}, r.title || '—'),
      h('td', {class: 'num'}, r.mentions), h('td', {class: 'small'}, r.first ? (r.first === r.last ? r.first : r.first + ' – ' + r.last) : '—'),
      h('td', {class: 'small'}, link('#/doc/' + enc(r.doc), clip(r.doc, 40)), r.documents > 1 ? ' +' + (r.documents - 1) : ''))))));
}
