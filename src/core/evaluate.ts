import {
  align,
  fitsDigits,
  fractionToString,
  parseDecimal,
  scaledToString,
  toFraction,
  type Fraction,
  type RoundingMode,
} from './decimal.js';
import { groupsByIndicator } from './groups.js';
import { judgeOutcome, resolveScheme, type JudgmentScheme } from './judgment.js';
import type { LocalizedText } from './localize.js';
import { comparatorDirection, rateOutcome, type Direction, type RateMethod, type RateReason } from './rate.js';
import { isReasonRequired } from './reason.js';
import type { Baseline, Basis, Dataset, EvaluationSettings, Indicator, IndicatorKind, Series, Value } from './types.js';

/**
 * Where a row stands for the year evaluated.
 * - `evaluated`: a judgment was made (with a rate, or met / not met when no rate says anything).
 * - `tallying`: the actual is 集計中.
 * - `not-due`: a future year (after the reported year) without an actual.
 * - `missing`: a due year without an actual.
 * - `not-surveyed`: a census-type indicator in a year without a survey.
 * - `not-applicable`: the actual is "—".
 * - `no-target`: nothing numeric to compare with for the year (no target, a text-only target, no expected value).
 * - `no-direction`: the report does not say which way is better, so nothing is judged.
 * - `not-comparable`: the series is measured differently from the targets (a definition change).
 * - `not-computable`: the numbers do not admit a rate (a negative value under `ratio`).
 * - `invalid`: the target or actual could not be read.
 */
