// Building the page without ever parsing text as HTML: every string becomes a text node (textContent), so markup
// inside a document (<script>, <img onerror>) is shown as characters and never runs.

/** h('a', {href: '#/x', class: 'k', onclick: fn}, 'text', child…) → an element; strings become text nodes. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * A search snippet is HTML whose only markup is <b>…</b> around matches, the text escaped by the server: split on
 * exactly those two tags, undo the five escapes, and put every piece in a text node, so nothing is parsed as HTML.
 */
export function snippet(text) {
  const out = document.createDocumentFragment();
  let bold = false;
  for (const piece of String(text).split(/(<b>|<\/b>)/)) {
    if (piece === '<b>') { bold = true; continue; }
    if (piece === '</b>') { bold = false; continue; }
    if (!piece) continue;
    const plain = unescapeHtml(piece);
    out.appendChild(bold ? h('mark', {}, plain) : document.createTextNode(plain));
  }
  return out;
}

/** The inverse of the server's snippet escaping (&amp; last, so "&amp;lt;" stays "&lt;"). */
function unescapeHtml(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** A link inside the app (hash routing). */
export function link(hash, ...children) { return h('a', {href: hash}, ...children); }

export function clip(text, n) {
  const s = String(text ?? '');
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

/** For the one place HTML strings are unavoidable (ECharts tooltip formatters): every special character escaped. */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}
