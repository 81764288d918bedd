import { isServer } from 'lit';

/**
 * The language tag an element speaks: its own `lang`, else the nearest ancestor's, else the
 * document's; "ja" when none is set. Texts and numbers follow `resolveLocale` (Japanese or English);
 * the words of the element follow this tag through the message catalogues (`registerMessages`),
 * so `lang="ko"` can show Korean words a page registered.
 * On the server (SSR) there is no tree to climb: its own `lang`, else Japanese; give a server-rendered
 * element its `lang` so the browser, which then sees the page's, hydrates the same text.
 */
export function elementLocale(element: HTMLElement): string {
  if (element.lang) return element.lang;
  if (isServer) return 'ja';
  const root = element.closest('[lang]') as HTMLElement | null;
  return root?.lang || element.ownerDocument?.documentElement.lang || 'ja';
}