export const ROW_STATUSES = [
  'evaluated',
  'tallying',
  'not-due',
  'missing',
  'not-surveyed',
  'not-applicable',
  'no-target',
  'no-direction',
  'not-comparable',
  'not-computable',
  'invalid',
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** An expected value (期待値): printed by the publisher, or on the straight line from the baseline to the final target. */
export interface ExpectedValue {
  /** For display: exact, or rounded half-up to one decimal more than the final target is printed with. */
  value: Value;
  /** The exact value the rate is computed from. */
  exact: Fraction;
  /** true when computed by straight line, false when printed. */
  computed: boolean;
}

/** One indicator (one series of it) in one fiscal year. */
export interface EvaluationRow {
  indicatorId: string;
  /** "actual" for a single series; the series id when an indicator has several. */
  seriesId: string;
  seriesLabel?: LocalizedText;
  no?: number;
  name: LocalizedText;
  kind: IndicatorKind;
  unit: LocalizedText;
  /** Which way is good: given, or stated by an inequality target; null when the report does not say. */
  direction: Direction | null;
  method: RateMethod;
  /** What the actual is compared with (see `Basis`). */
  basis: Basis;
  year: number;
  /** The target printed for the year. */
  target: Value | null;
  /** The expected value for the year, when the basis is `expected`. */
  expected: ExpectedValue | null;
  /** The value the actual was compared with (the year's target, the expected value or the final target), and its year. */
  comparedWith: Value | null;
  comparedYear: number | null;
  actual: Value | null;
  baseline: Baseline | null;
  /** The latest actual with a value up to the year (for a summary whose year has none yet). */
  latest: { year: number; value: Value } | null;
  /** actual − baseline, exactly, when both are numbers (for zero targets and progress). */
  change: { decimal: string; decimals: number } | null;
  /** The rounded percentage, or null. */
  rate: number | null;
  /** The same with exactly `rounding.digits` decimals ("61.3"): the one text every display shows. */
  rateText: string | null;
  rateReason: RateReason;
  /** The rounding the rate was made with (the indicator's, else the dataset's). */
  rounding: { digits: number; mode: RoundingMode };
  /** For an inequality target: met (true) or not (false); also for a zero target; else undefined. */
  meetsTarget?: boolean;
  /** The actual is an estimate or preliminary (見込み, 速報値): the rate and judgment are provisional. */
  provisional: boolean;
  status: RowStatus;
  /** A judgment id of the scheme (`achieved`, `nearly-achieved`, `not-achieved`, `tallying`), or null. */
  judgment: string | null;
  /** The rate is ≥ 200% or < 80% (per the dataset), so the publisher asks for a reason. */
  reasonRequired: boolean;
  /** The publisher's reason for the year, if given. */
  reason: LocalizedText | null;
  /** The groups that list this indicator (e.g. the unit measures it serves). */
  groupIds: string[];
  /** The indicator's display decimals override, if any. */
  decimals?: number;
}

export interface EvaluateOptions {
  /** The fiscal year; default the dataset's reported year. */
  year?: number;
  /** Override the dataset's scheme. */
  scheme?: string | JudgmentScheme;
  /** Override every indicator's and the dataset's rounding. */
  digits?: number;
  rounding?: RoundingMode;
}

/** Every row of a dataset for one fiscal year, in the dataset's order (series after series). */
export function evaluate(dataset: Dataset, options: EvaluateOptions = {}): EvaluationRow[] {
  const year = options.year ?? dataset.plan.reportedYear;
  const settings: EvaluationSettings = { ...dataset.evaluation, scheme: options.scheme ?? dataset.evaluation.scheme };
  const groups = groupsByIndicator(dataset);
  return dataset.indicators.flatMap((indicator) =>
    indicator.series.map((series) =>
      evaluateSeries(indicator, series, year, settings, dataset.plan.reportedYear, groups.get(indicator.id) ?? [], options),
    ),
  );
}

/** One series of one indicator in one year. `reportedYear` decides what is `not-due`. */
export function evaluateSeries(
  indicator: Indicator,
  series: Series,
  year: number,
  settings: EvaluationSettings,
  reportedYear: number,
  groupIds: string[] = [],
  overrides: Pick<EvaluateOptions, 'digits' | 'rounding'> = {},
): EvaluationRow {
  const target = indicator.targets[year] ?? null;
  const actual = series.actuals[year] ?? null;
  const baseline = series.baseline ?? indicator.baseline ?? null;
  const method = indicator.method ?? settings.method;
  const basis = indicator.basis ?? settings.basis ?? 'target';
  const scheme = resolveScheme(settings.scheme);
  const rounding = {
    digits: overrides.digits ?? indicator.rounding?.digits ?? settings.rounding.digits,
    mode: overrides.rounding ?? indicator.rounding?.mode ?? settings.rounding.mode,
  };
  const expected = basis === 'expected' ? expectedValue(indicator, baseline, year) : null;
  const final = basis === 'final-target' ? finalTarget(indicator) : null;
  const comparedWith = basis === 'expected' ? (expected?.value ?? null) : basis === 'final-target' ? (final?.value ?? null) : target;
  const comparedYear = basis === 'final-target' ? (final?.year ?? null) : comparedWith ? year : null;
  const comparator = comparedWith?.comparator;
  const direction = indicator.direction ?? (comparator ? comparatorDirection(comparator) : null);
  const row: EvaluationRow = {
    indicatorId: indicator.id,
    seriesId: series.id,
    name: indicator.name,
    kind: indicator.kind,
    unit: indicator.unit,
    direction,
    method,
    basis,
    year,
    target,
    expected,
    comparedWith,
    comparedYear,
    actual,
    baseline,
    latest: latestActual(series, year),
    change: change(actual, baseline),
    rate: null,
    rateText: null,
    rateReason: 'missing',
    rounding,
    provisional: actual?.qualifier === 'estimate' || actual?.qualifier === 'preliminary',
    status: 'evaluated',
    judgment: null,
    reasonRequired: false,
    reason: indicator.reasons[year] ?? null,
    groupIds,
  };
  if (series.label !== undefined) row.seriesLabel = series.label;
  if (indicator.no !== undefined) row.no = indicator.no;
  if (indicator.decimals !== undefined) row.decimals = indicator.decimals;
  const given = scheme && !scheme.computed ? (indicator.givenJudgments[year] ?? null) : null;

  const status = statusBeforeRate(target, comparedWith, actual, series, year, reportedYear);
  if (status) {
    row.status = status;
    row.judgment = status === 'tallying' ? (scheme?.tallying?.id ?? null) : given;
    return row;
  }
  if (!direction) {
    row.status = 'no-direction';
    row.judgment = given;
    return row;
  }
  const outcome = rateOutcome(
    {
      target: expected ? expected.exact : comparedWith!.decimal,
      actual: actual!.decimal,
      baseline: baseline?.value.decimal ?? null,
      direction,
      method,
      ...(comparator && { comparator }),
      ...(indicator.tolerance !== undefined && { tolerance: indicator.tolerance }),
    },
    { digits: rounding.digits, rounding: rounding.mode },
  );
  row.rate = outcome.rate;
  row.rateText = outcome.text;
  row.rateReason = outcome.reason;
  if (outcome.meetsTarget !== undefined) row.meetsTarget = outcome.meetsTarget;
  row.judgment = scheme?.computed ? judgeOutcome(outcome, scheme) : given;
  row.reasonRequired = isReasonRequired(outcome.rate, settings.reasonRequired);
  if (outcome.rate == null && outcome.meetsTarget === undefined) row.status = 'not-computable';
  return row;
}

function statusBeforeRate(
  target: Value | null,
  compared: Value | null,
  actual: Value | null,
  series: Series,
  year: number,
  reportedYear: number,
): RowStatus | null {
  if (target?.status === 'invalid' || compared?.status === 'invalid' || actual?.status === 'invalid') return 'invalid';
  if (!actual) return year > reportedYear ? 'not-due' : 'missing';
  if (actual.status === 'tallying') return 'tallying';
  if (actual.status === 'not-surveyed') return 'not-surveyed';
  if (actual.status !== 'value') return 'not-applicable';
  if (compared?.status !== 'value') return 'no-target';
  if (!series.comparable) return 'not-comparable';
  return null;
}

/** The target of the last year that has a numeric one: the plan's final target. */
export function finalTarget(indicator: Indicator): { year: number; value: Value } | null {
  const years = Object.keys(indicator.targets).map(Number).sort((a, b) => b - a);
  for (const year of years) {
    const value = indicator.targets[year]!;
    if (value.status === 'value') return { year, value };
  }
  return null;
}

/**
 * The expected value (期待値) of a year: the one printed in `expected`, else the point on the straight
 * line from the baseline (its value and year) to the final target (its value and year):
 * baseline + (final − baseline) × (year − baseline year) / (final year − baseline year), exactly.
 * From the final year on it is the final target. Null without a dated baseline and a later final target.
 */
export function expectedValue(indicator: Indicator, baseline: Baseline | null, year: number): ExpectedValue | null {
  const printed = indicator.expected[year];
  if (printed) {
    const exact = printed.status === 'value' ? toFraction(printed.decimal!) : null;
    return exact ? { value: printed, exact, computed: false } : null;
  }
  const final = finalTarget(indicator);
  if (!final || final.value.comparator || !baseline || baseline.year === undefined || baseline.value.status !== 'value') return null;
  const b = parseDecimal(baseline.value.decimal!)!;
  const t = parseDecimal(final.value.decimal!)!;
  const y0 = baseline.year;
  const yN = final.year;
  if (year < y0 || yN <= y0) return null;
  const [bc, tc] = align(b, t);
  const scale = 10n ** BigInt(Math.max(b.scale, t.scale));
  const k = BigInt(Math.min(year, yN) - y0);
  const n = BigInt(yN - y0);
  const exact: Fraction = { numerator: bc! * n + (tc! - bc!) * k, denominator: scale * n };
  const printedDecimals = final.value.decimals ?? t.scale;
  const decimals = fitsDigits(exact, printedDecimals) ? printedDecimals : printedDecimals + 1;
  const decimal = fractionToString(exact, decimals, 'half-up');
  return { value: { status: 'value', decimal, value: Number(decimal), decimals }, exact, computed: true };
}

function latestActual(series: Series, year: number): { year: number; value: Value } | null {
  let best: { year: number; value: Value } | null = null;
  for (const [key, value] of Object.entries(series.actuals)) {
    const y = Number(key);
    if (value.status === 'value' && y <= year && (!best || y > best.year)) best = { year: y, value };
  }
  return best;
}

function change(actual: Value | null, baseline: Baseline | null): EvaluationRow['change'] {
  if (actual?.status !== 'value' || baseline?.value.status !== 'value') return null;
  const a = parseDecimal(actual.decimal!)!;
  const b = parseDecimal(baseline.value.decimal!)!;
  const [ac, bc] = align(a, b);
  const decimals = Math.max(a.scale, b.scale);
  return { decimal: scaledToString(ac! - bc!, decimals), decimals };
}

/** Every fiscal year an indicator mentions (baseline, targets, actuals), ascending. */
export function indicatorYears(indicator: Indicator): number[] {
  const years = new Set<number>([...Object.keys(indicator.targets), ...Object.keys(indicator.expected)].map(Number));
  for (const s of indicator.series) {
    for (const y of Object.keys(s.actuals)) years.add(Number(y));
    if (s.baseline?.year !== undefined) years.add(s.baseline.year);
  }
  if (indicator.baseline?.year !== undefined) years.add(indicator.baseline.year);
  return [...years].sort((a, b) => a - b);
}
