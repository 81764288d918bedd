import { svg, type SVGTemplateResult } from 'lit';
import type { JudgmentShape } from '../../core/judgment.js';

/** Shapes on a 16×16 grid, drawn with currentColor so forced-colors and print keep them. */
const SHAPES: Record<JudgmentShape, SVGTemplateResult> = {
  circle: svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2.5"/>`,
  triangle: svg`<path d="M8 2.2 14 13.2H2Z" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round"/>`,
  cross: svg`<path d="M3.5 3.5 12.5 12.5M12.5 3.5 3.5 12.5" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"/>`,
  dots: svg`<g fill="currentColor"><circle cx="3" cy="8" r="1.7"/><circle cx="8" cy="8" r="1.7"/><circle cx="13" cy="8" r="1.7"/></g>`,
  square: svg`<rect x="3" y="3" width="10" height="10" fill="none" stroke="currentColor" stroke-width="2.4"/>`,
  diamond: svg`<path d="M8 1.8 14.2 8 8 14.2 1.8 8Z" fill="currentColor"/>`,
};

/** The shape of a judgment as SVG content (wrap it in an aria-hidden <svg viewBox="0 0 16 16">). */
export function shape(name: JudgmentShape | undefined): SVGTemplateResult | null {
  // Own keys only: a shape named "constructor" must not reach Object.prototype.
  return name && Object.prototype.hasOwnProperty.call(SHAPES, name) ? SHAPES[name] : null;
}
