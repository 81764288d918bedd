import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../core/localize.js';
import type { Problem } from '../../core/types.js';
import { messagesFor } from '../../i18n/messages.js';
import { dispatchIndicatorError } from './events.js';

/**
 * Keeps an element from going blank: whatever fails while an element derives or renders its view
 * becomes a visible message and one `indicator-error` event, never an exception out of the element.
 */
export class RenderGuard {
  private failure: string | null = null;
  private reported: string | null = null;

  /** The message to show in place of the element's content after `error` was thrown. */
  fail(error: unknown, locale: Locale): TemplateResult {
    this.failure = error instanceof Error ? error.message : String(error);
    return html`<div part="message" class="message" role="alert">${messagesFor(locale).load.failed}</div>`;
  }

  /** A render that did not fail clears the last failure. */
  clear(): void {
    this.failure = null;
  }

  /** After an update: dispatch `indicator-error` once per distinct failure. */
  report(host: HTMLElement, locale: Locale): void {
    if (!this.failure || this.failure === this.reported) {
      if (!this.failure) this.reported = null;
      return;
    }
    this.reported = this.failure;
    const problem: Problem = { path: '$', code: 'unknown-value', severity: 'error', got: this.failure, message: `$: ${this.failure}` };
    dispatchIndicatorError(host, { problems: [problem], message: messagesFor(locale).load.failed });
  }
}
