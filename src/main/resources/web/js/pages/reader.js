import {h, clear, link, clip} from '../dom.js';
import {t, entityName, entityHref, indicatorName} from '../i18n.js';
import {reviewBlock} from './review.js';
import {api, enc} from '../api.js';
import {relevanceNote} from '../areas.js';

const SEP = ' › ';

/**
 * The document reader: the repaired text paragraph by paragraph with its section outline; entities, figures and
 * event evidence highlighted from the annotation offsets; footnote markers that open their footnote; a side panel
 * for the record behind a highlight. #/doc/ID/p3, #/doc/ID/f2, #/doc/ID/at/OFFSET and #/doc/ID/e/EVENT are
 * shareable deep links.
 */
export async function readerPage(view, {parts}) {
  const [docId, target, arg] = parts;
  const d = await api('documents/' + enc(docId));
  const paragraphs = d.passages.filter(p => p.kind === 'paragraph');
  const footnotes = d.passages.filter(p => p.kind === 'footnote');
  const a = d.annotations;
  const panel = h('aside', {class: 'panel', id: 'panel', hidden: true});
  const ctx = {d, panel, footnotes};
  const article = h('article', {class: 'reader', id: 'reader'},
    h('h1', {}, d.title || d.id),
    h('p', {class: 'muted small'}, d.id, ' · ', d.date || t('undated'), ' · ', d.passages_count, ' ', t('passages'), ' · ',
      d.events_count, ' ', t('events'), ' · ', d.statistics_count, ' ', t('statistics'), relevanceNote(d.relevance),
      d.original ? [' · ', h('a', {href: d.original, download: '', id: 'original-file'}, '⇩ ' + t('original_file'))] : null),
    paragraphs.map(p => paragraph(p, a, footnotes, ctx)),
    footnotes.length ? h('section', {class: 'footnotes'}, h('h2', {}, t('footnotes')), h('ol', {}, footnotes.map(f =>
      h('li', {id: key(f), value: f.number}, f.text)))) : null);
  article.addEventListener('click', e => onClick(e, ctx));
  clear(view, h('div', {class: 'reader-layout'}, h('div', {class: 'reader-side'}, outline(paragraphs), legend()), article, panel));
  focus(target, arg, ctx, paragraphs);
}

/** What the underlines and markers of the text mean, drawn with the same classes as the text. */
function legend() {
  return h('section', {class: 'legend-box', id: 'reader-legend'}, h('h3', {}, t('legend')), h('ul', {},
    [['hl-ent', 'legend_ent'], ['hl-ev', 'legend_ev'], ['hl-fig', 'legend_fig'], ['hl-date', 'legend_date']].map(([cls, key]) =>
      h('li', {}, h('span', {class: cls}, t(key)))),
    h('li', {}, h('sup', {}, h('span', {class: 'fn-marker'}, '1')), ' ', t('legend_fn'))));
}

/** 'p3' / 'f2': the tail of the passage id, also the element id. */
function key(p) { return p.id.slice(p.id.lastIndexOf(':') + 1); }

function outline(paragraphs) {
  const seen = new Set();
  const items = [];
  for (const p of paragraphs) {
    if (!p.section_path || seen.has(p.section_path)) continue;
    seen.add(p.section_path);
    const path = p.section_path.split(SEP);
    items.push(h('li', {style: {paddingLeft: (path.length - 1) * 0.9 + 'em'}},
      h('a', {href: '#/doc/' + enc(p.doc) + '/' + key(p), onclick: e => { e.preventDefault(); jump(key(p), p.doc); }},
        clip(path[path.length - 1], 70))));
  }
  return h('nav', {class: 'outline', id: 'outline'}, h('h3', {}, t('outline')), items.length ? h('ul', {}, items) : h('p', {class: 'muted'}, '—'));
}

