// HTML for the `embed` and `render` commands of bin/policy-indicators.mjs.
import { createHash } from 'node:crypto';

/**
 * JSON that is safe as the text of a <script> element: "<" (so neither "</script" nor "<!--" can
 * occur), ">" and "&" become \u003c, \u003e, \u0026, and U+2028/U+2029 become \u2028/\u2029 (line
 * terminators in older JavaScript). JSON.parse reads the same data back.
 */
export function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value for a double-quoted HTML attribute. */
export const attribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ` name="value"` for each attribute given (undefined ones left out), escaped. */
export const attributes = (attrs) =>
  Object.entries(attrs).filter(([, v]) => v !== undefined).map(([name, v]) => ` ${name}="${attribute(v)}"`).join('');

/** The element with the dataset inline, as the elements read it in the browser. */
export function embedHtml(tag, dataset, attrs = {}) {
  return `<${tag}${attributes(attrs)}>\n  <script type="application/json">${scriptSafeJson(dataset)}</script>\n</${tag}>\n`;
}

/**
 * The element rendered on the server with @lit-labs/ssr: a static HTML fragment whose declarative
 * shadow DOM (styles inline, the real table, the chart's SVG and its sentence) reads with JavaScript
 * off, followed by the dataset inline, so that the browser, with `policy-indicators/hydrate` (or
 * dist/policy-indicators.hydrate.min.js), hydrates it from the same data. The server gets the dataset
 * as the `data` property (it does not give an element its light-DOM children); `attrs` (lang,
 * indicator-id, fiscal-year) go to both, so both render the same.
 */
export async function renderHtml(tag, dataset, attrs = {}, { nonce } = {}) {
  let ssr;
  try {
    ssr = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js'), import('lit/static-html.js')]);
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new Error('render needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr', { cause: e });
  }
  const [{ render }, { collectResult }, { html, unsafeStatic }] = ssr;
  await import('../dist/index.js'); // defines the elements (in Node: with Lit's own minimal DOM shim)
  const name = unsafeStatic(tag);
  const rendered = await collectResult(render(html`<${name}${unsafeStatic(attributes(attrs))} .data=${dataset}></${name}>`));
  // The markers of this one-element template are for hydrating it as a whole, which nothing does:
  // each element hydrates its own shadow root, whose markers stay.
  const close = `</${tag}>`;
  const element = /^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?([\s\S]*)<!--\/lit-part-->$/.exec(rendered)?.[1];
  if (!element?.startsWith(`<${tag}`) || !element.endsWith(close)) throw new Error(`unexpected server rendering of <${tag}>`);
  // The host's start tag keeps the spaces of its `.data` binding: one is enough.
  const host = element.slice(0, -close.length).replace(/^(<[a-z-]+)\s+(?=[\s>])/, '$1').replace(/^(<[a-z-]+)\s+/, '$1 ');
  const fragment = `${host}\n  <script type="application/json">${scriptSafeJson(dataset)}</script>\n${close}\n`;
  return nonce === undefined ? fragment : fragment.replace(/<style(?=[\s>])/g, `<style nonce="${attribute(nonce)}"`);
}

/**
 * The `style-src` sources that allow the inline `<style>` elements of rendered HTML under a strict
 * Content-Security-Policy: one `'sha256-…'` per distinct style text, for pages published as static
 * files (a nonce suits pages a server writes per response: `render --nonce`). Once the script has
 * loaded, the elements style themselves with constructable style sheets, which `style-src` allows.
 */
export function styleHashes(html) {
  const texts = new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  return [...texts].map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}
