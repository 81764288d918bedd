// In-page flattener of `npm run bench`: evaluated (as an expression) in a page where the elements
// have rendered. It turns what the elements drew into plain static HTML, the reference the
// benchmark compares them with ("static HTML built from the element's own flattened output"):
//
// - markup: each shadow host is written with its shadow root's content as ordinary children
//   (slots replaced by what they show); Lit's comment markers, <script> (the inline dataset) and
//   <style> are dropped; attributes are kept as they are (part, class, aria-*, data-indicator ...);
// - styles: the style sheets of every shadow root (adoptedStyleSheets and <style>), once per tag,
//   rewritten for the light DOM: `:host` becomes the tag, `:host(X)` `tag:is(X)`, `:host-context(X)`
//   `:is(X) tag`, and every other selector is scoped under the tag (`.num` -> `policy-indicator-table .num`).
//   A declaration the CSSOM reads back empty (see rewriteRule) stops the flattening with an error.
//   The document's own adopted sheets (the @page rule) are kept as they are. Scoping by descendant
//   selector lets a table rule reach into a badge, which a shadow root would not: an approximation
//   that does not change what is laid out in any way that matters for timing.
//
// Returns { css, html, rows: [{ id, html }] }: `html` is the body's content, `rows` each data row's
// own markup (for the static re-render of the sort and filter comparison).
(() => {
  const ROW = 'tr[part~="row"]';
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

  const sheetsByTag = new Map(); // tag -> Set<CSSStyleSheet>
  const rows = [];
  const out = [];

  function collectSheets(host) {
    const tag = host.localName;
    if (!sheetsByTag.has(tag)) sheetsByTag.set(tag, new Set());
    const set = sheetsByTag.get(tag);
    for (const sheet of host.shadowRoot.adoptedStyleSheets) set.add(sheet);
    for (const style of host.shadowRoot.querySelectorAll('style')) if (style.sheet) set.add(style.sheet);
  }

  function write(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(escapeText(node.data));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return; // comments: Lit's markers
    const tag = node.localName;
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    if (tag === 'slot') {
      const assigned = node.assignedNodes({ flatten: true });
      for (const child of assigned.length ? assigned : node.childNodes) write(child);
      return;
    }
    const start = out.length;
    out.push('<', tag);
    for (const a of node.attributes) out.push(' ', a.name, '="', escapeAttribute(a.value), '"');
    out.push('>');
    if (VOID.has(tag)) return;
    if (node.shadowRoot) collectSheets(node);
    for (const child of (node.shadowRoot ?? node).childNodes) write(child);
    out.push('</', tag, '>');
    if (node.matches(ROW)) rows.push({ id: node.getAttribute('data-indicator'), html: out.slice(start).join('') });
  }

  /** Splits a selector list at its top-level commas. */
  function splitList(text) {
    const parts = [];
    let depth = 0;
    let quote = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === ',' && depth === 0) {
        parts.push(text.slice(from, i));
        from = i + 1;
      }
    }
    parts.push(text.slice(from));
    return parts.map((p) => p.trim()).filter(Boolean);
  }

  /** The argument of a functional pseudo-class starting at `open` (the index of its "("), and the index after ")". */
  function argument(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) return [text.slice(open + 1, i), i + 1];
    }
    return [text.slice(open + 1), text.length];
  }

  /** One selector of a shadow root's sheet, rewritten for the light DOM under `tag`. */
  function rewriteSelector(selector, tag) {
    if (!/:host|::slotted/.test(selector)) return `${tag} ${selector}`;
    let result = '';
    let i = 0;
    while (i < selector.length) {
      const rest = selector.slice(i);
      const match = /^(:host-context|:host|::slotted)(\(?)/.exec(rest);
      if (!match) {
        result += selector[i++];
        continue;
      }
      const [, name, paren] = match;
      let arg = '';
      let next = i + name.length;
      if (paren) [arg, next] = argument(selector, next);
      if (name === ':host') result += arg ? `${tag}:is(${arg})` : tag;
      else if (name === ':host-context') result += `:is(${arg}) ${tag}`;
      else result += `:is(${arg})`; // ::slotted(x): the slotted node is now a plain descendant
      i = next;
    }
    return result;
  }

  /** A rule's text for the light DOM; grouping rules (@media, @supports, @container, @layer) recursively. */
  function rewriteRule(rule, tag) {
    if (rule instanceof CSSStyleRule) {
      // A declaration the CSSOM cannot give back (Chromium writes a shorthand with var() whose longhands
      // were partly set again as empty longhands): the reference would silently lack it. Stop instead.
      const lost = [...rule.style.cssText.matchAll(/(?:^|;)\s*([\w-]+):\s*(?=;)/g)].map((m) => m[1]);
      if (lost.length) throw new Error(`flatten: <${tag}> rule "${rule.selectorText}" cannot be copied (${lost.join(', ')} read back empty)`);
      const selectors = splitList(rule.selectorText).map((s) => rewriteSelector(s, tag)).join(', ');
      const nested = rule.cssRules?.length ? [...rule.cssRules].map((r) => rewriteRule(r, tag)).join('\n') : '';
      return `${selectors} { ${rule.style.cssText}${nested ? `\n${nested}` : ''} }`;
    }
    if (rule.cssRules) {
      const head = rule.cssText.slice(0, rule.cssText.indexOf('{'));
      return `${head}{\n${[...rule.cssRules].map((r) => rewriteRule(r, tag)).join('\n')}\n}`;
    }
    return rule.cssText; // @keyframes, @font-face, @property ...
  }

  for (const child of document.body.childNodes) write(child);
  const css = [
    ...[...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)),
    ...[...sheetsByTag].flatMap(([tag, sheets]) => [...sheets].flatMap((sheet) => [...sheet.cssRules].map((r) => rewriteRule(r, tag)))),
  ].join('\n');
  return { css, html: out.join(''), rows };
})();