/** One paragraph cut at every annotation boundary; each piece carries the annotations that cover it. */
function paragraph(p, a, footnotes, ctx) {
  const s = p.start, e = p.end;
  const spans = [];
  a.entities.forEach((x, i) => { if (x.start >= s && x.end <= e) spans.push({kind: 'ent', i, start: x.start, end: x.end}); });
  a.statistics.forEach((x, i) => { if (x.start < e && x.end > s) spans.push({kind: 'fig', i, start: Math.max(s, x.start), end: Math.min(e, x.end)}); });
  a.events.forEach((x, i) => { if (x.start < e && x.end > s) spans.push({kind: 'ev', i, start: Math.max(s, x.start), end: Math.min(e, x.end)}); });
  (a.dates || []).forEach((x, i) => { if (x.start >= s && x.end <= e) spans.push({kind: 'date', i, start: x.start, end: x.end}); });
  const markers = footnotes.filter(f => f.marker_offset !== null && f.marker_offset >= s && f.marker_offset <= e);
  const cuts = new Set([s, e]);
  spans.forEach(x => { cuts.add(x.start); cuts.add(x.end); });
  markers.forEach(f => cuts.add(f.marker_offset));
  const points = [...cuts].sort((x, y) => x - y);
  const out = h('p', {id: key(p), class: 'para', dataset: {start: s, end: e}});
  for (let k = 0; k < points.length; k++) {
    const at = points[k];
    markers.filter(f => f.marker_offset === at).forEach(f => out.appendChild(h('sup', {},
      h('a', {class: 'fn-marker', href: '#/doc/' + enc(p.doc) + '/' + key(f), dataset: {fn: key(f)}, title: clip(f.text, 120)}, String(f.number)))));
    if (k + 1 >= points.length) break;
    const b = points[k + 1];
    const text = p.text.slice(at - s, b - s);
    const over = spans.filter(x => x.start <= at && x.end >= b);
    if (!over.length) { out.appendChild(document.createTextNode(text)); continue; }
    const piece = h('span', {class: over.map(x => 'hl-' + x.kind).join(' ')}, text);
    for (const x of over) piece.dataset[x.kind] = x.i;   // the innermost of each kind wins (later spans are nested)
    out.appendChild(piece);
  }
  return out;
}

function onClick(e, ctx) {
  const marker = e.target.closest('.fn-marker');
  if (marker) {
    e.preventDefault();
    showFootnote(marker.dataset.fn, ctx);
    return;
  }
  const piece = e.target.closest('.hl-ent, .hl-fig, .hl-ev, .hl-date');
  if (!piece) return;
  if (piece.dataset.ent !== undefined) showEntity(ctx.d.annotations.entities[piece.dataset.ent], ctx);
  else if (piece.dataset.date !== undefined && piece.dataset.fig === undefined && piece.dataset.ev === undefined)
    showDate(ctx.d.annotations.dates[piece.dataset.date], ctx);
  else if (piece.dataset.fig !== undefined) showFigure(ctx.d.annotations.statistics[piece.dataset.fig], ctx);
  else showEvent(ctx.d.annotations.events[piece.dataset.ev], ctx);
}

function share(tail, ctx) { history.replaceState(null, '', '#/doc/' + enc(ctx.d.id) + '/' + tail); }

function openPanel(ctx, kind, ...children) {
  clear(ctx.panel, h('div', {class: 'panel-head'}, h('strong', {}, kind),
    h('button', {type: 'button', class: 'close', id: 'panel-close', onclick: () => { ctx.panel.hidden = true; }}, '✕ ' + t('close'))), children);
  ctx.panel.hidden = false;
  ctx.panel.dataset.kind = kind;
}

function showFootnote(fnKey, ctx) {
  const f = ctx.footnotes.find(x => key(x) === fnKey);
  if (!f) return;
  openPanel(ctx, t('footnote') + ' ' + f.number, h('p', {class: 'footnote-text', id: 'footnote-text'}, f.text));
  share(fnKey, ctx);
}

async function showEntity(x, ctx) {
  openPanel(ctx, t('entity'), h('p', {}, h('strong', {}, x.text), ' · ', entityName(x.entity), ' · ', t(x.type)));
  const info = await api('entities/' + enc(x.entity), {limit: 20});
  ctx.panel.append(h('p', {class: 'small'}, info.names.slice(0, 12).join(' · ')),
    h('p', {}, link(entityHref(x.entity), (/^[A-Z]{3}$/.test(x.entity) ? t('open_country') : t('open_entity')) + ' — ' + entityName(x.entity))),
    h('h4', {}, t('named_in'), ' (', (info.documents_total ?? info.documents.length).toLocaleString(), ')'),
    h('ul', {}, info.documents.map(doc => h('li', {}, link('#/doc/' + enc(doc), doc)))));
}

function showDate(x, ctx) {
  openPanel(ctx, t('date'), h('dl', {},
    h('dt', {}, t('date')), h('dd', {}, x.value),
    h('dt', {}, t('evidence')), h('dd', {class: 'quote'}, x.text)));
  share('at/' + x.start, ctx);
}

