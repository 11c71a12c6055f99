import {h, clear, clip} from '../dom.js';
import {t} from '../i18n.js';
import {enc, postForBlob, documentTitles} from '../api.js';
import {passageLink} from './search.js';
import {inputDay} from '../pager.js';

/**
 * Batch search (#/batch): a list of names or queries pasted one a line, each searched with the same filters by the
 * engine of caytre search --batch (POST /api/v1/search/batch): passages, documents, the documents with most matches and
 * the best passage per entry; the same table as CSV.
 */
export async function batchPage(view) {
  const text = h('textarea', {id: 'batch-entries', rows: 10, cols: 60, placeholder: 'Nhật Bản\nASEAN\n"kinh tế số"'},
    sessionStorage.getItem('caytre.batch') || '');
  const country = h('input', {id: 'batch-country', name: 'country', placeholder: t('country_filter'), size: 24});
  const from = h('input', {type: 'date', id: 'batch-from', name: 'from', value: inputDay('')});
  const to = h('input', {type: 'date', id: 'batch-to', name: 'to'});
  const out = h('div', {id: 'batch-results'});
  const body = () => ({text: text.value});
  const query = () => new URLSearchParams(Object.entries({country: country.value.trim(), from: from.value, to: to.value}).filter(([, v]) => v));
  const run = async e => {
    e.preventDefault();
    sessionStorage.setItem('caytre.batch', text.value);
    out.dataset.ready = 'false';
    clear(out, h('p', {class: 'muted'}, t('loading')));
    try {
      const r = await fetch('/api/v1/search/batch?' + query(), {method: 'POST', body: JSON.stringify(body()),
        headers: {'Content-Type': 'application/json', Accept: 'application/json'}});
      const answer = await r.json();
      if (!r.ok) throw new Error(answer?.error?.message || r.statusText);
      const titles = await documentTitles(answer.rows.flatMap(x => x.top_documents));
      clear(out, table(answer.rows, titles), h('button', {type: 'button', id: 'batch-csv', onclick: csv}, '⇩ ' + t('batch_csv')));
    } catch (err) {
      clear(out, h('div', {class: 'error', role: 'alert'}, t('error') + ': ' + err.message));
    }
    out.dataset.ready = 'true';
  };
  const csv = async () => {
    const blob = await postForBlob('search/batch?' + new URLSearchParams([...query(), ['format', 'csv']]), body());
    const a = h('a', {href: URL.createObjectURL(blob), download: 'caytre-batch.csv'});
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  clear(view, h('h1', {}, t('batch')), h('p', {class: 'muted small'}, t('batch_hint')),
    h('form', {id: 'batch-form', class: 'batch', onsubmit: run}, text, h('div', {class: 'filters'}, country,
      h('label', {class: 'small muted'}, t('from'), ' ', from), h('label', {class: 'small muted'}, t('to'), ' ', to),
      h('button', {type: 'submit', id: 'batch-run'}, t('batch_run')))), out);
}

function table(rows, titles) {
  return h('table', {class: 'grid', id: 'batch-table'},
    h('thead', {}, h('tr', {}, h('th', {}, t('entry')), h('th', {class: 'num'}, t('passages')), h('th', {class: 'num'}, t('documents')),
      h('th', {}, t('top_documents')), h('th', {}, t('best_passage')))),
    h('tbody', {}, rows.map(r => h('tr', {dataset: {entry: r.entry, passages: r.passages}},
      h('td', {}, h('a', {href: '#/search?q=' + enc(r.entry)}, r.entry)), h('td', {class: 'num'}, r.passages.toLocaleString()),
      h('td', {class: 'num'}, r.documents.toLocaleString()),
      h('td', {class: 'small'}, r.top_documents.map((d, i) => [i ? ' · ' : '', h('a', {href: '#/doc/' + enc(d)}, clip(titles.get(d) || d, 50))])),
      h('td', {class: 'small'}, r.best_passage ? h('a', {href: passageLink(r.best_passage)}, marked(r.snippet)) : '—')))));
}

/** The batch's snippet marks matches with « »: shown as marks, every piece a text node. */
function marked(s) {
  return String(s).split(/(«[^»]*»)/).filter(Boolean).map(p => p.startsWith('«') ? h('mark', {}, p.slice(1, -1)) : clip(p, 160));
}
