import { nothing, type TemplateResult } from 'lit';
import type { JudgmentShape } from '../../core/judgment.js';
import { Markup } from './markup.js';

/** Shapes on a 16×16 grid, drawn with currentColor so forced-colors and print keep them. */
const SHAPES: Record<JudgmentShape, string> = {
  circle: '<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2.5"/>',
  triangle: '<path d="M8 2.2 14 13.2H2Z" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round"/>',
  cross: '<path d="M3.5 3.5 12.5 12.5M12.5 3.5 3.5 12.5" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"/>',
  dots: '<g fill="currentColor"><circle cx="3" cy="8" r="1.7"/><circle cx="8" cy="8" r="1.7"/><circle cx="13" cy="8" r="1.7"/></g>',
  square: '<rect x="3" y="3" width="10" height="10" fill="none" stroke="currentColor" stroke-width="2.4"/>',
  diamond: '<path d="M8 1.8 14.2 8 8 14.2 1.8 8Z" fill="currentColor"/>',
};

/**
 * The shape of a judgment as an aria-hidden `<svg>`: constant markup for `Markup.s`, or '' for
 * no shape. `attributes` are the svg's own (a part or a class), also constant.
 */
function shapeSvg(name: JudgmentShape | undefined, attributes: string): string {
  // Own keys only: a shape named "constructor" must not reach Object.prototype.
  return name && Object.prototype.hasOwnProperty.call(SHAPES, name)
    ? `<svg ${attributes} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[name]}</svg>`
    : '';
}

/** `shapeSvg` as a template (one per shape and attributes, prepared once), or `nothing`. */
export function shapeIcon(name: JudgmentShape | undefined, attributes: string): TemplateResult | typeof nothing {
  const markup = shapeSvg(name, attributes);
  return markup ? new Markup().s(markup).done() : nothing;
}
