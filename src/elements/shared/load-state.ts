import { html, nothing, type TemplateResult } from 'lit';
import { commonMessages, describeProblem } from '../../i18n/common.js';
import type { DataSourceController, LoadError } from './data-source.js';

/** The sentence for a load error, in the element's language. */
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

/** What an element shows while its `src` loads, or when it failed; nothing once there is data. */
export function renderLoadState(source: DataSourceController, locale: string): TemplateResult | typeof nothing {
  if (source.state === 'loading') {
    return html`<p part="loading" class="loading" role="status">${commonMessages(locale).load.loading}</p>`;
  }
  if (source.state === 'error' && source.error) {
    const problems = source.error.problems ?? [];
    return html`<div part="message" class="message load-error" role="alert">
      <p>${loadErrorMessage(source.error, locale)}</p>
      ${problems.length ? html`<ul>${problems.map((p) => html`<li>${describeProblem(p, locale)}</li>`)}</ul>` : nothing}
    </div>`;
  }
  return nothing;
}
