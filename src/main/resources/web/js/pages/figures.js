import {h, clear, link} from '../dom.js';
import {t, indicatorName, entityName} from '../i18n.js';
import {api} from '../api.js';
import {charts} from '../levels.js';
import {figureTable} from './country.js';
import {pager, hashWith} from '../pager.js';
import {exportLinks} from '../export.js';

const PAGE = 50;

/** Statistics by indicator: every indicator with its count (counted by the store), and the chosen one's figures a page at a
 *  time, latest first, values linked to their evidence in the reader, with a small chart of the page's dated values. */
export async function figuresPage(view, {params}) {
  const {indicators} = await api('statistics/indicators');
  if (!indicators.length) { clear(view, h('h1', {}, t('figures')), h('p', {}, t('no_data'))); return; }
  const chosen = params.get('indicator') || indicators[0].indicator;
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const r = await api('statistics', {indicator: chosen, sort: '-period', offset, limit: PAGE});
  const total = indicators.reduce((n, i) => n + i.count, 0);
  const chart = r.statistics.filter(s => s.period).length >= 2 ? h('div', {class: 'chart small-chart', id: 'figure-chart'}) : null;
  clear(view, h('h1', {}, t('figures')),
    h('p', {class: 'muted'}, total.toLocaleString() + ' ' + t('statistics'), ' · ', indicators.length + ' ' + t('indicator').toLowerCase()),
    h('div', {class: 'figures-layout'},
      h('nav', {class: 'facet', id: 'indicators'}, h('h3', {}, t('indicators')), h('ul', {}, indicators.map(i =>
        h('li', {class: i.indicator === chosen ? 'on' : null, dataset: {indicator: i.indicator}},
          link(hashWith('figures', new URLSearchParams(), {indicator: i.indicator}), indicatorName(i.indicator)),
          h('span', {class: 'count'}, i.count.toLocaleString()))))),
      h('section', {class: 'figure-group', dataset: {indicator: chosen}},
        h('h2', {}, indicatorName(chosen), h('span', {class: 'muted'}, ' (' + r.total.toLocaleString() + ')')),
        chart, figureTable(r.statistics, {indicator: false}), pager(r, n => hashWith('figures', params, {offset: n})),
        exportLinks('statistics', {indicator: chosen, sort: '-period'}))));
  const ec = charts();
  if (!ec || !chart) return;
  // one unit per chart: the page's most frequent one (a stray value in another unit would flatten the rest)
  const units = new Map();
  r.statistics.forEach(s => units.set(s.unit, (units.get(s.unit) || 0) + 1));
  const unit = [...units].sort((a, b) => b[1] - a[1])[0][0];
  const rows = r.statistics.filter(s => s.period && s.unit === unit).sort((a, b) => a.period.localeCompare(b.period));
  ec.init(chart).setOption({animation: false, grid: {left: 60, right: 10, top: 24, bottom: 30}, tooltip: {trigger: 'axis'},
    title: {text: unit || '', textStyle: {fontSize: 11, color: '#667'}, left: 0, top: 0},
    xAxis: {type: 'category', data: rows.map(s => s.period + (s.subject ? ' ' + entityName(s.subject) : ''))},
    yAxis: {type: 'value', axisLabel: {formatter: v => Intl.NumberFormat(undefined, {notation: 'compact'}).format(v)}},
    series: [{type: 'bar', data: rows.map(s => s.value), itemStyle: {color: '#2e7d32'}}]});
}
