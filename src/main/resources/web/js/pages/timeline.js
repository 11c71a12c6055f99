import {h, clear, link, clip, escapeHtml} from '../dom.js';
import {t, entityName, entityHref} from '../i18n.js';
import {api, enc} from '../api.js';
import {charts} from '../levels.js';
import {pager, hashWith, inputDay} from '../pager.js';
import {exportLinks} from '../export.js';
import {foreignToggle, foreignParam, areaSelect} from '../areas.js';

const TYPES = ['VISIT', 'PHONE_CALL', 'MEETING', 'AID', 'PARTNERSHIP', 'AGREEMENT', 'AGREEMENT_SIGNED', 'CITIZEN_PROTECTION', 'DIPLOMATIC_NOTE',
  'DIPLOMATIC_RELATIONS', 'MULTILATERAL_ROLE', 'NEGOTIATION_STARTED', 'NEGOTIATION_RESUMED', 'NEGOTIATION_CONCLUDED'];
const PAGE = 50;

/**
 * Dated events on a time axis, one row per type, each point a month sized by its count (counted by the store); filters
 * by type, country (any name) and date range; the events themselves a page at a time, newest first. A point narrows the
 * list to its type and month.
 */
export async function timelinePage(view, {params}) {
  const get = k => params.get(k) || '';
  const all = get('all') === '1';
  // by default only corroborated or confident events; 'all' adds the single-source ones
  const filter = {type: get('type'), country: get('country'), from: get('from'), to: get('to'), confident: all ? '' : 'true',
    min_confidence: get('min_confidence'), area: get('area'), foreign: foreignParam(params)};
  const offset = Math.max(0, Number(get('offset')) || 0);
  const [{counts}, page] = await Promise.all([api('events/counts', filter), api('events', {...filter, sort: '-date', offset, limit: PAGE})]);
  const typeSelect = h('select', {id: 'tl-type', name: 'type'}, h('option', {value: ''}, t('all_types')),
    TYPES.map(x => h('option', {value: x, selected: x === filter.type}, t(x))));
  const countryInput = h('input', {id: 'tl-country', name: 'country', value: filter.country, placeholder: t('country_filter'), size: 24});
  const from = h('input', {type: 'date', id: 'tl-from', name: 'from', value: inputDay(filter.from)});
  const to = h('input', {type: 'date', id: 'tl-to', name: 'to', value: inputDay(filter.to, true)});
  const area = areaSelect('tl-area', filter.area);
  const allBox = h('input', {type: 'checkbox', id: 'tl-all', name: 'all', checked: all});
  const confidence = h('select', {id: 'tl-confidence', name: 'min_confidence'}, ['', '0.5', '0.7', '0.9'].map(v =>
    h('option', {value: v, selected: v === filter.min_confidence}, v ? '≥ ' + v : t('any_confidence'))));
  const form = h('form', {class: 'filters', onsubmit: e => {
    e.preventDefault();
    location.hash = hashWith('timeline', params, {type: typeSelect.value, country: countryInput.value.trim(), from: from.value, to: to.value,
      all: allBox.checked ? '1' : '', min_confidence: confidence.value, area: area.value});
  }}, typeSelect, area, countryInput, h('label', {class: 'small muted'}, t('from'), ' ', from), h('label', {class: 'small muted'}, t('to'), ' ', to),
  h('label', {class: 'small muted'}, allBox, ' ', t('all_events')), h('label', {class: 'small muted'}, t('min_confidence'), ' ', confidence),
  h('button', {type: 'submit'}, t('filter')), foreignToggle('timeline', params));
  const chart = h('div', {class: 'chart tall', id: 'timeline-chart'});
  clear(view, h('h1', {}, t('timeline')), form, chart,
    h('h2', {id: 'events-total'}, page.total.toLocaleString() + ' ' + t('events')), list(page.events),
    pager(page, n => hashWith('timeline', params, {offset: n})),
    page.total ? exportLinks('events', {...filter, sort: '-date'}, ['csv', 'jsonl', 'graphml']) : null);
  const ec = charts();
  if (!ec || !counts.length) { if (!counts.length) chart.remove(); return; }
  const types = [...new Set(counts.map(c => c.type))].sort();
  const months = counts.map(c => c.month).sort();
  const recent = months.filter(m => m >= '2019');
  const c = ec.init(chart);
  c.setOption({
    animation: false,
    tooltip: {formatter: p => escapeHtml(t(p.data.type) + ' · ' + p.data.month + ' · ' + p.data.count + ' ' + t('events'))},
    grid: {left: 200, right: 30, top: 20, bottom: 70},
    xAxis: {type: 'time'},
    yAxis: {type: 'category', data: types.map(x => t(x))},
    // the corpus reaches back decades (anniversaries): open on the recent years, the slider shows the rest
    // and ends today: a year misread in the future (a ship named 'QN 2071') stays reachable without squeezing the rest
    dataZoom: [{type: 'slider', bottom: 10, startValue: recent.length && !filter.from ? recent[0].slice(0, 4) + '-01-01' : undefined,
      endValue: filter.to ? undefined : new Date().toISOString().slice(0, 10)}, {type: 'inside'}],
    series: types.map(type => ({type: 'scatter', name: t(type), symbolSize: d => 7 + 3 * Math.min(8, Math.log2(1 + d[2])),
      data: counts.filter(x => x.type === type).map(x => ({value: [monthDay(x.month), t(x.type), x.count], ...x}))})),
  });
  c.on('click', p => {
    const m = p.data.month;
    location.hash = hashWith('timeline', params, {type: p.data.type, from: inputDay(m), to: inputDay(m, true)});
  });
}

/** A point in time for a month 'YYYY-MM' (its middle) or a year (its middle). */
function monthDay(m) { return m.length === 4 ? m + '-07-01' : m + '-15'; }

/** How well an event is supported, in one line: confidence, independent outlets, an official source, its review status. */
export function support(e) {
  const c = e.corroboration;
  if (!c) return '';
  return h('span', {class: 'small support'}, ' · ' + t('confidence') + ' ' + c.confidence.toFixed(2) + ' · ' + c.outlets + ' ' + t('outlets')
    + (c.official ? ' · ' + t('official_source') : '') + (e.review && e.review.status !== 'unreviewed' ? ' · ' + t(e.review.status) : ''));
}

export function record(e) {
  return h('div', {class: 'card', dataset: {event: e.id}}, h('strong', {}, t(e.type)), ' · ', e.date || t('undated'), ' · ',
    e.participants.map(p => link(entityHref(p), entityName(p))).flatMap((n, i) => i ? [', ', n] : [n]), support(e),
    h('ul', {class: 'small'}, e.mentions.slice(0, 5).map(m => h('li', {}, link('#/doc/' + enc(m.doc) + '/e/' + enc(e.id), m.doc), ': ', clip(m.evidence, 220)))),
    e.mentions.length > 5 ? h('div', {class: 'muted small'}, '+ ' + (e.mentions.length - 5) + ' ' + t('sources').toLowerCase()) : null);
}

function list(events) {
  const byYear = new Map();
  for (const e of events) {
    const y = e.date ? e.date.slice(0, 4) : t('undated');
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y).push(e);
  }
  return h('div', {class: 'years', id: 'event-list'}, [...byYear].map(([y, es]) => h('section', {}, h('h3', {}, y), h('ul', {class: 'events'}, es.map(e => h('li', {}, record(e)))))));
}
