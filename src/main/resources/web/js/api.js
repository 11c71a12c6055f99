// The JSON API under /api/v1; an error answer {"error": {"code", "message"}} becomes a thrown Error.

export async function api(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const url = '/api/v1/' + path + (q.toString() ? '?' + q : '');
  return answer(await fetch(url, {headers: {Accept: 'application/json'}}));
}

/** POSTs a JSON body with a reviewer's token (an analyst action); answers like api(). */
export async function apiPost(path, body, token) {
  return answer(await fetch('/api/v1/' + path, {method: 'POST', body: JSON.stringify(body),
    headers: {'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + token}}));
}

async function answer(r) {
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
export async function documentTitles(ids = []) {
  const missing = [...new Set(ids)].filter(id => !titles.has(id));
  for (let i = 0; i < missing.length; i += 200) {
    const {documents} = await api('documents', {ids: missing.slice(i, i + 200).join(',')});
    for (const d of documents) titles.set(d.id, d.title || d.id);
    for (const id of missing.slice(i, i + 200)) if (!titles.has(id)) titles.set(id, id);
  }
  return titles;
}

/**
 * A write (POST, DELETE) to the API. A server with a write token wants it: asked once, kept for the browser session,
 * asked again when refused.
 */
export async function send(method, path, body = null) {
  return withToken(method, path, body === null ? undefined : JSON.stringify(body), body === null ? {} : {'Content-Type': 'application/json'});
}

/** One file to POST /api/v1/documents (a zip: each of its files); the answer, or an Error naming the file and the reason. */
export async function uploadFile(file, name = file.name) {
  const form = new FormData();
  form.append('file', file, name);
  return withToken('POST', 'documents', form, {});
}

/** A raw answer (a download) of a POST with a JSON body; the error message when refused. */
export async function postForBlob(path, body) {
  const r = await fetch('/api/v1/' + path, {method: 'POST', body: JSON.stringify(body), headers: {'Content-Type': 'application/json'}});
  if (!r.ok) throw new Error((await r.json().catch(() => null))?.error?.message || r.statusText);
  return r.blob();
}

async function withToken(method, path, body, extraHeaders) {
  for (let attempt = 0; attempt < 2; attempt++) {
    const headers = {Accept: 'application/json', ...extraHeaders};
    const token = sessionStorage.getItem('caytre.token');
    if (token) headers.Authorization = 'Bearer ' + token;
    const r = await fetch('/api/v1/' + path, {method, headers, body});
    if (r.status === 401 && attempt === 0) {
      const given = prompt('Write token / Mã ghi');
      if (!given) break;
      sessionStorage.setItem('caytre.token', given.trim());
      continue;
    }
    const answer = r.status === 204 ? {} : await r.json().catch(() => null);
    if (!r.ok) {
      const e = new Error(answer?.error?.message || r.statusText);
      e.status = r.status;
      e.answer = answer;
      throw e;
    }
    return answer;
  }
  throw new Error('401');
}
