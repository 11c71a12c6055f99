import {h, clear, link, clip, snippet} from '../dom.js';
import {t, entityName} from '../i18n.js';
import {api, send, enc} from '../api.js';
import {hashWith} from '../pager.js';
import {exportLinks} from '../export.js';

/** The saved searches, each with what arrived since the last visit (counted by the server), its feed, its results as a
 *  download, and its actions. */
export async function alertsPage(view) {
  const {saved_searches: saved} = await api('saved-searches');
  clear(view, h('h1', {}, t('alerts')), saved.length
    ? h('div', {id: 'saved-list'}, saved.map(s => card(s)))
    : h('p', {class: 'muted'}, t('no_saved')));
}

function describe(query) {
  return Object.entries(query).map(([k, v]) => k === 'q' ? '“' + v + '”' : k === 'country' ? entityName(v) : k === 'type' ? t(v) : t(k) + ' ' + v).join(' · ');
}

function card(s) {
  const details = h('div', {class: 'new-docs'});
  const badge = h('span', {class: 'badge-new' + (s.new ? '' : ' none'), dataset: {count: s.new}}, s.new + ' ' + t('new_since'));
  const show = async () => {
    const one = await api('saved-searches/' + enc(s.id));
    clear(details, one.documents.length ? h('ul', {class: 'small'}, one.documents.map(d => h('li', {},
      link('#/doc/' + enc(d.id), clip(d.title || d.id, 110)), ' · ', d.passages, ' ', t('passages'),
      h('div', {class: 'snippet'}, snippet(clip(d.snippet, 300)))))) : h('p', {class: 'muted'}, t('nothing_new')));
  };
  const seen = async () => {
    await send('POST', 'saved-searches/' + enc(s.id) + '/seen');
    badge.textContent = '0 ' + t('new_since');
    badge.classList.add('none');
    badge.dataset.count = '0';
    clear(details);
  };
  const remove = async () => {
    if (!confirm(t('delete') + ' “' + s.name + '”?')) return;
    await send('DELETE', 'saved-searches/' + enc(s.id));
    el.remove();
  };
  const el = h('section', {class: 'card saved', dataset: {saved: s.id}},
    h('div', {class: 'saved-head'}, h('strong', {}, s.name), ' ', badge),
    h('p', {class: 'small'}, link(hashWith('search', new URLSearchParams(), s.query), describe(s.query)),
      h('span', {class: 'muted'}, ' · ' + t('seen_at') + ' ' + s.seen_at.slice(0, 16).replace('T', ' '))),
    h('div', {class: 'saved-actions'},
      h('button', {type: 'button', class: 'show-new', onclick: show}, t('show_new')),
      h('button', {type: 'button', class: 'mark-seen', onclick: seen}, t('mark_seen')),
      h('a', {href: '/api/v1/saved-searches/' + enc(s.id) + '/feed.atom', class: 'feed'}, 'Atom'),
      h('button', {type: 'button', class: 'close', onclick: remove}, t('delete'))),
    exportLinks('search', s.query, undefined, null), details);
  return el;
}
