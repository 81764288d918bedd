import { expectedValue, indicatorYears } from '../core/evaluate.js';
import type { LocalizedText } from '../core/localize.js';
import type { Direction } from '../core/rate.js';
import type { Basis, Indicator, Value, ValueStatus } from '../core/types.js';

/** Where a point stands: a value, or why there is none (a gap, never a zero). */
export type PointStatus = ValueStatus | 'missing' | 'not-due';

export interface ChartPoint {
  year: number;
  /** For plotting only; numbers shown to people come from `value.decimal` through core. */
  y: number | null;
  status: PointStatus;
  value: Value | null;
}

export interface ChartSeries {
  id: string;
  kind: 'target' | 'actual' | 'expected';
  label?: LocalizedText;
  /** false: measured differently from the targets (a definition change). */
  comparable: boolean;
  points: ChartPoint[];
}

export interface ChartData {
  years: number[];
  targets: ChartSeries;
  /** Expected values (期待値), printed or on the line from the baseline to the final target; null when not used. */
  expected: ChartSeries | null;
  actuals: ChartSeries[];
  baseline: { year: number; y: number; value: Value; seriesId: string }[];
  /** null when the report does not say which way is better. */
  direction: Direction | null;
  reportedYear: number;
  unit: LocalizedText;
}

/**
 * The plottable content of an indicator: every fiscal year from the first to the last it mentions,
 * targets and each actual series, with a status for every empty year (tallying, not surveyed,
 * not due, missing) so the chart draws gaps, not zeros.
 */
export function chartData(indicator: Indicator, reportedYear: number, basis: Basis = 'target'): ChartData {
  const mentioned = indicatorYears(indicator);
  const years = mentioned.length ? range(mentioned[0]!, mentioned[mentioned.length - 1]!) : [];
  const point = (values: Record<string, Value>, year: number): ChartPoint => {
    const value = values[year] ?? null;
    if (!value) return { year, y: null, status: year > reportedYear ? 'not-due' : 'missing', value };
    return { year, y: value.status === 'value' ? value.value! : null, status: value.status, value };
  };
  const baseline: ChartData['baseline'] = [];
  for (const s of indicator.series) {
    const b = s.baseline ?? indicator.baseline;
    if (b?.year !== undefined && b.value.status === 'value' && !baseline.some((x) => x.year === b.year && x.y === b.value.value)) {
      baseline.push({ year: b.year, y: b.value.value!, value: b.value, seriesId: s.id });
    }
  }
  const useExpected = (indicator.basis ?? basis) === 'expected' || Object.keys(indicator.expected).length > 0;
  const expectedValues: Record<string, Value> = {};
  if (useExpected) {
    const base = indicator.series[0]?.baseline ?? indicator.baseline ?? null;
    for (const y of years) {
      const e = expectedValue(indicator, base, y);
      if (e && (!base || y !== base.year)) expectedValues[y] = e.value;
    }
  }
  return {
    years,
    targets: { id: 'target', kind: 'target', comparable: true, points: years.map((y) => point(indicator.targets, y)) },
    expected: useExpected ? { id: 'expected', kind: 'expected', comparable: true, points: years.map((y) => point(expectedValues, y)) } : null,
    actuals: indicator.series.map((s) => ({
      id: s.id,
      kind: 'actual' as const,
      ...(s.label !== undefined && { label: s.label }),
      comparable: s.comparable,
      points: years.map((y) => point(s.actuals, y)),
    })),
    baseline,
    direction: indicator.direction ?? null,
    reportedYear,
    unit: indicator.unit,
  };
}

/** Why an indicator cannot be charted, or null when it can. */
export function chartProblem(data: ChartData): 'no-years' | 'no-targets' | 'no-values' | 'one-point' | null {
  if (!data.years.length) return 'no-years';
  const targets = data.targets.points.filter((p) => p.y != null).length;
  const actuals = data.actuals.flatMap((s) => s.points).filter((p) => p.y != null).length + data.baseline.length;
  if (!targets) return 'no-targets';
  if (!actuals && targets < 2) return 'no-values';
  if (targets + actuals < 2) return 'one-point';
  return null;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}
