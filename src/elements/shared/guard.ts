import { html, type TemplateResult } from 'lit';
import type { Problem } from '../../core/types.js';
import { statusMessages } from '../../i18n/status.js';
import { dispatchIndicatorError } from './events.js';

/**
 * Keeps an element from going blank: whatever fails while an element derives or renders its view
 * becomes a visible message and one `indicator-error` event, never an exception out of the element.
 */
export class RenderGuard {
  private failure: string | null = null;
  private reported: string | null = null;

  /** The element's view, or the message in its place if making it throws. */
  render<T>(view: () => T, locale: string): T | TemplateResult {
    try {
      const result = view();
      this.failure = null;
      return result;
    } catch (e) {
      return this.fail(e, locale);
    }
  }

  /** The message to show in place of the element's content after `error` was thrown. */
  fail(error: unknown, locale: string): TemplateResult {
    this.failure = error instanceof Error ? error.message : String(error);
    return html`<div part="message" class="message" role="alert">${statusMessages(locale).load.failed}</div>`;
  }


  /** After an update: dispatch `indicator-error` once per distinct failure. */
  report(host: HTMLElement, locale: string): void {
    if (!this.failure || this.failure === this.reported) {
      if (!this.failure) this.reported = null;
      return;
    }
    this.reported = this.failure;
    const problem: Problem = { path: '$', code: 'unknown-value', severity: 'error', got: this.failure, message: `$: ${this.failure}` };
    dispatchIndicatorError(host, { problems: [problem], message: statusMessages(locale).load.failed });
  }
}
