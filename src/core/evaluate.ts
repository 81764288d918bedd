import type { RoundingMode } from './decimal.js';
import { groupsByIndicator } from './groups.js';
import { judgeOutcome, resolveScheme, type JudgmentScheme } from './judgment.js';
import type { LocalizedText } from './localize.js';
import { rateOutcome, type Direction, type RateMethod, type RateReason } from './rate.js';
import { isReasonRequired } from './reason.js';
import type { Baseline, Dataset, EvaluationSettings, Indicator, IndicatorKind, Series, Value } from './types.js';

/**
 * Where a row stands for the year evaluated.
 * - `evaluated`: a judgment was made (with a rate, or by direct comparison when the formula divides by zero).
 * - `tallying`: the actual is 集計中.
 * - `not-due`: a future year (after the reported year) without an actual.
 * - `missing`: a due year without an actual.
 * - `not-surveyed`: a census-type indicator in a year without a survey.
 * - `not-applicable`: the actual is "—".
 * - `no-target`: no numeric target for the year.
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
  'not-comparable',
  'not-computable',
  'invalid',
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

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
  direction: Direction;
  method: RateMethod;
  year: number;
  target: Value | null;
  actual: Value | null;
  baseline: Baseline | null;
  /** The rounded percentage, or null. */
  rate: number | null;
  /** The same with exactly `digits` decimals ("61.3"). */
  rateText: string | null;
  rateReason: RateReason;
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
  digits?: number;
  rounding?: RoundingMode;
}

/** Every row of a dataset for one fiscal year, in the dataset's order (series after series). */
export function evaluate(dataset: Dataset, options: EvaluateOptions = {}): EvaluationRow[] {
  const year = options.year ?? dataset.plan.reportedYear;
  const settings = settingsWith(dataset.evaluation, options);
  const groups = groupsByIndicator(dataset);
  return dataset.indicators.flatMap((indicator) =>
    indicator.series.map((series) =>
      evaluateSeries(indicator, series, year, settings, dataset.plan.reportedYear, groups.get(indicator.id) ?? []),
    ),
  );
}

function settingsWith(settings: EvaluationSettings, options: EvaluateOptions): EvaluationSettings {
  return {
    ...settings,
    scheme: options.scheme ?? settings.scheme,
    rounding: {
      digits: options.digits ?? settings.rounding.digits,
      mode: options.rounding ?? settings.rounding.mode,
    },
  };
}

/** One series of one indicator in one year. `reportedYear` decides what is `not-due`. */
export function evaluateSeries(
  indicator: Indicator,
  series: Series,
  year: number,
  settings: EvaluationSettings,
  reportedYear: number,
  groupIds: string[] = [],
): EvaluationRow {
  const target = indicator.targets[year] ?? null;
  const actual = series.actuals[year] ?? null;
  const baseline = series.baseline ?? indicator.baseline ?? null;
  const method = indicator.method ?? settings.method;
  const scheme = resolveScheme(settings.scheme);
  const row: EvaluationRow = {
    indicatorId: indicator.id,
    seriesId: series.id,
    name: indicator.name,
    kind: indicator.kind,
    unit: indicator.unit,
    direction: indicator.direction,
    method,
    year,
    target,
    actual,
    baseline,
    rate: null,
    rateText: null,
    rateReason: 'missing',
    status: 'evaluated',
    judgment: null,
    reasonRequired: false,
    reason: indicator.reasons[year] ?? null,
    groupIds,
  };
  if (series.label !== undefined) row.seriesLabel = series.label;
  if (indicator.no !== undefined) row.no = indicator.no;
  if (indicator.decimals !== undefined) row.decimals = indicator.decimals;

  const status = statusBeforeRate(target, actual, series, year, reportedYear);
  if (status) {
    row.status = status;
    if (status === 'tallying') row.judgment = scheme?.tallying?.id ?? null;
    return row;
  }
  const outcome = rateOutcome(
    {
      target: target!.decimal,
      actual: actual!.decimal,
      baseline: baseline?.value.decimal ?? null,
      direction: indicator.direction,
      method,
      ...(indicator.tolerance !== undefined && { tolerance: indicator.tolerance }),
    },
    { digits: settings.rounding.digits, rounding: settings.rounding.mode },
  );
  row.rate = outcome.rate;
  row.rateText = outcome.text;
  row.rateReason = outcome.reason;
  row.judgment = judgeOutcome(outcome, scheme ?? undefined);
  row.reasonRequired = isReasonRequired(outcome.rate, settings.reasonRequired);
  if (outcome.rate == null && outcome.meetsTarget === undefined) row.status = 'not-computable';
  return row;
}

function statusBeforeRate(
  target: Value | null,
  actual: Value | null,
  series: Series,
  year: number,
  reportedYear: number,
): RowStatus | null {
  if (target?.status === 'invalid' || actual?.status === 'invalid') return 'invalid';
  if (!actual) return year > reportedYear ? 'not-due' : 'missing';
  if (actual.status === 'tallying') return 'tallying';
  if (actual.status === 'not-surveyed') return 'not-surveyed';
  if (actual.status === 'not-applicable') return 'not-applicable';
  if (target?.status !== 'value') return 'no-target';
  if (!series.comparable) return 'not-comparable';
  return null;
}

/** Every fiscal year an indicator mentions (baseline, targets, actuals), ascending. */
export function indicatorYears(indicator: Indicator): number[] {
  const years = new Set<number>(Object.keys(indicator.targets).map(Number));
  for (const s of indicator.series) {
    for (const y of Object.keys(s.actuals)) years.add(Number(y));
    if (s.baseline?.year !== undefined) years.add(s.baseline.year);
  }
  if (indicator.baseline?.year !== undefined) years.add(indicator.baseline.year);
  return [...years].sort((a, b) => a - b);
}
