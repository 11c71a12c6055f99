// Download links under a filtered list: the same filters as the list, every row (GET /api/v1/export/LIST).
import {h} from './dom.js';
import {t} from './i18n.js';

/** 'Tải về: CSV · JSONL (· GraphML)' for the list with these filters (empty values left out). */
export function exportLinks(list, filters, formats = ['csv', 'jsonl'], id = 'export-' + list) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  return h('p', {class: 'exports small muted', id}, t('download') + ': ',
    formats.map((f, i) => [i ? ' · ' : '', h('a', {href: '/api/v1/export/' + list + '?' + new URLSearchParams([...q, ['format', f]]),
      download: 'caytre-' + list + '.' + f, class: 'export-' + f}, f.toUpperCase())]));
}
