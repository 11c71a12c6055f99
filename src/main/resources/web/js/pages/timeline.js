import {h, clear, link, clip, escapeHtml} from '../dom.js';
import {t, countryName} from '../i18n.js';
import {api, enc} from '../api.js';
import {charts} from '../levels.js';

const TYPES = ['VISIT', 'PHONE_CALL', 'MEETING', 'AID', 'PARTNERSHIP', 'AGREEMENT', 'AGREEMENT_SIGNED', 'CITIZEN_PROTECTION', 'DIPLOMATIC_NOTE',
  'DIPLOMATIC_RELATIONS', 'MULTILATERAL_ROLE', 'NEGOTIATION_STARTED', 'NEGOTIATION_RESUMED', 'NEGOTIATION_CONCLUDED'];

/** Dated events on a time axis, one row per type; filters by type and country; a point opens its sources. */
export async function timelinePage(view, {params}) {
  const type = params.get('type') || '', country = params.get('country') || '';
  const {events} = await api('events', {type, country});
  const typeSelect = h('select', {id: 'tl-type', name: 'type'}, h('option', {value: ''}, t('all_types')),
    TYPES.map(x => h('option', {value: x, selected: x === type}, t(x))));
  const countryInput = h('input', {id: 'tl-country', name: 'country', value: country, placeholder: t('country_filter'), size: 22});
  const form = h('form', {class: 'filters', onsubmit: e => {
    e.preventDefault();
    location.hash = '#/timeline?' + new URLSearchParams(Object.entries({type: typeSelect.value, country: countryInput.value.trim()}).filter(([, v]) => v));
  }}, typeSelect, countryInput, h('button', {type: 'submit'}, t('filter')));
  const chart = h('div', {class: 'chart tall', id: 'timeline-chart'});
  const detail = h('div', {id: 'timeline-detail'});
  const dated = events.filter(e => e.date);
  clear(view, h('h1', {}, t('timeline')), form, chart, detail, h('h2', {}, events.length + ' ' + t('events')), list(events));
  const ec = charts();
  if (!ec || !dated.length) return;
  const types = [...new Set(dated.map(e => e.type))].sort();
  const recent = dated.map(e => isoDay(e.date)).filter(d => d >= '2019').sort();
  const c = ec.init(chart);
  c.setOption({
    animation: false,
    tooltip: {formatter: p => escapeHtml(t(p.data.event.type) + ' · ' + p.data.event.date + ' · ' + p.data.event.participants.map(countryName).join(', '))},
    grid: {left: 200, right: 30, top: 20, bottom: 70},
    xAxis: {type: 'time'},
    yAxis: {type: 'category', data: types.map(x => t(x))},
    // the corpus reaches back decades (anniversaries): open on the recent years, the slider shows the rest
    dataZoom: [{type: 'slider', bottom: 10, startValue: recent.length ? recent[0].slice(0, 4) + '-01-01' : undefined}, {type: 'inside'}],
    series: types.map(type => ({type: 'scatter', name: t(type), symbolSize: e => 9 + 3 * Math.min(6, e[2]),
      data: dated.filter(e => e.type === type).map(e => ({value: [isoDay(e.date), t(e.type), e.mentions.length], event: e}))})),
  });
  c.on('click', p => clear(detail, record(p.data.event)));
}


/** A point in time for an ISO date at any precision, or a period 'A/B' (its start). */
function isoDay(date) {
  const d = date.split('/')[0];
  return d.length === 4 ? d + '-07-01' : d.length === 7 ? d + '-15' : d;
}

function record(e) {
  return h('div', {class: 'card'}, h('strong', {}, t(e.type)), ' · ', e.date, ' · ',
    e.participants.map(p => /^[A-Z]{3}$/.test(p) ? link('#/country/' + p, countryName(p)) : p).flatMap((n, i) => i ? [', ', n] : [n]),
    h('ul', {class: 'small'}, e.mentions.map(m => h('li', {}, link('#/doc/' + enc(m.doc) + '/e/' + enc(e.id), m.doc), ': ', clip(m.evidence, 220)))));
}

function list(events) {
  const byYear = new Map();
  for (const e of events) {
    const y = e.date ? e.date.slice(0, 4) : t('undated');
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y).push(e);
  }
  return h('div', {class: 'years'}, [...byYear].map(([y, es]) => h('section', {}, h('h3', {}, y), h('ul', {class: 'events'}, es.map(e => h('li', {}, record(e)))))));
}
