import { tickIncrement, ticks } from 'd3-array';

/**
 * The value axis's linear scale: d3-scale's `scaleLinear().domain([lo, hi]).nice(count)` with the
 * same arithmetic (d3-array's `tickIncrement` and `ticks`, d3-interpolate's `a * (1 - t) + b * t`),
 * without what `scaleLinear` brings and the chart never uses: d3-interpolate's colour and string
 * interpolators, d3-color and d3-format (about 17 KB minified). `test/node/linear-scale.test.mjs`
 * compares it with `scaleLinear` itself over many domains.
 */
export interface LinearScale {
  (value: number): number;
  /** The domain after `nice`: [lo, hi]. */
  domain: readonly [number, number];
  /** `count` or so round values within the domain, as d3's `scale.ticks(count)`. */
  ticks(count: number): number[];
}

/** d3-scale 4's `linear.nice(count)`: at most 10 rounds; a domain that does not settle is kept as it was. */
function nice(lo: number, hi: number, count: number): [number, number] {
  let start = lo;
  let stop = hi;
  let prestep: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return [lo, hi];
}

/** A linear scale from [lo, hi] (lo < hi, made nice for `count` ticks) to [r0, r1]. */
export function linearScale(lo: number, hi: number, count: number, r0: number, r1: number): LinearScale {
  const [d0, d1] = lo < hi ? nice(lo, hi, count) : [lo, hi];
  const span = d1 - d0;
  const scale = ((value: number) => {
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  scale.domain = [d0, d1];
  scale.ticks = (n) => ticks(d0, d1, n);
  return scale;
}
