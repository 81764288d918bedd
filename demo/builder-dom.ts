// The builder page's small helpers: its language, its words, and elements made with DOM APIs only
// (every text from a file is set as text, never as HTML).
import { fiscalYearLabel } from '../src/core/fiscal-year.js';

export const lang: 'ja' | 'en' = document.documentElement.lang === 'en' ? 'en' : 'ja';

/** The page's words in its language. */
export const t = (ja: string, en: string) => (lang === 'en' ? en : ja);

/** A fiscal year as the page writes it: 令和6年度 / FY2024. */
export const fy = (year: number) => fiscalYearLabel(year, { locale: lang, style: lang === 'en' ? 'fy' : 'era' });

type Child = Node | string | null | undefined | false;

/** An element with attributes (`null`/`false` leaves one out, `true` sets it empty) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...(children.filter((c) => c !== null && c !== undefined && c !== false) as (Node | string)[]));
  return node;
}

/** A unique id for a label's `for` or an `aria-describedby`. */
let next = 0;
export const uid = (prefix: string) => `${prefix}-${++next}`;

/**
 * Says something to screen readers through a status region. The text is cleared first, so the
 * same words said again (the same counts after another change) are announced again.
 */
export function announce(region: HTMLElement, text: string): void {
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = text;
  });
}
