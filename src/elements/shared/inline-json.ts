import { isServer } from 'lit';

/** A dataset given inline: the element's child <script type="application/json"> (never seen on a server). */
export function inlineJson(host: Element): HTMLScriptElement | null {
  return isServer ? null : host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
}

/** Whether the element has a dataset given inline. */
export const hasInlineJson = (host: Element): boolean => inlineJson(host) !== null;
