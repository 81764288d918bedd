import { html, type TemplateResult } from 'lit';

/** Templates built by `Markup`, by their markup: Lit prepares each once, as it does a literal. */
const templates = new Map<string, TemplateStringsArray>();

/**
 * A Lit template whose markup depends on the shape of the data, such as which columns a table
 * shows: built piece by piece, then given the same strings array for the same markup, so that Lit
 * prepares it once and a table row is one template instance instead of one per cell (a row of
 * Atsugi's table was 17). This is what `lit/static-html` does, without its bytes.
 *
 * Only our own constant markup goes in with `s()`; every value, and everything from data, goes in
 * with `v()` as a part of the template (a child or an attribute value), so it is rendered as text,
 * exactly as in a template literal.
 */
export class Markup {
  protected readonly strings: string[] = [''];
  protected readonly values: unknown[] = [];

  /** Constant markup: never data. */
  s(markup: string): this {
    this.strings[this.strings.length - 1] += markup;
    return this;
  }

  /** A value: a child (text, template, `nothing`) or, after `name=`, an attribute's value. */
  v(value: unknown): this {
    this.values.push(value);
    this.strings.push('');
    return this;
  }

  /** Nothing written yet. */
  get empty(): boolean {
    return this.values.length === 0 && this.strings[0] === '';
  }

  /** The template, with the strings array of every earlier template of the same markup. */
  done(): TemplateResult {
    const key = this.strings.join('\u0000');
    let strings = templates.get(key);
    if (!strings) templates.set(key, (strings = templateStrings(this.strings)));
    return html(strings, ...this.values);
  }
}

/** A template strings array: an array with a `raw` array of its own, as Lit checks. */
export const templateStrings = (strings: readonly string[]) =>
  Object.freeze(Object.assign([...strings], { raw: Object.freeze([...strings]) })) as TemplateStringsArray;
