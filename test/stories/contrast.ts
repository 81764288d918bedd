/**
 * WCAG 2.x contrast of what a story renders, measured from computed styles in the browser:
 * text (HTML and SVG) against what is behind it, and lines and marks (SVG strokes and fills,
 * borders) against their background. Shadow roots are walked, nested elements included.
 */

export type Rgba = [number, number, number, number];

/** Parses a computed colour: `rgb()`, `rgba()` (legacy or space syntax) or `color(srgb …)`. */
export function parseColor(value: string): Rgba | null {
  const v = value.trim();
  if (v === 'transparent') return [0, 0, 0, 0];
  let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return [+m[1]!, +m[2]!, +m[3]!, alpha(m[4])];
  m = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return [+m[1]! * 255, +m[2]! * 255, +m[3]! * 255, alpha(m[4])];
  return null;
}

const alpha = (a: string | undefined) => (a === undefined ? 1 : a.endsWith('%') ? parseFloat(a) / 100 : +a);

/** WCAG relative luminance of an sRGB colour (channels 0–255). */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1–21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted over `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/** The parent across a shadow boundary (a shadow root's host). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind an element: its and its ancestors' background colours, over white. */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let e: Element | null = el; e; e = parentOf(e)) {
    const c = parseColor(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) layers.push(c);
    if (c && c[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

const SHAPES = new Set(['path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'ellipse']);

/** The colour behind an SVG element: a filled shape under its centre, else the background of its `<svg>`'s box. */
function svgBackgroundOf(el: SVGGraphicsElement): Rgba {
  const root = el.getRootNode() as ShadowRoot | Document;
  const box = el.getBoundingClientRect();
  const stack = root.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  for (const under of stack.slice(stack.indexOf(el) + 1)) {
    if (under instanceof SVGSVGElement || !(under instanceof SVGElement)) break;
    if (!SHAPES.has(under.localName) || under.contains(el)) continue;
    const fill = parseColor(getComputedStyle(under).fill);
    if (fill && fill[3] > 0 && under.getBoundingClientRect().width > box.width) return over(fill, backgroundOf(el.ownerSVGElement ?? el));
  }
  return backgroundOf(el.ownerSVGElement ?? el);
}

/** Whether a shape has an inside to fill: a `<line>` or an open path such as a drawn cross has none. */
function paintsFill(el: SVGGeometryElement): boolean {
  const box = el.getBBox();
  const svgRoot = el.ownerSVGElement;
  if (!svgRoot || box.width === 0 || box.height === 0) return false;
  const point = svgRoot.createSVGPoint();
  for (let i = 1; i < 8; i++) {
    for (let j = 1; j < 8; j++) {
      point.x = box.x + (box.width * i) / 8;
      point.y = box.y + (box.height * j) / 8;
      if (el.isPointInFill(point)) return true;
    }
  }
  return false;
}

/** Laid out and painted: not `display: none`, not hidden, not a 1-px visually hidden box. */
function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  if (box.width <= 1 && box.height <= 1) return false;
  for (let e: Element | null = el; e; e = parentOf(e)) {
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
    if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') return false;
  }
  return true;
}

/** Every element under `root`, in light DOM and in (nested) open shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export interface Measurement {
  kind: 'text' | 'line' | 'mark' | 'border';
  /** Where: tag, class, part and a snippet of text. */
  what: string;
  ratio: number;
  fg: string;
  bg: string;
}

const hex = (c: Rgba) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

function describe(el: Element, text = ''): string {
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const cls = el.getAttribute('class') ? '.' + el.getAttribute('class')!.trim().split(/\s+/).join('.') : '';
  const part = el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : '';
  return `${host} > ${el.localName}${cls}${part}${text ? ` "${text.trim().slice(0, 30)}"` : ''}`;
}

/**
 * Contrast of every visible text run and every line, mark and border under `root`.
 * Elements with `aria-hidden` count too: a sighted reader still has to read them.
 */
export function measure(root: Element): Measurement[] {
  const out: Measurement[] = [];
  const push = (kind: Measurement['kind'], el: Element, fg: Rgba, bg: Rgba, text?: string) =>
    out.push({ kind, what: describe(el, text), ratio: contrast(over(fg, bg), bg), fg: hex(fg), bg: hex(bg) });

  for (const el of deepElements(root)) {
    if (!visible(el)) continue;
    const s = getComputedStyle(el);
    const isSvg = el instanceof SVGElement;

    // Text: each element that directly holds non-blank text.
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
    if (own.trim()) {
      if (isSvg) {
        const fill = parseColor(s.fill);
        if (fill && fill[3] > 0) push('text', el, fill, svgBackgroundOf(el as SVGGraphicsElement), own);
      } else {
        const color = parseColor(s.color);
        if (color) push('text', el, color, backgroundOf(el), own);
      }
    }

    // Lines and marks drawn in SVG.
    if (isSvg && SHAPES.has(el.localName)) {
      const bg = backgroundOf((el as SVGGraphicsElement).ownerSVGElement ?? el);
      const stroke = parseColor(s.stroke);
      const strokeWidth = parseFloat(s.strokeWidth);
      // A stroke in the background's own colour is a knock-out halo around a marker, not a line.
      if (stroke && stroke[3] > 0 && strokeWidth > 0 && contrast(over(stroke, bg), bg) > 1) push('line', el, stroke, bg);
      const fill = parseColor(s.fill);
      // A filled shape is a mark (a marker, a judgment's shape); a region (the not-due shading) is a background.
      if (fill && fill[3] > 0 && !el.classList.contains('not-due') && paintsFill(el as SVGGeometryElement)) push('mark', el, fill, bg);
    }

    // Borders of HTML boxes (a badge's outline, cell rules, the message box).
    if (!isSvg) {
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        const width = parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const style = s.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const color = parseColor(s.getPropertyValue(`border-${side.toLowerCase()}-color`));
        if (width > 0 && style !== 'none' && style !== 'hidden' && color && color[3] > 0) {
          const parent = parentOf(el);
          push('border', el, color, parent ? backgroundOf(parent) : [255, 255, 255, 1]);
          break;
        }
      }
    }
  }
  return out;
}
