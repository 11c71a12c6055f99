// Foreign-relations relevance and areas of work in the UI (issue 16): the "only foreign affairs" switch of the
// timeline, country pages and partner network (on by default; ?fa=0 in the link turns it off), and the names of the
// areas of work. Labels live here rather than in i18n.js so this feature stays in one file.
import {h} from './dom.js';
import {lang} from './i18n.js';
import {hashWith} from './pager.js';

export const AREAS = ['party', 'state', 'people', 'defence', 'bilateral', 'multilateral', 'economic', 'borders-seas', 'citizens',
  'culture-info', 'doctrine'];

const LABELS = {
  party: ['Đối ngoại Đảng', 'Party diplomacy'],
  state: ['Ngoại giao Nhà nước', 'State diplomacy'],
  people: ['Đối ngoại nhân dân', "People's diplomacy"],
  defence: ['Đối ngoại quốc phòng, an ninh', 'Defence and security diplomacy'],
  bilateral: ['Quan hệ song phương', 'Bilateral relations'],
  multilateral: ['Ngoại giao đa phương', 'Multilateral diplomacy'],
  economic: ['Ngoại giao kinh tế', 'Economic diplomacy'],
  'borders-seas': ['Biên giới, biển đảo', 'Borders and seas'],
  citizens: ['Bảo hộ công dân, người Việt ở nước ngoài', 'Citizens and overseas Vietnamese'],
  'culture-info': ['Ngoại giao văn hóa, thông tin đối ngoại', 'Cultural diplomacy and external information'],
  doctrine: ['Đường lối, nguyên tắc', 'Doctrine and principles'],
  only_foreign: ['Chỉ đối ngoại', 'Only foreign affairs'],
  all_areas: ['Mọi lĩnh vực', 'All areas'],
  areas: ['Lĩnh vực', 'Areas'],
  areas_title: ['Sự kiện và số liệu theo lĩnh vực, theo năm', 'Events and figures per area of work, per year'],
  area_events: ['sự kiện', 'events'],
  area_figures: ['số liệu', 'figures'],
  area_share: ['tỷ trọng trong các sự kiện của năm', "share of the year's events"],
  relevance: ['Đối ngoại', 'Foreign affairs'],
  relevance_hint: ['Mức liên quan đến đối ngoại (0–1; từ 0,5 là đối ngoại)', 'Relevance to foreign relations (0–1; 0.5 and above counts)'],
};

/** ' · Đối ngoại 0.97' after a document's counts: its foreign-relations relevance (nothing for documents stored before). */
export function relevanceNote(relevance) {
  if (relevance === null || relevance === undefined) return null;
  return h('span', {id: 'doc-relevance', title: at('relevance_hint')}, ' · ' + at('relevance') + ' ' + relevance.toFixed(2));
}

/** A label of this feature in the current language. */
export function at(key) { const l = LABELS[key]; return l ? l[lang() === 'en' ? 1 : 0] : key; }

/** Whether a page's link asks for foreign affairs only: yes unless it says fa=0. */
export function foreignOnly(params) { return !params || params.get('fa') !== '0'; }

/** The API parameter for foreignOnly(params). */
export function foreignParam(params) { return foreignOnly(params) ? 'true' : ''; }

/** The "only foreign affairs" checkbox of a page: ticking it reloads the page's link with or without fa=0. */
export function foreignToggle(page, params, path = page) {
  const box = h('input', {type: 'checkbox', id: 'fa-only', name: 'fa', checked: foreignOnly(params),
    onchange: () => { location.hash = hashWith(path, params, {fa: box.checked ? null : '0'}); }});
  return h('label', {class: 'small muted fa-toggle'}, box, ' ', at('only_foreign'));
}

/** A select of the areas of work (value '' for all), named 'area'. */
export function areaSelect(id, value) {
  return h('select', {id, name: 'area'}, h('option', {value: ''}, at('all_areas')),
    AREAS.map(a => h('option', {value: a, selected: a === value}, at(a))));
}
