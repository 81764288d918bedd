import { scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { linearScale, type LinearScale } from './linear.js';
import type { ChartData, ChartPoint } from './data.js';
import { LabelPlacer, textWidth, type Box, type Candidate, type PlacedText } from './label-layout.js';

export type { Box } from './label-layout.js';

/** The SVG's size in pixels and the margins around the plot. */
export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The words drawn on the chart, in the element's language; the geometry decides where they fit. */
export interface ChartTexts {
  /** An x-axis label: 「R6」, "FY2024". */
  year: (year: number) => string;
  /** A value-axis label: 「3,000」, "20%". */
  value: (value: number) => string;
  /** The label of the years not due yet, long and short: 「R7以降（未到来）」, 「未到来」. */
  notDue?: readonly [string, string] | null;
  /** The label of a lower-is-better indicator: 「少ないほど良い指標」. */
  lowerIsBetter?: string | null;
  /** The word at the foot of a year still being tallied: 「集計中」. */
  tallying?: string | null;
}

/** A word on the chart, placed where it meets no mark and no other word. */
export interface ChartLabel extends PlacedText {
  kind: 'x-tick' | 'y-tick' | 'not-due' | 'direction' | 'status';
  /** The year of an x-axis label or a status. */
  year?: number;
  /** The value of a value-axis label. */
  value?: number;
}

/**
 * Font sizes of the chart's words in pixels, as the element's stylesheet sets them (`svg.chart` 12px,
 * `.not-due-label` and `.status-label` 11px); the layout reserves room for them.
 */
export const LABEL_SIZES = { axis: 12, note: 11, direction: 12 } as const;

/** A point of the chart where it is drawn: its marker's centre, size and box. */
export interface PlacedPoint extends ChartPoint {
  seriesId: string;
  kind: 'target' | 'expected' | 'actual' | 'baseline';
  cx: number;
  cy: number;
  /** Half the marker's size (a target square shrinks where years are crowded). */
  half: number;
  /** The area the marker covers, with its stroke. */
  box: Box;
}

/** Everything the element draws, in SVG coordinates. */
export interface Geometry {
  /** x of a fiscal year (the centre of its band). */
  x: (year: number) => number;
  /** y of a value. */
  y: (value: number) => number;
  /** Distance between two years. */
  step: number;
  xTicks: { year: number; x: number; label: boolean }[];
  yTicks: { value: number; y: number }[];
  /** The y of zero, where the value axis starts. */
  zeroY: number;
  /** `d` of the target line; breaks where a year has no target. */
  targetPath: string;
  /** `d` of the expected-value line (期待値), or "". */
  expectedPath: string;
  /** `d` of each actual series' line, by series id; breaks at every gap (census years, tallying). */
  actualPaths: Record<string, string>;
  points: PlacedPoint[];
  /** The years after the reported year: not due yet. */
  notDue: { x0: number; x1: number } | null;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Every word drawn on the chart, placed so that none covers a marker or another word. */
  labels: ChartLabel[];
  /** Words that found no free place and are left out (their meaning is in the legend and the sentences). */
  omitted: ChartLabel['kind'][];
}

/** Marker sizes: the target square surrounds the actual dot (r 5.5) and shrinks only where years are crowded. */
function markerHalf(kind: PlacedPoint['kind'], step: number, secondSeries: boolean): number {
  if (kind === 'target' || kind === 'expected') return Math.max(4.5, Math.min(7, step * 0.28));
  if (kind === 'baseline') return 7;
  return secondSeries ? 6.5 : 5.5;
}

/** The default words: years and values as plain numbers, no notes. */
const PLAIN_TEXTS: ChartTexts = { year: String, value: String };

/**
 * The margins around the plot: room above for the notes (not due, lower is better), below for the
 * years, and on the left for the longest value label.
 */
export function chartMargin(data: ChartData, texts: ChartTexts = PLAIN_TEXTS, width = 640): ChartSize['margin'] {
  const longest = Math.max(0, ...valueTicks(data).map((v) => textWidth(texts.value(v), LABEL_SIZES.axis)));
  return { top: 30, right: 16, bottom: 36, left: Math.round(Math.min(Math.max(longest + 14, 24), width * 0.4)) };
}

/** The size of a chart `width` wide: `height` when it is a number from 120 to 2000, else half the width within 220–360. */
export function chartSize(data: ChartData, width: number, height: unknown, texts: ChartTexts = PLAIN_TEXTS): ChartSize {
  const asked = Number(height);
  const h = height != null && height !== '' && Number.isFinite(asked) && asked >= 120 && asked <= 2000
    ? Math.round(asked)
    : Math.round(Math.min(360, Math.max(220, width * 0.5)));
  return { width, height: h, margin: chartMargin(data, texts, width) };
}

/**
 * Pure geometry of the trend chart: scales, ticks, line paths with gaps, point positions.
 * `line().defined()` breaks a line at every year without a value, so a census indicator is
 * drawn as separate points and a tallied year as a gap, never as a zero. With `texts`, it also
 * places every word (axis labels, the not-due label, 「少ないほど良い指標」, 集計中) so that none covers
 * a marker or another word (see `placeLabels`).
 */
export function chartGeometry(data: ChartData, size: ChartSize, texts: ChartTexts = PLAIN_TEXTS): Geometry {
  const { width, height, margin } = size;
  const plot = { x0: margin.left, x1: width - margin.right, y0: margin.top, y1: height - margin.bottom };
  const xScale = scalePoint<number>().domain(data.years).range([plot.x0, plot.x1]).padding(0.5);
  const { scale: yScale, lo, integers } = valueScale(data, plot.y1, plot.y0);
  const x = (year: number) => xScale(year) ?? plot.x0;
  const y = (v: number) => yScale(v);
  const path = line<ChartPoint>().defined((p) => p.y != null).x((p) => x(p.year)).y((p) => y(p.y!));

  const step = xScale.step();
  const second = new Set(data.actuals.slice(1).map((s) => s.id));
  const place = (p: ChartPoint, seriesId: string, kind: PlacedPoint['kind']): PlacedPoint => {
    const cx = x(p.year);
    const cy = p.y == null ? yScale(0) : y(p.y);
    const half = markerHalf(kind, step, kind === 'actual' && second.has(seriesId));
    // The stroke (2 px on targets) reaches 1 px beyond the marker's outline.
    return { ...p, seriesId, kind, cx, cy, half, box: { x: cx - half - 1, y: cy - half - 1, w: 2 * half + 2, h: 2 * half + 2 } };
  };
  // Year by year (baseline, target, actuals): the order a keyboard reader steps through.
  const order = { baseline: 0, target: 1, expected: 2, actual: 3 };
  const points: PlacedPoint[] = [
    ...data.baseline.map((b) => place({ year: b.year, y: b.y, status: 'value', value: b.value }, b.seriesId, 'baseline')),
    ...data.targets.points.filter((p) => p.y != null).map((p) => place(p, 'target', 'target')),
    ...(data.expected?.points ?? []).filter((p) => p.y != null).map((p) => place(p, 'expected', 'expected')),
    ...data.actuals.flatMap((s) => s.points.filter((p) => p.y != null).map((p) => place(p, s.id, 'actual'))),
  ].sort((a, b) => a.year - b.year || order[a.kind] - order[b.kind]);

  // Label every year when its label fits in a step, else every other one (or fewer), always the reported year.
  const widest = Math.max(0, ...data.years.map((yr) => textWidth(texts.year(yr), LABEL_SIZES.axis, yr === data.reportedYear)));
  const every = Math.max(1, Math.ceil((widest + 6) / Math.max(step, 1)));
  const anchorYear = data.years.includes(data.reportedYear) ? data.reportedYear : data.years[0] ?? 0;
  const xTicks = data.years.map((year) => ({ year, x: x(year), label: (year - anchorYear) % every === 0 }));
  const yTicks = ticksOf(yScale, integers).map((value) => ({ value, y: y(value) }));
  const future = data.years.filter((yr) => yr > data.reportedYear);
  const notDue = future.length ? { x0: x(future[0]!) - step / 2, x1: plot.x1 } : null;
  const { labels, omitted } = placeLabels(data, { width, height, plot, step, xTicks, yTicks, points, notDue, x }, texts);
  return {
    x,
    y,
    step,
    xTicks,
    yTicks,
    zeroY: yScale(Math.max(lo, 0)),
    targetPath: path(data.targets.points) ?? '',
    expectedPath: data.expected ? (path(expectedFromBaseline(data)) ?? '') : '',
    // The baseline is the series' actual of its year, so the line starts there.
    actualPaths: Object.fromEntries(data.actuals.map((s) => {
      const base = data.baseline.find((b) => b.seriesId === s.id);
      const pts = s.points.map((p) => (base && p.year === base.year && p.y == null ? { ...p, y: base.y } : p));
      return [s.id, path(pts) ?? ''];
    })),
    points,
    notDue,
    plot,
    labels,
    omitted,
  };
}

interface Layout {
  width: number;
  height: number;
  plot: Geometry['plot'];
  step: number;
  xTicks: Geometry['xTicks'];
  yTicks: Geometry['yTicks'];
  points: PlacedPoint[];
  notDue: Geometry['notDue'];
  x: (year: number) => number;
}

/**
 * Where each word goes. The axes first (their places are fixed: values left of the plot, years
 * below it, where no marker reaches), then the notes in the band above the plot (lower is better,
 * then the not-due label: in full at the start of the shaded years, else against the right edge,
 * else its short form, else left out), then 集計中 in its year's column, at the foot if free, else
 * higher up. Nothing may cover a marker or another word, or leave the SVG.
 */
function placeLabels(data: ChartData, l: Layout, texts: ChartTexts): { labels: ChartLabel[]; omitted: ChartLabel['kind'][] } {
  const { plot, width, height } = l;
  const placer = new LabelPlacer({ x: 0, y: 0, w: width, h: height }, l.points.map((p) => p.box));
  const labels: ChartLabel[] = [];
  const omitted: ChartLabel['kind'][] = [];
  const { axis, note, direction } = LABEL_SIZES;
  for (const t of l.yTicks) {
    labels.push({ kind: 'y-tick', value: t.value, ...placer.force({ text: texts.value(t.value), x: plot.x0 - 6, y: t.y + 0.32 * axis, anchor: 'end' }, axis) });
  }
  for (const t of l.xTicks.filter((t) => t.label)) {
    const bold = t.year === data.reportedYear;
    const text = texts.year(t.year);
    // Kept inside the SVG: the first and last labels of a crowded axis may be wider than their step.
    const half = textWidth(text, axis, bold) / 2;
    const cx = Math.min(Math.max(t.x, half + 2), width - half - 2);
    labels.push({ kind: 'x-tick', year: t.year, ...placer.force({ text, x: cx, y: plot.y1 + 24, anchor: 'middle' }, axis, bold) });
  }
  // The band above the plot: markers reach at most 8 px above it, so words sit 13 px above.
  const band = plot.y0 - 13;
  if (texts.lowerIsBetter && data.direction === 'decrease') {
    const placed = placer.place([{ text: texts.lowerIsBetter, x: plot.x0 + 16, y: band, anchor: 'start' }], direction, true, { x: 16 });
    if (placed) labels.push({ kind: 'direction', ...placed });
    else omitted.push('direction');
  }
  if (texts.notDue && l.notDue) {
    const [long, short] = texts.notDue;
    const start = l.notDue.x0 + 4;
    const end = width - 4;
    const candidates: Candidate[] = [
      { text: long, x: start, y: band, anchor: 'start' },
      { text: long, x: end, y: band, anchor: 'end' },
      { text: short, x: start, y: band, anchor: 'start' },
      { text: short, x: end, y: band, anchor: 'end' },
    ];
    const placed = placer.place(candidates, note);
    if (placed) labels.push({ kind: 'not-due', ...placed });
    else omitted.push('not-due');
  }
  if (texts.tallying) {
    for (const p of data.actuals[0]?.points.filter((p) => p.status === 'tallying') ?? []) {
      const cx = l.x(p.year);
      const half = textWidth(texts.tallying, note) / 2;
      const at = Math.min(Math.max(cx, half + 2), width - half - 2);
      // From the foot of the plot upwards, a line at a time.
      const candidates: Candidate[] = [];
      for (let y = plot.y1 - 6; y - note * 1.2 >= plot.y0; y -= 7) candidates.push({ text: texts.tallying, x: at, y, anchor: 'middle' });
      const placed = placer.place(candidates, note);
      if (placed) labels.push({ kind: 'status', year: p.year, ...placed });
      else omitted.push('status');
    }
  }
  return { labels, omitted };
}


/** The expected line starts at the baseline, as the straight line it is. */
function expectedFromBaseline(data: ChartData): ChartPoint[] {
  const base = data.baseline[0];
  return data.expected!.points.map((p) => (base && p.year === base.year && p.y == null ? { ...p, y: base.y } : p));
}

/** The value scale's domain: from 0 (or below, for negatives) to the largest value, made nice. */
function valueScale(data: ChartData, r0 = 0, r1 = 1) {
  const values = [...data.targets.points, ...(data.expected?.points ?? []), ...data.actuals.flatMap((s) => s.points)]
    .map((p) => p.y)
    .filter((v): v is number => v != null)
    .concat(data.baseline.map((b) => b.y));
  const integers = values.every(Number.isInteger);
  const lo = Math.min(0, ...values);
  const hi = Math.max(lo + 1, ...values);
  return { scale: linearScale(lo, hi, 5, r0, r1), lo, integers };
}

// Counts (件, 回) get whole-number ticks: no "0.2回".
function ticksOf(scale: LinearScale, integers: boolean): number[] {
  return scale.ticks(5).filter((v) => !integers || Number.isInteger(v));
}

/** The values the value axis is labelled with; they depend on the data only, not on the size. */
export function valueTicks(data: ChartData): number[] {
  const { scale, integers } = valueScale(data);
  return ticksOf(scale, integers);
}
