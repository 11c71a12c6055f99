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

let titles = null;

/** Document id → title, fetched once per page load (search hits carry only the id). */
export async function documentTitles() {
  if (!titles) titles = api('documents').then(r => new Map(r.documents.map(d => [d.id, d.title || d.id])));
  return titles;
}
