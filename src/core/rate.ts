import {
  align,
  divideRounded,
  parseDecimal,
  scaledToNumber,
  scaledToString,
  type DecimalInput,
  type RoundingMode,
} from './decimal.js';

/** Which way is good for an indicator. */
export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * How the rate is computed.
 * - `ratio`: increase: actual / target × 100; decrease: target / actual × 100;
 *   maintain: 100 when |actual − target| ≤ tolerance, otherwise actual / target × 100.
 * - `progress`: (actual − baseline) / (target − baseline) × 100, in either direction.
 */
export const RATE_METHODS = ['ratio', 'progress'] as const;
export type RateMethod = (typeof RATE_METHODS)[number];

export interface RateInput {
  target: DecimalInput | null | undefined;
  actual: DecimalInput | null | undefined;
  baseline?: DecimalInput | null;
  /** Default `increase`. */
  direction?: Direction;
  /** Default `ratio`. */
  method?: RateMethod;
  /** For `maintain`: the largest |actual − target| still counted as 100%. Default 0. */
  tolerance?: DecimalInput;
}

export interface RateOptions {
  /** Decimal places of the percentage. Default 1. */
  digits?: number;
  /** Default `half-up` (四捨五入); `truncate` is 切り捨て. */
  rounding?: RoundingMode;
}

/**
 * Why a rate is what it is. `ok` has a rate; every other reason has `rate: null`.
 * - `missing`: no target or no actual.
 * - `not-a-number`: an input is not a finite number or plain decimal string.
 * - `negative`: `ratio` on a negative target or actual (use `progress`).
 * - `target-zero` / `actual-zero` / `baseline-equals-target`: the formula divides by zero;
 *   `meetsTarget` then says whether the actual reaches the target in the good direction.
 */
export const RATE_REASONS = [
  'ok',
  'missing',
  'not-a-number',
  'negative',
  'target-zero',
  'actual-zero',
  'baseline-equals-target',
] as const;
export type RateReason = (typeof RATE_REASONS)[number];

export interface RateOutcome {
  /** The rounded percentage, or null. */
  rate: number | null;
  /** The same, as a fixed-point string with exactly `digits` decimals ("61.3"). */
  text: string | null;
  reason: RateReason;
  /** Only for a division by zero: does the actual reach the target? */
  meetsTarget?: boolean;
}

const none = (reason: RateReason, meetsTarget?: boolean): RateOutcome =>
  meetsTarget === undefined
    ? { rate: null, text: null, reason }
    : { rate: null, text: null, reason, meetsTarget };

/** The achievement rate with the reason behind it. See {@link achievementRate}. */
export function rateOutcome(input: RateInput, options: RateOptions = {}): RateOutcome {
  const { direction = 'increase', method = 'ratio' } = input;
  const { digits = 1, rounding = 'half-up' } = options;
  if (input.target == null || input.actual == null) return none('missing');
  if (method === 'progress' && input.baseline == null) return none('missing');
  const target = parseDecimal(input.target);
  const actual = parseDecimal(input.actual);
  const baseline = method === 'progress' ? parseDecimal(input.baseline!) : target;
  const tolerance = parseDecimal(input.tolerance ?? 0);
  if (!target || !actual || !baseline || !tolerance) return none('not-a-number');

  const [t, a, b, tol] = align(target, actual, baseline, tolerance);
  const better = direction === 'decrease' ? a <= t : a >= t;
  let numerator: bigint;
  let denominator: bigint;
  if (method === 'progress') {
    numerator = a - b;
    denominator = t - b;
    if (denominator === 0n) return none('baseline-equals-target', better);
  } else {
    if (t < 0n || a < 0n) return none('negative');
    if (direction === 'maintain' && (a > t ? a - t : t - a) <= (tol < 0n ? -tol : tol)) {
      numerator = denominator = 1n;
    } else if (direction === 'decrease') {
      numerator = t;
      denominator = a;
      if (a === 0n) return none('actual-zero', true);
    } else {
      numerator = a;
      denominator = t;
      if (t === 0n) return none('target-zero', better);
    }
  }
  const scaled = divideRounded(numerator * 100n, denominator, digits, rounding);
  return { rate: scaledToNumber(scaled, digits), text: scaledToString(scaled, digits), reason: 'ok' };
}

/**
 * The achievement rate in percent, rounded exactly (default: 1 decimal, half-up), or null
 * when it cannot be computed (missing or non-numeric input, division by zero, a negative
 * value under `ratio`). The number returned is the double nearest the rounded decimal,
 * so `achievementRate({ target: 80, actual: 23 })` is exactly `28.8`.
 */
export function achievementRate(input: RateInput, options?: RateOptions): number | null {
  return rateOutcome(input, options).rate;
}

/**
 * A rate given as a number or text ("61.25"), rounded exactly as a computed rate would be,
 * so a rate passed in by a page is judged on what is displayed.
 */
export function roundRate(rate: DecimalInput | null | undefined, options: RateOptions = {}): RateOutcome {
  const { digits = 1, rounding = 'half-up' } = options;
  if (rate == null || rate === '') return none('missing');
  const d = parseDecimal(rate);
  if (!d) return none('not-a-number');
  const scaled = divideRounded(d.coefficient, 10n ** BigInt(d.scale), digits, rounding);
  return { rate: scaledToNumber(scaled, digits), text: scaledToString(scaled, digits), reason: 'ok' };
}
