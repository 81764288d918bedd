import { fiscalYearLabel } from '../core/fiscal-year.js';
import { judgmentTier } from '../core/judgment.js';
import { localize, resolveLocale, type LocalizedText } from '../core/localize.js';
import type { SummaryLine } from '../core/summarize.js';
import type { Value } from '../core/types.js';
import { tableMessages } from '../i18n/table.js';
import { valueText, type CellText } from './cells.js';
import type { RowModel, TableModel } from './table-view.js';

/** The texts of the table that are decided from the model, not by the element. */

/** The plan's title with its report title when showing the reported year, else with the year shown. */
export function captionText(model: TableModel, locale: string): string {
  const { plan } = model.dataset;
  const title = localize(plan.title, locale);
  if (plan.reportTitle && model.year === plan.reportedYear) return `${title} ${localize(plan.reportTitle, locale)}`;
  return tableMessages(locale).caption(title, fiscalYearLabel(model.year, { style: resolveLocale(locale) === 'en' ? 'fy' : 'era', locale }));
}

function baselines(model: TableModel) {
  return model.dataset.indicators.flatMap((i) => [i.baseline, ...i.series.map((s) => s.baseline)]).filter((b) => b !== undefined);
}

/** Whether a dataset's baselines differ in year, by dataset: every baseline cell asks (10,000 rows, 10,000 indicators). */
const differ = new WeakMap<object, boolean>();

/** Does every baseline share one year (shown in the header), or does each cell need its own? */
export function baselineYearsDiffer(model: TableModel): boolean {
  let d = differ.get(model.dataset);
  if (d === undefined) differ.set(model.dataset, (d = new Set(baselines(model).map((b) => b.year)).size > 1));
  return d;
}

/**
 * A baseline's label in a locale: the data's own words (計画策定時, or its English when given); in
 * English, a Japanese label the report printed becomes ours ("At plan adoption"), or "Baseline".
 */
export function baselineLabel(label: LocalizedText | undefined, locale: string): string {
  const m = tableMessages(locale);
  if (label === undefined) return m.baseline;
  const text = localize(label, locale);
  if (resolveLocale(locale) !== 'en' || !/[\u3000-\u9fff\uff00-\uffef]/.test(text)) return text;
  return m.baselineLabels[text.trim()] ?? m.baseline;
}

/** The printed heading of the baseline column (計画策定時, 現状値), with its year when all baselines share one. */
export function baselineHeader(model: TableModel, locale: string): string {
  const all = baselines(model);
  const labels = new Set(all.filter((b) => b.label).map((b) => baselineLabel(b.label, locale)));
  const years = new Set(all.map((b) => b.year));
  const m = tableMessages(locale);
  const label = labels.size === 1 ? [...labels][0]! : m.baseline;
  const [year] = years;
  return years.size === 1 && year !== undefined ? m.baselineHeader(label, fiscalYearLabel(year, { style: model.yearStyle, locale })) : label;
}

/** A row's baseline, with its year when the baselines do not share one. */
export function baselineCell(r: RowModel, model: TableModel, locale: string): CellText {
  const b = r.series.baseline ?? r.indicator.baseline;
  const c = valueText(b?.value, r.indicator, locale);
  if (b?.year !== undefined && baselineYearsDiffer(model)) c.year = fiscalYearLabel(b.year, { style: model.yearStyle, locale });
  return c;
}

/** The last target of a row (a number, or words such as 延伸), with its year. */
export function finalTargetCell(r: RowModel, model: TableModel, locale: string): CellText & { value: Value | null } {
  const years = Object.keys(r.indicator.targets).map(Number);
  if (!years.length) return { text: '', value: null };
  const year = Math.max(...years);
  const value = r.indicator.targets[year]!;
  return { ...valueText(value, r.indicator, locale), year: fiscalYearLabel(year, { style: model.yearStyle, locale }), value };
}

/** The expected value (期待値) of a year for the expected row; none for the baseline's own year. */
export function expectedCell(r: RowModel, year: number, locale: string): CellText | null {
  const value = r.expected.get(year);
  return value ? valueText(value, r.indicator, locale) : null;
}

/** 「達成 20（概ね達成含む）」 for a summary line. */
export function lineText(line: SummaryLine, model: TableModel, locale: string): string {
  const included = line.includes.filter((i) => i !== line.id).map((i) => localize(judgmentTier(i, model.scheme)?.label, locale));
  return tableMessages(locale).line(localize(line.label, locale), line.count, included);
}

/** Numbers line up at the end; words (継続実施, a sentence) wrap like text. */
export function cellClass(value: Value | null | undefined): 'num' | 'text' {
  return value?.status === 'text' ? 'text' : 'num';
}
