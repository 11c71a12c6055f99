// "Viết báo cáo": the footnoted brief of a country, an area of work or a search's documents (GET /api/v1/brief) as a
// download, for the years and the format chosen here; the link is rebuilt on every change, so what is clicked is what is
// downloaded.
import {h} from './dom.js';
import {lang} from './i18n.js';
import {AREAS, at} from './areas.js';

const WORDS = {
  write_brief: ['Viết báo cáo', 'Write a brief'],
  from: ['từ năm', 'from'],
  to: ['đến năm', 'to'],
  all_events: ['mọi sự kiện (kể cả chỉ có một nguồn)', 'every event (single-source included)'],
  matched_only: ['chỉ các đoạn khớp', 'matching passages only'],
};
const w = key => WORDS[key][lang() === 'en' ? 1 : 0];

/**
 * The form: {country} or {area} (with {area: ''} an area select, multilateral first chosen), the first and last year
 * (defaults: the years given, else the last five), the format, and the download link. With {search} (the search's query
 * and filters) the brief is of the documents that search returns, and the search sets the years. {foreign}: only what
 * was read from passages about foreign relations (the page's "Chỉ đối ngoại" switch; on by default).
 */
export function briefForm({country = '', area = null, years = [], search = null, foreign = true} = {}) {
  const now = new Date().getFullYear();
  const numeric = years.filter(y => /^\d{4}$/.test(y)).map(Number);
  const from = h('input', {type: 'number', id: 'brief-from', min: 1945, max: now, value: numeric.length ? Math.min(...numeric) : now - 4});
  const to = h('input', {type: 'number', id: 'brief-to', min: 1945, max: now, value: numeric.length ? Math.max(...numeric) : now});
  const format = h('select', {id: 'brief-format'}, ['pdf', 'docx', 'md'].map(f => h('option', {value: f}, f.toUpperCase())));
  const areaSelect = area === '' ? h('select', {id: 'brief-area'}, AREAS.map(a => h('option', {value: a, selected: a === 'multilateral'}, at(a)))) : null;
  const all = h('input', {type: 'checkbox', id: 'brief-all'});
  const matched = search ? h('input', {type: 'checkbox', id: 'brief-matched'}) : null;
  const link = h('a', {id: 'brief-download', class: 'button', role: 'button'}, w('write_brief'));
  const update = () => {
    const q = new URLSearchParams();
    const a = areaSelect ? areaSelect.value : area;
    if (search) {
      q.set('q', search.q || '');
      for (const [k, v] of Object.entries(search)) if (k !== 'q' && v) q.set(k, v);
    } else {
      if (country) q.set('country', country);
      if (a) q.set('area', a);
      q.set('from', from.value);
      q.set('to', to.value);
    }
    q.set('format', format.value);
    q.set('lang', lang());
    if (all.checked) q.set('all', 'true');
    if (matched && matched.checked) q.set('matched_only', 'true');
    if (!foreign) q.set('foreign', 'false');
    link.href = '/api/v1/brief?' + q;
    // the server names the file (Content-Disposition) for a search; here the name of a country's or an area's brief
    if (search) link.setAttribute('download', '');
    else link.setAttribute('download', 'caytre-brief-' + (country || a) + '-' + from.value + '-' + to.value + '.' + format.value);
  };
  for (const el of [from, to, format, areaSelect, all, matched]) if (el) for (const ev of ['input', 'change']) el.addEventListener(ev, update);
  update();
  const yearInputs = search ? [] : [h('label', {class: 'small'}, w('from'), ' ', from), ' ', h('label', {class: 'small'}, w('to'), ' ', to), ' '];
  return h('form', {class: 'brief filters', id: 'brief-form', onsubmit: e => e.preventDefault()},
    areaSelect, ...yearInputs, format, ' ', h('label', {class: 'small muted'}, all, ' ', w('all_events')), ' ',
    matched ? h('label', {class: 'small muted'}, matched, ' ', w('matched_only')) : null, ' ', link);
}
