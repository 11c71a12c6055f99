// Paging links under a list: '‹ previous · 31–60 of 10,595 · next ›', each a shareable hash link.
import {h} from './dom.js';
import {t} from './i18n.js';

/** {total, offset, limit} of an API answer; hrefFor(offset) → the hash of that page. */
export function pager({total, offset, limit}, hrefFor, id = 'pager') {
  if (!total) return null;
  const last = Math.min(total, offset + limit);
  const fmt = n => Number(n).toLocaleString();
  return h('nav', {class: 'pager', id, 'aria-label': t('pages')},
    offset > 0 ? h('a', {href: hrefFor(Math.max(0, offset - limit)), id: id + '-prev', rel: 'prev'}, '‹ ' + t('previous')) : h('span', {class: 'muted'}, '‹ ' + t('previous')),
    h('span', {class: 'page-range', id: id + '-range'}, fmt(offset + 1) + '–' + fmt(last) + ' ' + t('of') + ' ' + fmt(total)),
    last < total ? h('a', {href: hrefFor(offset + limit), id: id + '-next', rel: 'next'}, t('next') + ' ›') : h('span', {class: 'muted'}, t('next') + ' ›'));
}

/** A hash '#/PAGE?…' with some parameters changed (null removes one); changing a filter goes back to the first page. */
export function hashWith(page, params, changes) {
  const p = new URLSearchParams(params);
  if (!('offset' in changes)) p.delete('offset');
  for (const [k, v] of Object.entries(changes)) v === null || v === '' || v === 0 ? p.delete(k) : p.set(k, v);
  return '#/' + page + (p.toString() ? '?' + p : '');
}

/** An ISO date at any precision as the value of a date input: its first day, or its last when {@code end}. */
export function inputDay(iso, end = false) {
  if (!iso) return '';
  if (iso.length === 4) return iso + (end ? '-12-31' : '-01-01');
  if (iso.length === 7) return end ? new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7), 0)).toISOString().slice(0, 10) : iso + '-01';
  return iso;
}
