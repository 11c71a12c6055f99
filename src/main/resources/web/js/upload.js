// Uploading from the desk: drop files, folders or a zip (or pick them), each sent to POST /api/v1/documents — the same ingest as
// caytre ingest — with the write token; one line per file says what became of it, a refused file with its reason.
import {h, clip} from './dom.js';
import {t} from './i18n.js';
import {uploadFile, enc} from './api.js';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,.docx,.jsonl,.zip';
const TYPES = new Set(ACCEPT.split(',').map(x => x.slice(1)));

/** A folder's file as one name: its path inside the folder, folders joined by '_' (as the server names a zip's files). */
function flatName(file) {
  const path = file.webkitRelativePath || file.relativePath || file.name;
  return path.split('/').filter(Boolean).join('_');
}

/** Files of a folder that are documents (by extension); hidden files never, the others counted as skipped. */
function documentsOf(files) {
  const kept = [];
  let skipped = 0;
  for (const f of files) {
    const path = f.webkitRelativePath || f.relativePath || f.name;
    if (path.split('/').some(p => p.startsWith('.'))) continue;
    const ext = f.name.includes('.') ? f.name.slice(f.name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (TYPES.has(ext)) kept.push(f); else skipped++;
  }
  return {kept, skipped};
}

/** Every file under the dropped items, folders read recursively (the browser's entries API); each keeps its path. */
async function droppedFiles(items) {
  const out = [];
  const walk = async entry => {
    if (entry.isFile) {
      const file = await new Promise((ok, fail) => entry.file(ok, fail));
      file.relativePath = entry.fullPath.replace(/^\//, '');
      out.push(file);
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (let batch; (batch = await new Promise((ok, fail) => reader.readEntries(ok, fail))).length;) for (const e of batch) await walk(e);
    }
  };
  for (const entry of [...items].map(i => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean)) await walk(entry);
  return out;
}

/** The drop zone; onDone() runs after a batch when at least one document was stored or replaced. */
export function uploadBox(onDone) {
  const results = h('ul', {class: 'upload-results', id: 'upload-results'});
  const input = h('input', {type: 'file', id: 'upload-input', multiple: true, accept: ACCEPT, onchange: () => send([...input.files])});
  const folder = h('input', {type: 'file', id: 'upload-folder', webkitdirectory: true, multiple: true, onchange: () => send([...folder.files])});
  const zone = h('div', {class: 'dropzone', id: 'upload-zone', tabindex: 0},
    h('strong', {}, t('upload_drop')), ' ', h('label', {class: 'linkish'}, t('upload_pick'), input),
    ' ', h('label', {class: 'linkish'}, t('upload_pick_folder'), folder),
    h('div', {class: 'small muted'}, t('upload_hint')));
  zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', async e => {
    e.preventDefault();
    zone.classList.remove('over');
    const items = e.dataTransfer.items;
    send(items && items.length && items[0].webkitGetAsEntry ? await droppedFiles(items) : [...e.dataTransfer.files]);
  });

  async function send(given) {
    const {kept: files, skipped} = documentsOf(given);
    if (skipped) results.prepend(h('li', {class: 'skipped muted', id: 'upload-skipped'}, skipped + ' ' + t('upload_skipped')));
    let stored = 0;
    zone.dataset.busy = 'true';
    for (const file of files) {
      const name = flatName(file);
      const line = h('li', {class: 'pending'}, name, ' …');
      results.prepend(line);
      try {
        const r = await uploadFile(file, name);
        const rows = r.files || [{name, ...r}];
        line.replaceWith(...rows.map(row));
        stored += rows.filter(x => x.status === 'stored' || x.status === 'replaced').length;
      } catch (e) {
        line.replaceWith(...(e.answer?.files ? e.answer.files.map(row) : [row({name, status: 'failed', error: e.message})]));
      }
    }
    input.value = '';
    zone.dataset.busy = 'false';
    folder.value = '';
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
