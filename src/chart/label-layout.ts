/** A rectangle in the chart's coordinates (SVG user units = CSS pixels). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How a text is anchored at its x, as SVG's `text-anchor`. */
export type Anchor = 'start' | 'middle' | 'end';

/** A text placed on the chart: where it is drawn and the box it is assumed to cover. */
export interface PlacedText {
  text: string;
  /** x of the anchor, y of the baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  /** Font size in pixels. */
  size: number;
  bold: boolean;
  box: Box;
}

/** A place to try for a text, in order of preference. */
export interface Candidate {
  text: string;
  x: number;
  y: number;
  anchor: Anchor;
}

/**
 * Font metrics assumed for every font a page may use, erring on the large side: CJK characters
 * are 1em wide, Latin capitals and digits 0.66em, other ASCII 0.6em; the box reaches 1.2em above
 * the baseline and 0.3em below it (Noto Sans CJK's ascent and descent), so a label that fits here
 * fits in the browser's own measurement (`getBBox()`).
 */
export const METRICS = { cjk: 1, upper: 0.66, other: 0.6, bold: 1.1, ascent: 1.2, descent: 0.3, pad: 1 } as const;

/** The approximate width of a text in pixels, without measuring it (pure: the server and tests agree). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    // Direction marks and isolates (a name from data may carry them) take no room.
    if ((c >= 0x200e && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) continue;
    em += c >= 0x2000 ? METRICS.cjk : /[A-Z0-9]/.test(ch) ? METRICS.upper : METRICS.other;
  }
  return em * size * (bold ? METRICS.bold : 1);
}

/** The box a text covers, with a pixel of room around it. */
export function textBox(text: string, x: number, y: number, anchor: Anchor, size: number, bold = false): Box {
  const w = textWidth(text, size, bold);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  const { ascent, descent, pad } = METRICS;
  return { x: left - pad, y: y - ascent * size - pad, w: w + 2 * pad, h: (ascent + descent) * size + 2 * pad };
}

/** Do two boxes share any area? (Touching edges do not count.) */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Is `inner` inside `outer`? */
export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

/**
 * Places labels one after another, each at the first of its candidates whose box stays inside
 * `bounds` and meets neither a mark nor a label placed before it; a label with no such place is
 * left out (the legend, the sentence and the table still say what it said).
 */
export class LabelPlacer {
  private readonly taken: Box[];

  constructor(private readonly bounds: Box, marks: readonly Box[]) {
    this.taken = [...marks];
  }

  /** Reserves a box that is not a label (an icon beside one). */
  reserve(box: Box): void {
    this.taken.push(box);
  }

  /** The first candidate that fits, now reserved; null when none does. `extra` widens the box (an icon before the text). */
  place(candidates: readonly Candidate[], size: number, bold = false, extra: Partial<Box> = {}): PlacedText | null {
    for (const c of candidates) {
      const base = textBox(c.text, c.x, c.y, c.anchor, size, bold);
      const box = widen(base, extra);
      if (!inside(box, this.bounds) || this.taken.some((t) => overlaps(t, box))) continue;
      this.taken.push(box);
      return { ...c, size, bold, box };
    }
    return null;
  }

  /** Places a text where it is, whatever it meets (axis labels, which the layout keeps apart itself). */
  force(c: Candidate, size: number, bold = false): PlacedText {
    const box = textBox(c.text, c.x, c.y, c.anchor, size, bold);
    this.taken.push(box);
    return { ...c, size, bold, box };
  }
}

/** A box grown to the left (`x`), upwards (`y`), and by `w` / `h` more. */
function widen(box: Box, extra: Partial<Box>): Box {
  const left = extra.x ?? 0;
  const up = extra.y ?? 0;
  return { x: box.x - left, y: box.y - up, w: box.w + left + (extra.w ?? 0), h: box.h + up + (extra.h ?? 0) };
}
