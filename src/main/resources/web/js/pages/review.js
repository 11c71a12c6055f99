import {h, clip} from '../dom.js';
import {t} from '../i18n.js';
import {apiPost, enc} from '../api.js';

const TOKEN = 'caytre-reviewer-token';

/**
 * An event's corroboration, its review history (who, when, what, before → after, why) and the analyst's controls:
 * confirm, reject, merge a duplicate into it, split selected reports off. Every action needs a reviewer's token (kept
 * for the browser session) and a reason; onChange() redraws after an action.
 */
export function reviewBlock(ev, history, onChange) {
  const c = ev.corroboration;
  const token = h('input', {type: 'password', id: 'review-token', placeholder: t('token'), size: 16, value: sessionStorage.getItem(TOKEN) || ''});
  const reason = h('input', {id: 'review-reason', placeholder: t('reason'), size: 28});
  const other = h('input', {id: 'review-other', placeholder: 'ev-…', size: 20});
  const message = h('p', {class: 'small', id: 'review-message'});
  const picks = ev.mentions.map(m => h('input', {type: 'checkbox', value: m.doc + '@' + m.offset, class: 'review-pick'}));
  const act = async (action, extra = {}) => {
    sessionStorage.setItem(TOKEN, token.value.trim());
    try {
      await apiPost('events/' + enc(ev.id) + '/review', {action, reason: reason.value.trim(), ...extra}, token.value.trim());
      message.textContent = '✓ ' + t(action);
      await onChange();
    } catch (e) {
      message.textContent = e.message;
      message.className = 'small review-failed';
    }
  };
  const button = (id, label, fn) => h('button', {type: 'button', id, onclick: fn}, label);
  return h('section', {class: 'review', id: 'event-review', dataset: {status: ev.review.status}},
    h('h4', {}, t('review')),
    h('p', {class: 'small', id: 'event-support'}, t('confidence'), ' ', c.confidence.toFixed(2), ' · ', c.documents, ' ', t('documents').toLowerCase(),
      ' · ', c.outlets, ' ', t('outlets'), c.sources.length ? ' (' + c.sources.join(', ') + ')' : '', c.official ? ' · ' + t('official_source') : '',
      ' · ', c.modality, ' · ', c.rules.join(', ')),
    h('p', {}, t('review_status'), ': ', h('strong', {id: 'review-status'}, t(ev.review.status)),
      ev.review.merged_into ? [' → ', ev.review.merged_into] : null),
    ev.review.status === 'merged' ? null : h('div', {class: 'review-actions'},
      h('div', {}, token, ' ', reason),
      h('div', {}, button('review-confirm', t('confirm'), () => act('confirm')), ' ', button('review-reject', t('reject'), () => act('reject'))),
      h('div', {}, t('merge_into'), ': ', other, ' ', button('review-merge', '⇐', () => act('merge', {other: other.value.trim()}))),
      ev.mentions.length > 1 ? h('div', {}, h('ul', {class: 'small'}, ev.mentions.map((m, i) => h('li', {}, picks[i], ' ', m.doc, ': ', clip(m.evidence, 80)))),
        button('review-split', t('split_off'), () => act('split', {mentions: picks.filter(p => p.checked).map(p => p.value)}))) : null,
      message),
    h('h4', {}, t('history_of_event'), ' (', history.length, ')'),
    h('ol', {class: 'small', id: 'review-history'}, history.map(r => h('li', {},
      h('strong', {}, r.reviewer), ' · ', r.at.slice(0, 16).replace('T', ' '), ' · ', r.action, r.other_id ? ' (' + r.other_id + ')' : '',
      ': ', r.reason, h('div', {class: 'muted'}, change(r))))));
}

/** What an action changed, as "field: before → after" for the fields that differ. */
function change(r) {
  const b = r.before || {}, a = r.after || {};
  if (!b || typeof b !== 'object' || b[r.target_id]) return '';
  return Object.keys(a).filter(k => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map(k => k + ': ' + clip(JSON.stringify(b[k] ?? null), 60) + ' → ' + clip(JSON.stringify(a[k]), 60)).join('; ');
}
