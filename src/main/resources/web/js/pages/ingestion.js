import {h, clear} from '../dom.js';
import {t} from '../i18n.js';
import {api, send} from '../api.js';

/** Ingestion you can see: dead feeds as alerts, documents per day and source, the last runs, failures with their
 *  reasons and a button that re-runs them (POST status/rerun, as caytre status --rerun-failures), the feeds — all
 *  from the store's ingestion log (GET status, the JSON of caytre status --json). {@code said}: the last re-run's
 *  answer, shown above the failures when the page is drawn again after it. */
export async function ingestionPage(view, route = null, said = null) {
  const s = await api('status');
  const time = iso => iso ? iso.slice(0, 19).replace('T', ' ') : '—';
  const table = (heads, rows) => rows.length
    ? h('table', {class: 'small'}, h('thead', {}, h('tr', {}, heads.map(x => h('th', {}, t(x))))),
        h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(c => h('td', {}, c))))))
    : h('p', {class: 'muted'}, t('none'));
  const duration = sec => sec < 60 ? Math.round(sec) + ' s' : sec < 3600 ? Math.round(sec / 60) + ' min'
    : Math.floor(sec / 3600) + ' h ' + String(Math.floor(sec % 3600 / 60)).padStart(2, '0') + ' min';
  const running = s.runs.filter(r => r.status === 'running' && !r.finished_at);
  clear(view, h('h1', {}, t('ingestion')),
    s.feeds.filter(f => f.dead).map(f => h('div', {class: 'dead-feed', role: 'alert', dataset: {feed: f.name}},
      t('feed_dead'), ': ', f.name, ' (', f.url, ') · ', f.failures, ' ', t('failed_polls'), ' · ', f.last_error || '')),
    (s.alerts || []).filter(a => a.kind !== 'feed').map(a => h('div', {class: 'ingest-alert', role: 'alert', dataset: {kind: a.kind}},
      t('alert_' + a.kind), ': ', a.message)),
    running.length ? [h('h2', {}, t('running_now')), h('div', {id: 'running'}, running.map(r => {
      const p = r.progress;
      return h('div', {class: 'run-progress', dataset: {run: r.id}},
        p.fraction != null ? h('progress', {max: 1, value: p.fraction}) : null,
        r.kind, ' ', r.label, ' · ', p.documents, ' ', t('docs_done'), ' · ', (p.bytes / 1e6).toFixed(1),
        p.total_bytes != null ? ' / ' + (p.total_bytes / 1e6).toFixed(1) + ' MB (' + Math.round(100 * p.fraction) + '%)' : ' MB',
        p.eta_seconds != null ? ' · ' + t('eta') + ' ' + duration(p.eta_seconds) : '');
    }))] : null,
    h('p', {}, s.documents, ' ', t('documents').toLowerCase(), ' · ', s.withdrawn, ' ', t('withdrawn')),
    h('h2', {}, t('per_day')),
    table(['day', 'source', 'documents'], s.days.map(d => [d.day, d.source, d.documents])),
    h('h2', {}, t('last_runs')),
    h('div', {id: 'runs'}, table(['started', 'kind', 'run_status', 'stored', 'failed', 'source', 'run_time'], s.runs.map(r =>
      [time(r.started_at), r.kind, r.status + (r.error ? ' (' + r.error + ')' : ''), r.stored + r.replaced, r.failed, r.label,
        r.timing ? r.timing.document_seconds.toFixed(1) + ' s · ' + r.timing.commits + ' × ' + r.timing.commit_seconds.toFixed(1) + ' s' : '']))),
    h('h2', {}, t('failures')),
    h('p', {class: 'muted small'}, t('rerun_hint')),
    s.failures.length ? h('button', {id: 'rerun-failures', type: 'button', onclick: e => rerun(view, e.target)}, t('rerun_button')) : null,
    said,
    h('div', {id: 'failures'}, table(['at', 'source', 'reason'], s.failures.map(f => [time(f.at), f.source, f.error || '']))),
    s.feeds.length ? [h('h2', {}, t('feeds')), table(['name', 'last_ok', 'failed_polls', 'reason'],
      s.feeds.map(f => [f.name, time(f.last_ok_at), f.failures, f.last_error || '']))] : null);
}

/** The re-run, then the page again with what it did (or why it was refused: another run going, a missing token). */
async function rerun(view, button) {
  button.disabled = true;
  button.textContent = t('rerun_going');
  let said;
  try {
    const r = await send('POST', 'status/rerun');
    said = h('p', {id: 'rerun-result', class: 'rerun-result', role: 'status'}, r.run_id === null ? t('rerun_nothing')
      : [t('rerun_done'), ' ', r.failures, ' ', t('rerun_failures'), ': ', r.stored, ' ', t('rerun_stored'), ', ', r.still_failing,
        ' ', t('rerun_still'), r.not_rerunnable ? [', ', r.not_rerunnable, ' ', t('rerun_skipped')] : ''],
      r.skipped.map(x => h('div', {class: 'muted small'}, x.source, ': ', x.reason)));
  } catch (e) {
    said = h('p', {id: 'rerun-result', class: 'error', role: 'alert'}, t('error'), ': ', e.message);
  }
  if (location.hash.startsWith('#/ingestion')) await ingestionPage(view, null, said);   // unless the user went elsewhere
}
