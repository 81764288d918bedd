import { html, isServer, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { statusMessages } from '../../i18n/status.js';
import type { OnDemand } from './on-demand.js';

/**
 * An element's data support, loaded on demand (see on-demand.ts): `get(needed)` gives it, or starts
 * loading it when the element has something to show and gives undefined until it has arrived (the
 * element then renders `pending()`). A support that cannot be loaded (a network failure on a
 * code-split page) is a `failure`, shown and reported by the element, and tried again on `reload()`
 * (another element that needs it tries again on its own).
 */
export class SupportLoader<T> {
  /** Why the support could not be loaded, once it failed. */
  failure: string | undefined;
  private loading = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly support: OnDemand<T>) {
  }

  get(needed: boolean): T | undefined {
    const support = this.support.get();
    if (support) {
      this.failure = undefined;
      return support;
    }
    if (needed && !isServer && !this.loading && this.failure === undefined) {
      this.loading = true;
      this.support.load().then(
        () => {
          this.loading = false;
          this.host.requestUpdate();
        },
        (e: unknown) => {
          this.loading = false;
          this.failure = String((e as Error)?.message ?? e);
          this.host.requestUpdate();
        },
      );
    }
    return undefined;
  }

  /** After a failure: try again at the next update (the element's `reload()`). */
  retry(): void {
    this.failure = undefined;
  }

  /** Resolves once the support has arrived or failed (for the element's `updateComplete`). */
  async settled(): Promise<void> {
    while (this.loading && !this.support.get()) await this.support.load().catch(() => undefined);
  }

  /** What the element shows meanwhile: that the data is loading, or that the content could not be shown. */
  pending(locale: string): TemplateResult {
    const words = statusMessages(locale).load;
    return this.failure !== undefined
      ? html`<span part="message" class="pi-message" role="alert">${words.failed}</span>`
      : html`<span part="loading" class="loading pi-loading" role="status">${words.loading}</span>`;
  }

  /** The message of `indicator-error` for a failure. */
  failureMessage(locale: string): string {
    return `${statusMessages(locale).load.failed} (${this.failure})`;
  }
}
