import {h, clear, link, escapeHtml} from '../dom.js';
import {api} from '../api.js';
import {charts} from '../levels.js';
import {at, AREAS, foreignToggle, foreignParam, foreignOnly} from '../areas.js';
import {briefForm} from '../brief.js';

/**
 * Events and figures per area of work per year (GET areas/years): a line per area of the events it counts each year,
 * or of its share of the year's events, and a table of the numbers; each area links to the timeline filtered by it.
 */
export async function areasPage(view, {params}) {
  const share = params.get('share') === '1';
  const {areas} = await api('areas/years', {foreign: foreignParam(params) || 'false'});
  const years = [...new Set(areas.flatMap(a => a.years.map(y => y.year)))].sort();
  const chart = h('div', {class: 'chart tall', id: 'areas-chart'});
  const shareBox = h('input', {type: 'checkbox', id: 'areas-share', checked: share,
    onchange: () => { const p = new URLSearchParams(params); shareBox.checked ? p.set('share', '1') : p.delete('share');
      location.hash = '#/areas' + (p.toString() ? '?' + p : ''); }});
  const cell = (a, y) => a.years.find(x => x.year === y);
  clear(view, h('h1', {}, at('areas_title')),
    h('div', {class: 'filters'}, foreignToggle('areas', params), h('label', {class: 'small muted'}, shareBox, ' ', at('area_share'))),
    briefForm({area: '', years, foreign: foreignOnly(params)}),
    chart,
    h('table', {class: 'data', id: 'areas-table'},
      h('thead', {}, h('tr', {}, h('th', {}, at('areas')), years.map(y => h('th', {}, y)))),
      h('tbody', {}, areas.filter(a => a.years.length).map(a => h('tr', {dataset: {area: a.area}},
        h('td', {}, link('#/timeline?area=' + a.area, at(a.area))),
        years.map(y => { const c = cell(a, y); return h('td', {class: 'num'}, c ? c.events + ' · ' + c.statistics : ''); }))))),
    h('p', {class: 'muted small'}, at('area_events') + ' · ' + at('area_figures')));
  const ec = charts();
  if (!ec || !years.length) { if (!years.length) chart.remove(); return; }
  const c = ec.init(chart);
  const shown = areas.filter(a => a.years.length);
  c.setOption({
    animation: false,
    tooltip: {trigger: 'axis', formatter: ps => escapeHtml(ps[0].axisValue) + '<br>' + ps.map(p => escapeHtml(p.seriesName + ': '
      + (share ? Math.round(p.value * 100) + ' %' : p.value))).join('<br>')},
    legend: {type: 'scroll', top: 0},
    grid: {left: 50, right: 20, top: 40, bottom: 30},
    xAxis: {type: 'category', data: years},
    yAxis: {type: 'value', axisLabel: share ? {formatter: v => Math.round(v * 100) + ' %'} : {}},
    series: shown.map(a => ({type: 'line', name: at(a.area), data: years.map(y => { const x = cell(a, y); return x ? (share ? x.event_share : x.events) : 0; })})),
  });
  c.on('click', p => { const a = shown[p.seriesIndex]; if (a) location.hash = '#/timeline?area=' + a.area + '&from=' + p.name + '&to=' + p.name; });
}

export {AREAS};
