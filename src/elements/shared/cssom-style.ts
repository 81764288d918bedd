import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`left`, `--x`); null or undefined removes one. */
export type CssomStyleInfo = Readonly<Record<string, string | number | null | undefined>>;

/**
 * `style=${cssomStyle({ left: '40%' })}`: like Lit's `styleMap`, but every property is set through
 * the CSSOM (`style.setProperty`), the first render included. `styleMap` writes its first render
 * as a `style` attribute, which `style-src 'self'` (no 'unsafe-inline') blocks; the CSSOM is allowed.
 */
class CssomStyleDirective extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('cssomStyle must be the only binding of a style attribute');
    }
  }

  render(_styles: CssomStyleInfo): typeof noChange {
    return noChange; // without an element (server rendering) there is nothing to set
  }

  override update(part: AttributePart, [styles]: [CssomStyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) {
      if (styles[name] == null) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(name, String(value));
      this.names.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
