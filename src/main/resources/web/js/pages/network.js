import {h, clear, escapeHtml} from '../dom.js';
import {t, countryName} from '../i18n.js';
import {api} from '../api.js';
import {LEVELS, levelColour, NO_LEVEL, charts} from '../levels.js';
import {foreignToggle, foreignParam} from '../areas.js';

let world = null;                                       // the GeoJSON, fetched once
const SIZE = {SPECIAL: 18, COMPREHENSIVE_STRATEGIC_COOPERATIVE: 24, COMPREHENSIVE_STRATEGIC: 22, STRATEGIC: 17, COMPREHENSIVE: 13};

/** Months since year 0: the slider's unit. */
function monthNumber(date) {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date || '');
  return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0) : null;
}

/** The last day of a month number: partners are asked "as of" that day. */
function asOf(n) {
  return new Date(Date.UTC(Math.floor(n / 12), (n % 12) + 1, 0)).toISOString().slice(0, 10);
}

/**
 * The slider's months: from the earliest dated event to the latest one (not past this month: the ledger knows no
 * future), widened to take in a date asked for in the link. Without dated events, the last five years.
 */
async function range(asked) {
  const span = await api('events/span');
  const now = monthNumber(new Date().toISOString());
  let first = monthNumber(span.first) ?? now - 59;
  let last = Math.min(now, monthNumber(span.last) ?? now);
  const wanted = monthNumber(asked);
  if (wanted !== null) { first = Math.min(first, wanted); last = Math.max(last, wanted); }
  return {first, last: Math.max(first, last), wanted};
}

/** Vietnam's partners on a date as a world map and a network, both coloured by level; a slider replays history. */
export async function networkPage(view, {params}) {
  const ec = charts();
  const {first, last, wanted} = await range(params.get('date'));
  const slider = h('input', {type: 'range', id: 'date-slider', min: first, max: last, step: 1, value: wanted ?? last,
    dataset: {first: asOf(first), last: asOf(last)}});
  const shown = h('output', {id: 'date-shown', for: 'date-slider'});
  const count = h('span', {id: 'partner-count', class: 'muted'});
  const mapEl = h('div', {class: 'chart map', id: 'map'});
  const graphEl = h('div', {class: 'chart graph', id: 'graph'});
  const legend = h('ul', {class: 'legend'}, LEVELS.map(l => h('li', {}, h('span', {class: 'swatch', style: {background: levelColour(l)}}), t(l))));
  const list = h('ul', {class: 'partner-list', id: 'partner-list'});
  clear(view, h('h1', {}, t('network')),
    h('div', {class: 'slider-row'}, h('label', {for: 'date-slider'}, t('as_of')), h('span', {class: 'muted small'}, asOf(first).slice(0, 7)),
      slider, h('span', {class: 'muted small'}, asOf(last).slice(0, 7)), shown, count),
    legend, foreignToggle('network', params),
    h('div', {class: 'network-layout'}, h('section', {}, h('h2', {}, t('map')), mapEl), h('section', {}, h('h2', {}, t('graph')), graphEl)),
    list);
  if (!world) world = await (await fetch('/vendor/world-110m.geo.json')).json();
  ec.registerMap('world', world);
  const map = ec.init(mapEl), graph = ec.init(graphEl);
  const open = p => { if (p.name && /^[A-Z]{3}$/.test(p.name)) location.hash = '#/country/' + p.name; };
  map.on('click', open);
  graph.on('click', p => p.dataType === 'node' && open(p));
  let asked = 0;
  const update = async () => {
    const date = asOf(Number(slider.value));
    const ticket = ++asked;
    shown.value = date;
    history.replaceState(null, '', '#/network?date=' + date + (foreignParam(params) ? '' : '&fa=0'));
    const {partners} = await api('partners', {as_of: date, foreign: foreignParam(params)});
    if (ticket !== asked) return;   // the slider moved on meanwhile
    count.textContent = partners.filter(p => p.level !== 'SPECIAL').length + ' ' + t('partners_on');
    drawMap(map, partners);
    drawGraph(graph, partners);
    clear(list, partners.map(p => h('li', {dataset: {country: p.country, level: p.level, colour: levelColour(p.level)}},
      h('span', {class: 'swatch', style: {background: levelColour(p.level)}}),
      h('a', {href: '#/country/' + p.country}, countryName(p.country)), ' · ', t(p.level), ' · ', p.since,
      ' ', h('span', {class: 'badge ' + p.provenance}, t('provenance_' + p.provenance)))));
    view.dataset.asOf = date;
  };
  slider.addEventListener('input', update);
  await update();
}

function drawMap(chart, partners) {
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'item', formatter: p => escapeHtml(countryName(p.name) + (p.data?.level ? ' · ' + t(p.data.level) : ''))},
    series: [{type: 'map', map: 'world', roam: true, name: 'partners', emphasis: {label: {show: false}},
      itemStyle: {areaColor: NO_LEVEL, borderColor: '#fff', borderWidth: 0.5},
      data: [{name: 'VNM', itemStyle: {areaColor: '#2e7d32'}},
        ...partners.map(p => ({name: p.country, level: p.level, value: 1, itemStyle: {areaColor: levelColour(p.level)}}))]}],
  }, {replaceMerge: ['series']});
}

/** Vietnam in the middle, its partners on a circle in ladder order (a fixed layout: the same date, the same picture). */
function drawGraph(chart, partners) {
  const sorted = [...partners].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.country.localeCompare(b.country));
  const nodes = [{id: 'VNM', name: 'VNM', x: 0, y: 0, symbolSize: 34, itemStyle: {color: '#2e7d32'}, label: {show: true, position: 'inside', formatter: () => 'VN'}},
    ...sorted.map((p, i) => {
      const angle = 2 * Math.PI * i / sorted.length - Math.PI / 2;
      return {id: p.country, name: p.country, x: 100 * Math.cos(angle), y: 100 * Math.sin(angle),
        symbolSize: SIZE[p.level] || 12, itemStyle: {color: levelColour(p.level)},
        label: {show: true, position: Math.cos(angle) >= 0 ? 'right' : 'left', formatter: () => countryName(p.country)}};
    })];
  chart.setOption({
    animation: false,
    tooltip: {formatter: p => escapeHtml(p.dataType === 'node' ? countryName(p.name) : '')},
    series: [{type: 'graph', layout: 'none', roam: true, data: nodes, label: {fontSize: 11},
      links: sorted.map(p => ({source: 'VNM', target: p.country, lineStyle: {color: levelColour(p.level), width: 1.5, opacity: 0.7}}))}],
  }, {replaceMerge: ['series']});
}

