import { html, nothing, type TemplateResult } from 'lit';
import { Markup, templateStrings } from '../shared/markup.js';

/** Templates built by `TextMarkup`, by their markup and which of their values are text. */
const templates = new Map<string, TemplateStringsArray>();

/**
 * A kept row's cells (see RowNodes), in the browser: as `Markup`, except that a value that is text
 * (a string, a number, `nothing`, null or undefined) and all of an element's content is bound to
 * the element's `textContent` instead of being a child of it. A child part leaves a comment marker
 * before its text: 10,000 rows held 125,000 of them (587,000 nodes against the static page's
 * 379,000; now 462,000). Not for markup a server renders (a server writes no properties) nor for
 * the update that hydrates it.
 */
export class TextMarkup extends Markup {
  override done(): TemplateResult {
    // The markup with each value's place marked as text (\u0001) or not (\u0000) is also the key: a
    // row whose cell holds a template (a note reference) is another template than one with text there.
    const key = this.strings.map((s, i) => s + (i < this.values.length ? (isText(this.values[i]) ? '\u0001' : '\u0000') : '')).join('');
    let strings = templates.get(key);
    if (!strings) {
      // `<td class="num">` text `</td>` → `<td class="num" .textContent=` text `></td>`: the tag may
      // hold attribute parts, never a `<` or `>`; the markup after the value closes that same element.
      const markup = key.replace(/(<([a-z][\w-]*)[^<>]*)>\u0001(?=<\/\2>)/gi, '$1 .textContent=\u0001>');
      templates.set(key, (strings = templateStrings(markup.split(/[\u0000\u0001]/))));
    }
    return html(strings, ...this.values);
  }
}

/** A value Lit would render as text (or as nothing), which an element's `textContent` renders the same. */
const isText = (value: unknown) => value === nothing || value == null || typeof value === 'string' || typeof value === 'number';
