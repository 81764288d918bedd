import { isServer } from 'lit';

/**
 * Call first in `createRenderRoot()`, for a declarative shadow root written by the server.
 *
 * - With Lit's hydration support (policy-indicators/hydrate) it is kept and hydrated. A text binding
 *   the server rendered empty is two markers with no text node between them, where Lit, once it has
 *   hydrated the binding, writes the next text (into the closing marker: lit/lit#4937); an empty text
 *   node there is what a browser render would have made.
 * - Without it (the plain bundle on a server-rendered page) the browser hands that root, content and
 *   all, to `attachShadow`: it is emptied, so the element renders once instead of a second copy.
 */
export function prepareServerRoot(host: HTMLElement): void {
  const root = host.shadowRoot;
  if (isServer || !root?.firstChild) return;
  if (!('litElementHydrateSupport' in globalThis)) {
    root.replaceChildren();
    return;
  }
  const walker = host.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const empty: Comment[] = [];
  for (let node = walker.nextNode() as Comment | null; node; node = walker.nextNode() as Comment | null) {
    const next = node.nextSibling;
    if (node.data === 'lit-part' && next?.nodeType === Node.COMMENT_NODE && (next as Comment).data === '/lit-part') empty.push(node);
  }
  for (const marker of empty) marker.after(host.ownerDocument.createTextNode(''));
}
