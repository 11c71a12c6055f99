// Uploading from the desk: drop files or a zip (or pick them), each sent to POST /api/v1/documents — the same ingest as
// caytre ingest — with the write token; one line per file says what became of it, a refused file with its reason.
import {h, clip} from './dom.js';
import {t} from './i18n.js';
import {uploadFile, enc} from './api.js';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx,.jsonl,.zip';

/** The drop zone; onDone() runs after a batch when at least one document was stored or replaced. */
export function uploadBox(onDone) {
  const results = h('ul', {class: 'upload-results', id: 'upload-results'});
  const input = h('input', {type: 'file', id: 'upload-input', multiple: true, accept: ACCEPT, onchange: () => send([...input.files])});
  const zone = h('div', {class: 'dropzone', id: 'upload-zone', tabindex: 0},
    h('strong', {}, t('upload_drop')), ' ', h('label', {class: 'linkish'}, t('upload_pick'), input),
    h('div', {class: 'small muted'}, t('upload_hint')));
  zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', e => { e.preventDefault(); zone.classList.remove('over'); send([...e.dataTransfer.files]); });

  async function send(files) {
    let stored = 0;
    zone.dataset.busy = 'true';
    for (const file of files) {
      const line = h('li', {class: 'pending'}, file.name, ' …');
      results.prepend(line);
      try {
        const r = await uploadFile(file);
        const rows = r.files || [{name: file.name, ...r}];
        line.replaceWith(...rows.map(row));
        stored += rows.filter(x => x.status === 'stored' || x.status === 'replaced').length;
      } catch (e) {
        line.replaceWith(...(e.answer?.files ? e.answer.files.map(row) : [row({name: file.name, status: 'failed', error: e.message})]));
      }
    }
    input.value = '';
    zone.dataset.busy = 'false';
    zone.dataset.uploaded = String(Number(zone.dataset.uploaded || 0) + files.length);
    if (stored && onDone) onDone();
  }
  return h('section', {class: 'upload', id: 'upload'}, zone, results);
}

/** One file's fate: stored/replaced (a link to the document), unchanged (the same content is already stored), failed. */
function row(r) {
  if (r.status === 'failed')
    return h('li', {class: 'failed', dataset: {name: r.name}}, '✗ ', r.error && r.error.startsWith(r.name) ? r.error : r.name + ': ' + r.error);
  const label = r.status === 'unchanged' ? t('upload_unchanged') : t('upload_' + r.status);
  return h('li', {class: 'ok', dataset: {name: r.name, doc: r.id || ''}}, '✓ ',
    r.id ? h('a', {href: '#/doc/' + enc(r.id)}, clip(r.title || r.id, 90)) : r.name, ' · ', label,
    r.id ? ' · ' + r.passages + ' ' + t('passages') + ', ' + r.events + ' ' + t('events') : '');
}