function showFigure(x, ctx) {
  openPanel(ctx, t('figure'), h('dl', {},
    h('dt', {}, t('indicator')), h('dd', {}, indicatorName(x.indicator)),
    h('dt', {}, t('value')), h('dd', {}, (x.approximate ? t('approximate') + ' ' : '') + x.value.toLocaleString(), ' ', x.unit || ''),
    h('dt', {}, t('period')), h('dd', {}, x.period || '—'),
    h('dt', {}, t('subject')), h('dd', {}, x.subject ? entityName(x.subject) : '—'),
    h('dt', {}, t('evidence')), h('dd', {class: 'quote'}, x.evidence)));
  share('at/' + x.start, ctx);
}

/** The event's record, and the other documents that report the same (merged) event. */
export async function showEvent(x, ctx) {
  openPanel(ctx, t('event') + ': ' + t(x.type), h('dl', {},
    h('dt', {}, t('participants')), h('dd', {}, x.participants.map(p => link(entityHref(p), entityName(p))).flatMap((n, i) => i ? [', ', n] : [n])),
    x.people && x.people.length ? [h('dt', {}, t('person')), h('dd', {}, x.people.map(p => link(entityHref(p), entityName(p))).flatMap((n, i) => i ? [', ', n] : [n]))] : null,
    h('dt', {}, t('date')), h('dd', {}, x.date || t('undated')),
    Object.entries(x.attrs).filter(([, v]) => v !== null).map(([k, v]) => [h('dt', {}, t(k)),
      h('dd', {class: 'small'}, attrValue(v))]),
    h('dt', {}, t('evidence')), h('dd', {class: 'quote'}, x.evidence)));
  ctx.panel.dataset.event = x.event;
  share('e/' + enc(x.event), ctx);
  const [merged, trail] = await Promise.all([api('events/' + enc(x.event)).catch(() => null),
    api('events/' + enc(x.event) + '/history').catch(() => ({history: []}))]);
  if (!merged) return;
  const others = merged.mentions.filter(m => !(m.doc === ctx.d.id && m.offset === x.start));
  ctx.panel.append(h('h4', {}, t('other_sources'), ' (', others.length, ')'), h('ul', {class: 'sources', id: 'event-sources'},
    others.map(m => h('li', {}, link('#/doc/' + enc(m.doc) + '/at/' + m.offset, m.doc), m.outlet ? ' · ' + m.outlet : '',
      h('div', {class: 'quote small'}, clip(m.evidence, 220))))),
    reviewBlock(merged, trail.history, () => showEvent(x, ctx)));
}

/** An event attribute as the reader shows it: an id as its linked name, a list item by item, a word in the UI language. */
function attrValue(v) {
  if (Array.isArray(v)) return v.map(attrValue).flatMap((n, i) => i ? [', ', n] : [n]);
  if (typeof v === 'string' && /^([A-Z]{3}|(ORG|AGR|PER):.+)$/.test(v)) return link(entityHref(v), entityName(v));
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : t(String(v));
}

function jump(elementId, docId) {
  const el = document.getElementById(elementId);
  if (!el) return;
  el.scrollIntoView({block: 'center'});
  el.classList.remove('flash');
  void el.offsetWidth;   // restart the animation
  el.classList.add('flash');
  history.replaceState(null, '', '#/doc/' + enc(docId) + '/' + elementId);
}

function focus(target, arg, ctx, paragraphs) {
  if (!target) return;
  if (/^p\d+$/.test(target)) jump(target, ctx.d.id);
  else if (/^f[\d-]+$/.test(target)) { showFootnote(target, ctx); document.getElementById(target)?.scrollIntoView({block: 'center'}); }
  else if (target === 'at') {
    const offset = Number(arg);
    const p = paragraphs.find(x => x.start <= offset && offset < x.end) || ctx.footnotes.find(x => x.start <= offset && offset < x.end);
    if (p) jump(key(p), ctx.d.id);
    share('at/' + offset, ctx);
  } else if (target === 'e') {
    const ev = ctx.d.annotations.events.find(x => x.event === arg);
    if (ev) {
      showEvent(ev, ctx);
      const p = paragraphs.find(x => x.start <= ev.start && ev.start < x.end);
      if (p) document.getElementById(key(p))?.scrollIntoView({block: 'center'});
    }
  }
}
