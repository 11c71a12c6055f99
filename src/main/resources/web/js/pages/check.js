import {h, clear, link, clip} from '../dom.js';
import {t, countryName} from '../i18n.js';
import {api, enc} from '../api.js';
import {levelColour} from '../levels.js';

/** The partner counts the documents state against what the knowledge base derives, each with its sources. */
export async function checkPage(view) {
  const {checks} = await api('check');
  clear(view, h('h1', {}, t('check')), checks.length ? h('div', {class: 'checks'}, checks.map(card)) : h('p', {}, t('no_data')));
}

function card(v) {
  return h('section', {class: 'card check ' + v.verdict, dataset: {verdict: v.verdict}},
    h('div', {class: 'check-head'}, h('span', {class: 'verdict ' + v.verdict}, t(v.verdict)),
      h('strong', {}, v.stated), ' ', t(v.about), ' · ', t('as_of'), ' ', v.as_of,
      ' · ', t('derived'), ': ', h('strong', {}, v.derived_count ?? '—'), v.held_until ? ' · ' + t('held_until') + ' ' + v.held_until : ''),
    h('p', {class: 'quote'}, link('#/doc/' + enc(v.doc), v.doc), ': ', v.evidence),
    v.reason ? h('p', {class: 'muted small'}, t(v.reason)) : null,
    v.derived && v.derived.length ? h('details', {}, h('summary', {}, t('derived'), ' (', v.derived.length, ')'),
      h('ul', {class: 'derived small'}, v.derived.map(p => h('li', {},
        h('span', {class: 'swatch', style: {background: levelColour(p.level)}}), link('#/country/' + p.country, countryName(p.country)),
        ' · ', t(p.level), ' · ', t('since'), ' ', p.since, ' · ', h('span', {class: 'badge ' + p.provenance}, t('provenance_' + p.provenance)),
        p.doc ? [' · ', link('#/doc/' + enc(p.doc), p.doc)] : '', h('div', {class: 'quote'}, clip(p.evidence, 200)))))) : null);
}
