import { html, isServer, nothing, svg, type TemplateResult } from 'lit';
import { commonMessages, describeProblem } from '../../i18n/common.js';
import type { DataSourceController, LoadError } from './data-source.js';

/** The full sentence for a load error, with the whole URL: for `indicator-error` and the message's `title`. */
export function loadErrorMessage(error: LoadError, locale: string): string {
  const m = commonMessages(locale).load;
  switch (error.kind) {
    case 'http': return m.http(error.status ?? 0, error.statusText ?? '', error.source);
    case 'network': return m.network(error.source);
    case 'json': return m.json(error.detail ?? '', error.source);
    case 'timeout': return m.timeout(error.timeout ?? 0, error.source);
    case 'url': return m.url(error.source);
    default: return m.csv(error.source);
  }
}

/** The full sentence and every problem found (a CSV's missing column), one per line: the message's `title`. */
export function loadErrorDetails(error: LoadError, locale: string): string {
  return [loadErrorMessage(error, locale), ...(error.problems ?? []).map((p) => describeProblem(p, locale))].join('\n');
}

/**
 * The file a source names, as a reader recognises it: the last part of the URL's path without
 * query or fragment ("kpi.json"), else its host; the words for inline JSON; a long name shortened
 * in the middle.
 */
export function sourceName(source: string, locale: string): string {
  if (source === 'inline') return commonMessages(locale).load.inline;
  let name = source;
  try {
    const url = new URL(source, isServer || typeof document === 'undefined' ? 'http://localhost/' : document.baseURI);
    const last = url.pathname.split('/').filter(Boolean).pop();
    name = last ? decode(last) : url.host || source;
  } catch {
    // Not a URL: shown as given, shortened.
  }
  return name.length > 48 ? `${name.slice(0, 22)}…${name.slice(-22)}` : name;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The one short line shown for a load error: 「データを読み込めませんでした（404）：kpi.json」. */
export function loadErrorSummary(error: LoadError, locale: string): string {
  const m = commonMessages(locale).load;
  const r = m.reasons;
  const reason = error.kind === 'http' ? r.http(error.status ?? 0)
    : error.kind === 'timeout' ? r.timeout(error.timeout ?? 0)
      : r[error.kind];
  return m.short(reason, sourceName(error.source, locale));
}

const ERROR_MARK = svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 4.2v5M8 11v1.4" stroke="currentColor" stroke-width="2"/>`;

/**
 * What an element shows while its `src` loads, or when it failed: one short boxed line, the same in
 * the three elements (style it with `messageStyles`); the whole URL and every detail are in its
 * `title` and in `indicator-error`. Nothing once there is data.
 */
export function renderLoadState(source: DataSourceController, locale: string): TemplateResult | typeof nothing {
  if (source.state === 'loading') {
    return html`<span part="loading" class="loading pi-loading" role="status">${commonMessages(locale).load.loading}</span>`;
  }
  if (source.state === 'error' && source.error) {
    return html`<span part="message" class="pi-message" role="alert" title=${loadErrorDetails(source.error, locale)}><svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">${ERROR_MARK}</svg><span>${loadErrorSummary(source.error, locale)}</span></span>`;
  }
  return nothing;
}
