import type { Problem } from '../../core/types.js';

/** Detail of the `indicator-error` event. */
export interface IndicatorErrorDetail {
  /** Every problem found, each located (path, indicator, field, year). */
  problems: Problem[];
  /** A one-line summary in the element's language. */
  message: string;
}

/** Dispatches `indicator-error` (bubbles, composed) from an element. */
export function dispatchIndicatorError(target: EventTarget, detail: IndicatorErrorDetail): void {
  target.dispatchEvent(new CustomEvent<IndicatorErrorDetail>('indicator-error', { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'indicator-error': CustomEvent<IndicatorErrorDetail>;
  }
}
