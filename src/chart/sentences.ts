import type { EvaluationRow } from '../core/evaluate.js';
import { fiscalYearLabel, type FiscalYearStyle } from '../core/fiscal-year.js';
import { formatRateText, formatValue } from '../core/format.js';
import type { JudgmentScheme } from '../core/judgment.js';
import { localize, resolveLocale } from '../core/localize.js';
import type { Indicator, Value } from '../core/types.js';
import { chartMessages } from '../i18n/chart.js';
import { changeText } from '../view/cells.js';
import type { ChartData } from './data.js';
import { judgmentText } from './labels.js';

/**
 * The chart's text alternative, as sentences: the judgment of the year (with the same rate text
 * as the badge and the table, from core's `rateText`), the latest value, the trend, the final
 * target, and what a sighted reader sees besides (a non-comparable series, lower is better,
 * an estimate). Each status reads as a sentence of its own: 「令和5年度は調査年ではありません」,
 * 「令和6年度の実績はまだありません」. Pure: the element, the static renderer and the tests share it.
 * `yearStyle` writes the years (default 令和6年度 in Japanese, FY2024 in English).
 */
export function chartSentences(
  data: ChartData,
  row: EvaluationRow | null,
  indicator: Indicator,
  scheme: JudgmentScheme | null,
  year: number,
  locale: string,
  yearStyle: FiscalYearStyle = resolveLocale(locale) === 'en' ? 'fy' : 'era',
): string[] {
  const m = chartMessages(locale);
  const label = (y: number) => fiscalYearLabel(y, { style: yearStyle, locale });
  const value = (v: Value | null | undefined) => formatValue(v, indicator.unit, { locale, decimals: indicator.decimals });
  const yearLabel = label(year);
  const parts: string[] = [];
  const judgment = judgmentText(row?.judgment, scheme, locale);
  const compared = row ? comparedText(row, value, label, locale) : '';
  if (row && row.status === 'evaluated') {
    const actual = value(row.actual);
    if (row.rateText != null) {
      const rateWord = row.method === 'progress' ? m.progressRate : m.rate;
      parts.push(m.evaluated(yearLabel, actual, compared, rateWord, formatRateText(row.rateText, locale), judgment));
    } else if (row.rateReason === 'inequality') {
      parts.push(m.bound(yearLabel, actual, compared, row.meetsTarget === true, judgment));
    } else {
      parts.push(m.evaluatedNoRate(yearLabel, actual, compared, row.meetsTarget, judgment));
      if (row.rateReason === 'target-zero' && row.change) parts.push(m.change(changeText(row, indicator, locale)));
    }
    if (row.provisional) parts.push(m.provisional);
  } else if (row) {
    const status = row.status === 'no-direction' ? 'no-direction'
      : row.actual && row.actual.status !== 'value' ? (row.actual.status === 'text' ? 'not-applicable' : row.actual.status)
      : row.status === 'not-due' ? 'not-due'
      : row.actual ? 'no-target' : 'missing';
    parts.push(m.notEvaluated(yearLabel, status, row ? comparedText(row, value, label, locale, true) : ''));
  }
  const main = data.actuals.find((s) => s.comparable) ?? data.actuals[0];
  const known = main ? main.points.filter((p) => p.y != null && p.year <= year) : [];
  const first = data.baseline.find((b) => b.seriesId === main?.id) ?? (known[0] ? { year: known[0].year, y: known[0].y!, value: known[0].value! } : null);
  const last = known.at(-1);
  if (last && row?.status !== 'evaluated') parts.push(m.latest(label(last.year), value(last.value)));
  if (first && last && first.year < last.year) {
    const change = last.y! > first.y ? 'up' : last.y! < first.y ? 'down' : 'flat';
    parts.push(m.trend(label(first.year), value(first.value), label(last.year), value(last.value), change));
  }
  const finalTarget = [...data.targets.points].reverse().find((p) => p.value && p.year > year);
  if (finalTarget) parts.push(m.finalTarget(label(finalTarget.year), value(finalTarget.value)));
  for (const s of data.actuals.filter((x) => !x.comparable)) parts.push(m.notComparable(localize(s.label, locale)));
  if (data.direction === 'decrease') parts.push(m.lowerIsBetterSentence);
  return parts;
}

/** 「目標 3,550件」「期待値 1,200人」「令和8年度の目標 0人」; as a note in brackets with `note`. */
function comparedText(row: EvaluationRow, value: (v: Value | null | undefined) => string, label: (y: number) => string, locale: string, note = false): string {
  const m = chartMessages(locale);
  const say = note ? m.comparedNote : m.compared;
  if (!row.comparedWith) return '';
  if (row.basis === 'expected') return say('expected', value(row.comparedWith));
  if (row.basis === 'final-target' && row.comparedYear != null) return say('final', value(row.comparedWith), label(row.comparedYear));
  return say('target', value(row.comparedWith));
}
