import {
  compareFractions,
  divideRounded,
  parseDecimal,
  scaledToNumber,
  scaledToString,
  subtractFractions,
  toFraction,
  type DecimalInput,
  type Fraction,
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

/**
 * An inequality target as printed: `lt` 未満 (<), `le` 以下 (≤), `ge` 以上 (≥), `gt` 超 (>).
 * Such a target is met or not met, exactly at the bound; no rate is computed (see `rateOutcome`).
 */
export const COMPARATORS = ['lt', 'le', 'ge', 'gt'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** The direction an inequality states by itself: 未満 / 以下 mean lower is better. */
export function comparatorDirection(comparator: Comparator): Direction {
  return comparator === 'lt' || comparator === 'le' ? 'decrease' : 'increase';
}

/** Does `actual` satisfy `comparator target`, exactly? */
export function satisfies(actual: Fraction, comparator: Comparator, target: Fraction): boolean {
  const c = compareFractions(actual, target);
  return comparator === 'lt' ? c < 0 : comparator === 'le' ? c <= 0 : comparator === 'ge' ? c >= 0 : c > 0;
}

type Input = DecimalInput | Fraction | null | undefined;

export interface RateInput {
  /** The value compared with: the year's target, an expected value (exact fraction allowed), or the final target. */
  target: Input;
  actual: Input;
  baseline?: Input;
  /** Default `increase`. */
  direction?: Direction;
  /** Default `ratio`. */
  method?: RateMethod;
  /** For `maintain`: the largest |actual − target| still counted as 100%. Default 0. */
  tolerance?: DecimalInput;
  /** The target is an inequality (「1.0%未満」): met or not met, no rate. */
  comparator?: Comparator;
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
 * - `target-zero` / `actual-zero` / `baseline-equals-target`: the formula divides by zero or, for a
 *   lower-is-better target of 0 (待機児童数 0人), gives 0% for every actual above it, a number that
 *   says nothing; `meetsTarget` then says whether the actual reaches the target.
 * - `inequality`: the target is a bound (「1.0%未満」); `meetsTarget` says whether it holds.
 */
export const RATE_REASONS = [
  'ok',
  'missing',
  'not-a-number',
  'negative',
  'target-zero',
  'actual-zero',
  'baseline-equals-target',
  'inequality',
] as const;
export type RateReason = (typeof RATE_REASONS)[number];

export interface RateOutcome {
  /** The rounded percentage, or null. */
  rate: number | null;
  /** The same, as a fixed-point string with exactly `digits` decimals ("61.3"). */
  text: string | null;
  reason: RateReason;
  /** Only when no rate is computed but the comparison is decided: does the actual reach the target? */
  meetsTarget?: boolean;
}

const none = (reason: RateReason, meetsTarget?: boolean): RateOutcome =>
  meetsTarget === undefined
    ? { rate: null, text: null, reason }
    : { rate: null, text: null, reason, meetsTarget };

const sign = (f: Fraction) => (f.numerator > 0n ? 1 : f.numerator < 0n ? -1 : 0);

/** The achievement rate with the reason behind it. See {@link achievementRate}. */
export function rateOutcome(input: RateInput, options: RateOptions = {}): RateOutcome {
  const { direction = 'increase', method = 'ratio' } = input;
  const { digits = 1, rounding = 'half-up' } = options;
  if (input.target == null || input.actual == null) return none('missing');
  const target = toFraction(input.target);
  const actual = toFraction(input.actual);
  const tolerance = parseDecimal(input.tolerance ?? 0);
  if (!target || !actual || !tolerance) return none('not-a-number');
  if (input.comparator) return none('inequality', satisfies(actual, input.comparator, target));
  if (method === 'progress' && input.baseline == null) return none('missing');
  const baseline = method === 'progress' ? toFraction(input.baseline!) : target;
  if (!baseline) return none('not-a-number');

  const c = compareFractions(actual, target);
  const better = direction === 'decrease' ? c <= 0 : c >= 0;
  let ratio: Fraction;
  if (method === 'progress') {
    const span = subtractFractions(target, baseline);
    if (span.numerator === 0n) return none('baseline-equals-target', better);
    ratio = divide(subtractFractions(actual, baseline), span);
  } else {
    if (sign(target) < 0 || sign(actual) < 0) return none('negative');
    const gap = subtractFractions(actual, target);
    const tol = tolerance.coefficient < 0n ? -tolerance.coefficient : tolerance.coefficient;
    const within = compareFractions({ numerator: gap.numerator < 0n ? -gap.numerator : gap.numerator, denominator: gap.denominator }, { numerator: tol, denominator: 10n ** BigInt(tolerance.scale) }) <= 0;
    if (direction === 'maintain' && within) {
      ratio = { numerator: 1n, denominator: 1n };
    } else if (direction === 'decrease') {
      if (sign(target) === 0) return none('target-zero', sign(actual) === 0);
      if (sign(actual) === 0) return none('actual-zero', true);
      ratio = divide(target, actual);
    } else {
      if (sign(target) === 0) return none('target-zero', better);
      ratio = divide(actual, target);
    }
  }
  const scaled = divideRounded(ratio.numerator * 100n, ratio.denominator, digits, rounding);
  return { rate: scaledToNumber(scaled, digits), text: scaledToString(scaled, digits), reason: 'ok' };
}

/** a / b for b ≠ 0, with a positive denominator. */
function divide(a: Fraction, b: Fraction): Fraction {
  const numerator = a.numerator * b.denominator;
  const denominator = a.denominator * b.numerator;
  return denominator < 0n ? { numerator: -numerator, denominator: -denominator } : { numerator, denominator };
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
