import {h, clear} from '../dom.js';
import {t} from '../i18n.js';
import {api} from '../api.js';
import {charts} from '../levels.js';
import {figureTable} from './country.js';

/** Statistics by indicator: a table each (values linked to their evidence in the reader), a small chart when an
 *  indicator has several dated values. */
export async function figuresPage(view, {params}) {
  const {statistics} = await api('statistics', {indicator: params.get('indicator')});
  const groups = new Map();
  for (const s of statistics) {
    if (!groups.has(s.indicator)) groups.set(s.indicator, []);
    groups.get(s.indicator).push(s);
  }
  const sections = [...groups].sort((a, b) => b[1].length - a[1].length).map(([indicator, rows], n) => {
    const chart = rows.filter(r => r.period).length >= 2 ? h('div', {class: 'chart small-chart'}) : null;
    return {indicator, rows, chart, el: h('details', {class: 'figure-group', open: n < 4, dataset: {indicator}},
      h('summary', {}, h('strong', {}, indicator), h('span', {class: 'muted'}, ' (' + rows.length + ')')),
      chart, figureTable(rows, {indicator: false}))};
  });
  clear(view, h('h1', {}, t('figures')), h('p', {class: 'muted'}, statistics.length + ' ' + t('statistics'), ' · ', groups.size + ' ' + t('indicator').toLowerCase()),
    statistics.length ? sections.map(s => s.el) : h('p', {}, t('no_data')));
  const ec = charts();
  if (!ec) return;
  for (const s of sections) {
    if (!s.chart) continue;
    // one unit per chart: the indicator's most frequent one (a stray value in another unit would flatten the rest)
    const units = new Map();
    s.rows.forEach(r => units.set(r.unit, (units.get(r.unit) || 0) + 1));
    const unit = [...units].sort((a, b) => b[1] - a[1])[0][0];
    const rows = s.rows.filter(r => r.period && r.unit === unit).sort((a, b) => a.period.localeCompare(b.period));
    const labels = rows.map(r => r.period + (r.subject ? ' ' + r.subject : ''));
    ec.init(s.chart).setOption({animation: false, grid: {left: 60, right: 10, top: 24, bottom: 30}, tooltip: {trigger: 'axis'},
      title: {text: unit || '', textStyle: {fontSize: 11, color: '#667'}, left: 0, top: 0},
      xAxis: {type: 'category', data: labels}, yAxis: {type: 'value', axisLabel: {formatter: v => Intl.NumberFormat(undefined, {notation: 'compact'}).format(v)}},
      series: [{type: 'bar', data: rows.map(r => r.value), itemStyle: {color: '#2e7d32'}}]});
  }
}
