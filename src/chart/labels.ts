import type { EvaluationRow } from '../core/evaluate.js';
import { FISCAL_YEAR_STYLES, fiscalYearLabel, type FiscalYearStyle } from '../core/fiscal-year.js';
import { formatNumber, formatRateText, formatValue } from '../core/format.js';
import { judgmentTier, type JudgmentScheme } from '../core/judgment.js';
import { localize, resolveLocale } from '../core/localize.js';
import type { Indicator, Value } from '../core/types.js';
import { chartMessages } from '../i18n/chart.js';
import type { ChartData } from './data.js';
import type { ChartTexts, PlacedPoint } from './geometry.js';

/** How a chart writes fiscal years: on the axis, and in its sentences, point names and table. */
export interface ChartYearStyles {
  axis: FiscalYearStyle;
  long: FiscalYearStyle;
}

/**
 * The year styles for a language and the page's `year-style`: by default R6 on the axis and 令和6年度
 * in sentences in Japanese, FY2024 throughout in English. A style the page sets is used everywhere
 * (`era-short` only on the axis: R6 does not read as a sentence); an unknown one is ignored.
 */
export function chartYearStyles(locale: string, asked?: string | null): ChartYearStyles {
  const en = resolveLocale(locale) === 'en';
  const style = asked && (FISCAL_YEAR_STYLES as readonly string[]).includes(asked) ? (asked as FiscalYearStyle) : undefined;
  return {
    axis: style ?? (en ? 'fy' : 'era-short'),
    long: style && style !== 'era-short' ? style : en ? 'fy' : 'era',
  };
}

/** A value-axis label: the number as core formats it, with "%" for percentages. */
export function axisNumber(value: number, indicator: Indicator, locale: string): string {
  const decimals = Number.isInteger(value) ? 0 : Math.min(3, String(value).split('.')[1]?.length ?? 0);
  return formatNumber(value, { locale, decimals }) + (localize(indicator.unit) === '%' ? '%' : '');
}

/** The words drawn on the chart, for `chartGeometry` to place. */
export function chartTexts(data: ChartData, indicator: Indicator, year: number, locale: string, styles: ChartYearStyles): ChartTexts {
  const m = chartMessages(locale);
  const yearText = (y: number) => fiscalYearLabel(y, { style: styles.axis, locale });
  const firstDue = data.years.find((y) => y > year);
  return {
    year: yearText,
    value: (v) => axisNumber(v, indicator, locale),
    notDue: firstDue !== undefined ? [m.notDue(yearText(firstDue)), m.notDueShort] : null,
    lowerIsBetter: data.direction === 'decrease' ? m.lowerIsBetter : null,
    tallying: m.status.tallying,
  };
}

/**
 * A judgment as a sentence shows it: the scheme's label (「未達成」), a bare grade letter with the
 * word for grade (「判定C」, "grade C"), and in English a word in lower case ("not achieved").
 */
export function judgmentText(judgment: string | null | undefined, scheme: JudgmentScheme | null, locale: string): string {
  if (!judgment) return '';
  const m = chartMessages(locale);
  const label = localize(judgmentTier(judgment, scheme)?.label, locale) || judgment;
  if (/^[A-Z][+-]?$/.test(label)) return m.grade(label);
  return resolveLocale(locale) === 'en' && /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** What a point's accessible name and tooltip need besides the point. */
export interface PointContext {
  data: ChartData;
  indicator: Indicator;
  scheme: JudgmentScheme | null;
  /** The evaluated row of each actual, by `${seriesId}|${year}`. */
  rowsByYear: ReadonlyMap<string, EvaluationRow>;
  locale: string;
  styles: ChartYearStyles;
}

/**
 * A point's accessible name (and tooltip): year, what it is, value; for an actual, its rate and
 * judgment as the badge and the table give them (「令和6年度 実績値 2,176件（達成率61.3%、未達成）」),
 * or why there is none (no target to compare with, measured differently, not judged).
 */
export function pointLabel(p: PlacedPoint, ctx: PointContext): string {
  const { locale, data } = ctx;
  const m = chartMessages(locale);
  const series = data.actuals.find((s) => s.id === p.seriesId);
  const kind = p.kind === 'target' ? m.target : p.kind === 'baseline' ? m.baseline : p.kind === 'expected' ? m.expectedLine
    : series?.label && data.actuals.length > 1 ? m.actualOf(localize(series.label, locale)) : m.actual;
  const value = formatValue(p.value, ctx.indicator.unit, { locale, decimals: ctx.indicator.decimals });
  const label = m.point(kind, fiscalYearLabel(p.year, { style: ctx.styles.long, locale }), value);
  const row = p.kind === 'actual' ? ctx.rowsByYear.get(`${p.seriesId}|${p.year}`) : undefined;
  if (!row) return label;
  const judgment = judgmentText(row.judgment, ctx.scheme, locale);
  if (row.rateText != null || judgment) {
    const rate = row.rateText != null ? formatRateText(row.rateText, locale) : '';
    return m.pointJudged(label, row.method === 'progress' ? m.progressRate : m.rate, rate, judgment);
  }
  const reason = row.status === 'not-comparable' ? m.pointWhyNot.notComparable
    : row.status === 'no-direction' ? m.pointWhyNot.noDirection
      : row.status === 'no-target' ? m.pointWhyNot.noTarget
        : row.rateReason === 'target-zero' ? m.pointWhyNot.targetZero
          : row.status === 'not-computable' || row.status === 'evaluated' ? m.pointWhyNot.noRate
            : '';
  return reason ? m.pointNote(label, reason) : label;
}

/** The evaluated row of every actual up to `year`, by `${seriesId}|${year}`, for the point names. */
export function rowsOfActuals(indicator: Indicator, year: number, evaluateYear: (seriesIndex: number, year: number) => EvaluationRow): Map<string, EvaluationRow> {
  const rows = new Map<string, EvaluationRow>();
  indicator.series.forEach((series, i) => {
    for (const y of Object.keys(series.actuals).map(Number)) if (y <= year) rows.set(`${series.id}|${y}`, evaluateYear(i, y));
  });
  return rows;
}

/** A value as the chart writes it: with the indicator's unit and decimals. */
export function chartValue(v: Value | null | undefined, indicator: Indicator, locale: string): string {
  return formatValue(v, indicator.unit, { locale, decimals: indicator.decimals });
}
