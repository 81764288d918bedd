import type { EvaluationRow } from '../core/evaluate.js';
import { fiscalYearLabel, type FiscalYearStyle } from '../core/fiscal-year.js';
import { formatNumber, formatRateText, formatValue, withUnit } from '../core/format.js';
import { localize, resolveLocale } from '../core/localize.js';
import type { Indicator, Qualifier, Value } from '../core/types.js';

/** A cell as shown: its text, and the marks printed beside it. */
export interface CellText {
  text: string;
  /** 見込み / 速報値 / 確定値, shown as a marker with a legend entry. */
  qualifier?: Qualifier;
  /** The fiscal year, when the value is not of the column's year (a latest actual, a baseline). */
  year?: string;
  /** Numbers of the footnotes on this cell. */
  notes?: number[];
}

/** A value of an indicator, formatted by core with the indicator's unit and decimals; the qualifier stays apart. */
export function valueText(value: Value | null | undefined, indicator: Indicator, locale: string): CellText {
  const text = formatValue(value, indicator.unit, { locale, decimals: indicator.decimals, qualifier: false });
  return value?.qualifier ? { text, qualifier: value.qualifier } : { text };
}

/**
 * The actual of the year, or, when the year has none yet, the latest actual with its year
 * (「1,389人（令和6年度）」, "1,389 (FY2024)") rather than a blank.
 */
export function actualText(row: EvaluationRow, indicator: Indicator, locale: string, style: FiscalYearStyle = resolveLocale(locale) === 'en' ? 'fy' : 'era'): CellText {
  if (row.actual?.status === 'value' || !row.latest || row.latest.year === row.year) return valueText(row.actual, indicator, locale);
  return { ...valueText(row.latest.value, indicator, locale), year: fiscalYearLabel(row.latest.year, { style, locale }) };
}

/**
 * What the rate column says: the rate exactly as core rounded it; for a zero target of a
 * lower-is-better indicator (no rate says anything there), the change from the baseline.
 */
export function rateText(row: EvaluationRow, indicator: Indicator, locale: string): string {
  if (row.rateText != null) return formatRateText(row.rateText, locale);
  if (row.rateReason === 'target-zero' && row.change) return changeText(row, indicator, locale);
  return '';
}

/** 「基準値から+50人」 / "+50 from the baseline". */
export function changeText(row: EvaluationRow, indicator: Indicator, locale: string): string {
  if (!row.change) return '';
  const number = formatNumber(row.change.decimal, { locale, decimals: indicator.decimals ?? row.change.decimals });
  const signed = row.change.decimal.startsWith('-') ? number.replace('-', '−') : `+${number}`;
  const value = withUnit(signed, indicator.unit, locale);
  return resolveLocale(locale) === 'en' ? `${value} from the baseline` : `基準値から${value}`;
}

/** The name of an indicator in a locale. */
export function indicatorName(indicator: Indicator, locale: string): string {
  return localize(indicator.name, locale);
}
