import { resolveLocale, type Locale } from '../../core/localize.js';

/** The language an element speaks: its own `lang`, else the nearest ancestor's, else the document's. */
export function elementLocale(element: HTMLElement): Locale {
  if (element.lang) return resolveLocale(element.lang);
  const root = element.closest('[lang]') as HTMLElement | null;
  return resolveLocale(root?.lang || element.ownerDocument?.documentElement.lang);
}
