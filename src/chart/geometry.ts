import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { ChartData, ChartPoint } from './data.js';

export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface PlacedPoint extends ChartPoint {
  seriesId: string;
  kind: 'target' | 'expected' | 'actual' | 'baseline';
  cx: number;
  cy: number;
}

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
}

/**
 * Pure geometry of the trend chart: scales, ticks, line paths with gaps, point positions.
 * `line().defined()` breaks a line at every year without a value, so a census indicator is
 * drawn as separate points and a tallied year as a gap, never as a zero.
 */
export function chartGeometry(data: ChartData, size: ChartSize): Geometry {
  const { width, height, margin } = size;
  const plot = { x0: margin.left, x1: width - margin.right, y0: margin.top, y1: height - margin.bottom };
  const xScale = scalePoint<number>().domain(data.years).range([plot.x0, plot.x1]).padding(0.5);
  const { scale: yScale, lo, integers } = valueScale(data);
  yScale.range([plot.y1, plot.y0]);
  const x = (year: number) => xScale(year) ?? plot.x0;
  const y = (v: number) => yScale(v);
  const path = line<ChartPoint>().defined((p) => p.y != null).x((p) => x(p.year)).y((p) => y(p.y!));

  const place = (p: ChartPoint, seriesId: string, kind: PlacedPoint['kind']): PlacedPoint =>
    ({ ...p, seriesId, kind, cx: x(p.year), cy: p.y == null ? yScale(0) : y(p.y) });
  // Year by year (baseline, target, actuals): the order a keyboard reader steps through.
  const order = { baseline: 0, target: 1, expected: 2, actual: 3 };
  const points: PlacedPoint[] = [
    ...data.baseline.map((b) => place({ year: b.year, y: b.y, status: 'value', value: b.value }, b.seriesId, 'baseline')),
    ...data.targets.points.filter((p) => p.y != null).map((p) => place(p, 'target', 'target')),
    ...(data.expected?.points ?? []).filter((p) => p.y != null).map((p) => place(p, 'expected', 'expected')),
    ...data.actuals.flatMap((s) => s.points.filter((p) => p.y != null).map((p) => place(p, s.id, 'actual'))),
  ].sort((a, b) => a.year - b.year || order[a.kind] - order[b.kind]);

  const step = xScale.step();
  // Label every year when there is room for about 3.5em each, else every other one.
  const every = step >= 44 ? 1 : step >= 22 ? 2 : 3;
  const future = data.years.filter((yr) => yr > data.reportedYear);
  return {
    x,
    y,
    step,
    xTicks: data.years.map((year, i) => ({ year, x: x(year), label: i % every === 0 || year === data.reportedYear })),
    yTicks: ticksOf(yScale, integers).map((value) => ({ value, y: y(value) })),
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
    notDue: future.length ? { x0: x(future[0]!) - step / 2, x1: plot.x1 } : null,
    plot,
  };
}

/** The expected line starts at the baseline, as the straight line it is. */
function expectedFromBaseline(data: ChartData): ChartPoint[] {
  const base = data.baseline[0];
  return data.expected!.points.map((p) => (base && p.year === base.year && p.y == null ? { ...p, y: base.y } : p));
}

/** The value scale's domain: from 0 (or below, for negatives) to the largest value, made nice. */
function valueScale(data: ChartData) {
  const values = [...data.targets.points, ...(data.expected?.points ?? []), ...data.actuals.flatMap((s) => s.points)]
    .map((p) => p.y)
    .filter((v): v is number => v != null)
    .concat(data.baseline.map((b) => b.y));
  const integers = values.every(Number.isInteger);
  const lo = Math.min(0, ...values);
  const hi = Math.max(lo + 1, ...values);
  return { scale: scaleLinear().domain([lo, hi]).nice(5), lo, integers };
}

// Counts (件, 回) get whole-number ticks: no "0.2回".
function ticksOf(scale: ReturnType<typeof scaleLinear<number>>, integers: boolean): number[] {
  return scale.ticks(5).filter((v) => !integers || Number.isInteger(v));
}

/** The values the value axis is labelled with; they depend on the data only, not on the size. */
export function valueTicks(data: ChartData): number[] {
  const { scale, integers } = valueScale(data);
  return ticksOf(scale, integers);
}
