import { nothing, type TemplateResult } from 'lit';
import type { JudgmentShape } from '../../core/judgment.js';
import { Markup } from './markup.js';

/**
 * Shapes on a 16×16 grid, each one path (a circle as two arcs, the dots as three), drawn with
 * currentColor so forced-colors and print keep them: [d, stroke width (0: filled), line join, line cap].
 */
const SHAPES: Record<JudgmentShape, readonly [string, number, string?, string?]> = {
  circle: ['M8 2.5a5.5 5.5 0 0 1 0 11a5.5 5.5 0 0 1 0-11Z', 2.5],
  triangle: ['M8 2.2 14 13.2H2Z', 2.2, 'round'],
  cross: ['M3.5 3.5 12.5 12.5M12.5 3.5 3.5 12.5', 2.6, , 'round'],
  dots: ['M1.3 8a1.7 1.7 0 0 1 3.4 0a1.7 1.7 0 0 1-3.4 0M6.3 8a1.7 1.7 0 0 1 3.4 0a1.7 1.7 0 0 1-3.4 0M11.3 8a1.7 1.7 0 0 1 3.4 0a1.7 1.7 0 0 1-3.4 0Z', 0],
  square: ['M3 3h10v10H3Z', 2.4],
  diamond: ['M8 1.8 14.2 8 8 14.2 1.8 8Z', 0],
};

/**
 * Writes the shape of a judgment into a template being built, as an aria-hidden `<svg>` with one
 * `<path>` whose geometry and paint are parts: every shape has the same markup, so a row or a badge
 * whose judgment changes keeps its elements and only has attributes updated. Writes nothing for no
 * shape. `attributes` are the svg's own (a part or a class), constant.
 */
export function addShape(t: Markup, name: JudgmentShape | undefined, attributes: string): Markup {
  // Own keys only: a shape named "constructor" must not reach Object.prototype.
  if (!name || !Object.prototype.hasOwnProperty.call(SHAPES, name)) return t;
  const [d, width, join = 'miter', cap = 'butt'] = SHAPES[name];
  return t.s(`<svg ${attributes} viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=`).v(d)
    .s(' fill=').v(width ? 'none' : 'currentColor')
    .s(' stroke=').v(width ? 'currentColor' : 'none')
    .s(' stroke-width=').v(width)
    .s(' stroke-linejoin=').v(join)
    .s(' stroke-linecap=').v(cap)
    .s('></path></svg>');
}

/** `addShape` as a template of its own (one for every shape), or `nothing` for no shape. */
export function shapeIcon(name: JudgmentShape | undefined, attributes: string): TemplateResult | typeof nothing {
  const t = addShape(new Markup(), name, attributes);
  return t.empty ? nothing : t.done();
}
