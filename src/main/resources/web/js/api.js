// The JSON API under /api/v1; an error answer {"error": {"code", "message"}} becomes a thrown Error.

export async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const url = '/api/v1/' + path + (q.toString() ? '?' + q : '');
  const r = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const e = new Error(body?.error?.message || r.statusText);
    e.status = r.status;
    throw e;
  }
  return body;
}

export const enc = encodeURIComponent;

const titles = new Map();   // document id → title, filled as pages need them

/** The titles of these documents (one request for those not seen yet; never the whole store). */
export async function documentTitles(ids) {
  const missing = [...new Set(ids)].filter(id => !titles.has(id));
  for (let i = 0; i < missing.length; i += 200) {
    const {documents} = await api('documents', {ids: missing.slice(i, i + 200).join(',')});
    for (const d of documents) titles.set(d.id, d.title || d.id);
    for (const id of missing.slice(i, i + 200)) if (!titles.has(id)) titles.set(id, id);
  }
  return titles;
}
