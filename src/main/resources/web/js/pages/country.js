import {h, clear, link, clip} from '../dom.js';
import {t, countryName, entityName, indicatorName} from '../i18n.js';
import {api, enc} from '../api.js';
import {levelColour, charts} from '../levels.js';
import {support} from './timeline.js';
import {foreignToggle, foreignParam, foreignOnly} from '../areas.js';
import {briefForm} from '../brief.js';

/** A country's dossier: level history as a step timeline, events by year and type, figures, documents. */
export async function countryPage(view, {parts, params}) {
  const iso = (parts[0] || '').toUpperCase();
  const all = params && params.get('all') === '1';   // by default the corroborated or confident events only
  const d = await api('countries/' + enc(iso), {all: all ? 'true' : '', foreign: foreignParam(params)});
  const chart = h('div', {class: 'chart', id: 'events-chart'});
  clear(view,
    h('h1', {}, countryName(iso), h('span', {class: 'muted'}, ' · ', iso)),
    foreignToggle('country', params, 'country/' + iso),
    briefForm({country: iso, years: Object.keys(d.events_by_year || {}), foreign: foreignOnly(params)}),
    h('section', {}, h('h2', {}, t('history')), steps(d.history)),
    (d.conflicting_claims || []).length ? h('section', {id: 'country-claims'}, h('h2', {}, t('conflicting_claims')), claimList(d.conflicting_claims)) : null,
    h('section', {}, h('h2', {}, t('events_by_year')), chart, eventList(d.events),
      more(d.events.length, d.events_total, '#/timeline?country=' + iso + (all ? '&all=1' : '')),
      d.events_hidden ? h('p', {class: 'muted', id: 'events-hidden'}, d.events_hidden + ' ' + t('hidden_events') + ' · ',
        link('#/country/' + enc(iso) + '?all=1', t('show_all'))) : null),
    h('section', {}, h('h2', {}, t('figures')), d.figures.length ? figureTable(d.figures) : h('p', {class: 'muted'}, t('no_data')),
      more(d.figures.length, d.figures_total, '#/figures')),
    h('section', {}, h('h2', {}, t('named_in'), h('span', {class: 'muted'}, ' (' + (d.documents_total ?? d.documents.length).toLocaleString() + ')')),
      h('ul', {id: 'country-docs'}, d.documents.map(doc => h('li', {}, link('#/doc/' + enc(doc), doc)))),
      more(d.documents.length, d.documents_total, '#/search?country=' + iso)));
  eventsChart(chart, d.events_by_year);
}

/** 'More (50 of 1,234)' under a list the dossier answers one page of, linking to the page that lists them all. */
function more(shown, total, href) {
  if (total === undefined || shown >= total) return null;
  return h('p', {class: 'more'}, link(href, t('more') + ' (' + shown + ' ' + t('of') + ' ' + total.toLocaleString() + ') ›'));
}

/** The levels one after another, each as wide as it lasted (up to today), marked document or reference. */
function steps(history) {
  if (!history.length) return h('p', {class: 'muted'}, t('no_data'));
  const time = s => Date.parse(s.length === 4 ? s + '-01-01' : s.length === 7 ? s + '-01' : s);
  const first = time(history[0].since), now = Date.now();
  const bar = h('div', {class: 'steps', id: 'steps'}, history.map(s => {
    const width = Math.max(8, 100 * ((s.until ? time(s.until) : now) - time(s.since)) / (now - first));
    return h('div', {class: 'step', style: {flexGrow: String(width), background: levelColour(s.level)}, dataset: {level: s.level, provenance: s.provenance},
      title: t(s.level) + ' ' + s.since}, h('span', {}, t(s.level)));
  }));
  const list = h('ol', {class: 'step-list'}, history.map(s => h('li', {},
    h('span', {class: 'swatch', style: {background: levelColour(s.level)}}),
    h('strong', {}, t(s.level)), ' · ', t('since'), ' ', s.since, ' ', s.until ? t('until') + ' ' + s.until : '→ ' + t('now'), ' ',
    h('span', {class: 'badge ' + s.provenance}, t('provenance_' + s.provenance)),
    h('div', {class: 'quote small'}, s.doc ? link('#/doc/' + enc(s.doc), s.doc) : null, s.doc ? ': ' : '', clip(s.evidence, 260)))));
  return [bar, list];
}

function eventsChart(el, byYear) {
  const ec = charts();
  const years = Object.keys(byYear);
  if (!ec || !years.length) { el.replaceWith(h('p', {class: 'muted'}, t('no_data'))); return; }
  const types = [...new Set(years.flatMap(y => Object.keys(byYear[y])))].sort();
  ec.init(el).setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {data: types.map(t), bottom: 0},
    grid: {left: 40, right: 20, top: 20, bottom: 60},
    xAxis: {type: 'category', data: years.map(y => y === 'undated' ? t('undated') : y)},
    yAxis: {type: 'value', minInterval: 1},
    series: types.map(type => ({name: t(type), type: 'bar', stack: 'all', data: years.map(y => byYear[y][type] || 0)})),
  });
}

/** Level claims the ledger does not follow: what each says, the ledger's level on its date, and its source. */
function claimList(claims) {
  return h('ul', {class: 'claims'}, claims.map(c => h('li', {dataset: {claim: c.id, status: c.status}},
    h('span', {class: 'badge ' + c.status}, t(c.status)), ' ', t(c.level), ' · ', t('since'), ' ', c.since,
    ' (', c.ledger_level ? t(c.ledger_level) : '—', ') · ', c.kind, c.outlet ? ' · ' + c.outlet : '', ' · ',
    c.doc ? link('#/doc/' + enc(c.doc), c.doc) : 'reference',
    h('div', {class: 'quote small'}, clip(c.evidence, 240)))));
}

function eventList(events) {
  return h('ul', {class: 'events', id: 'country-events'}, events.map(e => h('li', {dataset: {event: e.id}},
    h('strong', {}, t(e.type)), ' · ', e.date || t('undated'), ' · ', e.participants.map(entityName).join(', '), support(e),
    h('ul', {class: 'small'}, e.mentions.slice(0, 5).map(m => h('li', {}, link('#/doc/' + enc(m.doc) + '/at/' + m.offset, m.doc), ': ', clip(m.evidence, 200)))))));
}

/** Figures as a table, each value linked to its evidence in the reader; {indicator: false} when grouped by it. */
export function figureTable(figures, {indicator = true} = {}) {
  return h('table', {class: 'grid'}, h('thead', {}, h('tr', {}, indicator ? h('th', {}, t('indicator')) : null, h('th', {class: 'num'}, t('value')),
    h('th', {}, t('unit')), h('th', {}, t('period')), h('th', {}, t('subject')), h('th', {}, t('source')))),
  h('tbody', {}, figures.map(f => h('tr', {}, indicator ? h('td', {}, indicatorName(f.indicator)) : null,
    h('td', {class: 'num'}, link('#/doc/' + enc(f.doc) + '/at/' + f.offset, (f.approximate ? '~' : '') + f.value.toLocaleString())),
    h('td', {}, f.unit || ''), h('td', {}, f.period || ''), h('td', {}, f.subject ? entityName(f.subject) : ''),
    h('td', {}, link('#/doc/' + enc(f.doc) + '/at/' + f.offset, f.doc), h('div', {class: 'quote small'}, clip(f.evidence, 160)))))));
}
