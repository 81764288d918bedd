import { evaluate, expectedValue, finalTarget, type EvaluationRow } from '../core/evaluate.js';
import { FISCAL_YEAR_STYLES, type FiscalYearStyle } from '../core/fiscal-year.js';
import { flattenGroups } from '../core/groups.js';
import { resolveScheme, type JudgmentScheme } from '../core/judgment.js';
import { localize, resolveLocale } from '../core/localize.js';
import { summarize, summarizeGivenJudgments, type Summary } from '../core/summarize.js';
import type { Dataset, Group, Indicator, Problem, Qualifier, Series, Value } from '../core/types.js';
import type { ValidationResult } from '../core/validate.js';
import { tableMessages } from '../i18n/table.js';
import {
  MAX_YEAR_COLUMNS, SORT_KEYS, TABLE_COLUMNS, TABLE_LAYOUTS, cellKey, levelLabel, measureLevel,
  type Footnote, type LegendEntry, type RowModel, type TableColumn, type TableLayout, type TableModel, type TableOptions,
} from './table-view.js';

export * from './table-view.js';

function attributeProblem(name: string, expected: string, got: string): Problem {
  return { path: `@${name}`, code: 'wrong-type', severity: 'error', expected, got: JSON.stringify(got), field: name, message: `${name}: expected ${expected}, got ${JSON.stringify(got)}` };
}

const SUMMARY_COLUMNS: TableColumn[] = ['no', 'indicator', 'measure', 'baseline', 'targets', 'expected', 'final-target', 'actual', 'result', 'rate', 'reason'];
const SERIES_COLUMNS: TableColumn[] = ['kind', 'indicator', 'baseline', 'targets', 'rate'];


/** Everything the table shows, decided from the validated dataset and the element's options. */
export function tableModel(result: ValidationResult, options: TableOptions): TableModel {
  const dataset = result.dataset!;
  const locale = options.locale;
  const scheme = resolveScheme(dataset.evaluation.scheme);
  const judges = !!scheme && scheme.tiers.length > 0;
  const year = options.year ?? dataset.plan.reportedYear;
  const period = dataset.plan.period;
  const long = !!period && period.end - period.start > 4;
  const attributeProblems: Problem[] = [];
  const requested = options.layout && (TABLE_LAYOUTS as readonly string[]).includes(options.layout) ? (options.layout as TableLayout) : 'auto';
  if (options.layout && requested !== options.layout) attributeProblems.push(attributeProblem('layout', TABLE_LAYOUTS.join(', '), options.layout));
  const yearStyle = options.yearStyle && (FISCAL_YEAR_STYLES as readonly string[]).includes(options.yearStyle) ? (options.yearStyle as FiscalYearStyle) : undefined;
  if (options.yearStyle && !yearStyle) attributeProblems.push(attributeProblem('year-style', `one of ${FISCAL_YEAR_STYLES.join(', ')}`, options.yearStyle));
  // Grades given to measures (Asaka) read best per measure; grades given to indicators, row by row.
  const groupGraded = flattenGroups(dataset.groups).some((g) => Object.keys(g.group.givenJudgments).length > 0);
  const layout = requested !== 'auto'
    ? requested
    : (scheme?.computed === false && judges && groupGraded) || long ? 'series' : 'summary';
  const evaluated = evaluate(dataset, { year });
  const listed = options.years ? options.years.split(/[\s,]+/).filter(Boolean) : [];
  const readable = [...new Set(listed.map(Number).filter((y) => Number.isInteger(y) && y >= 1900 && y <= 2200))].sort((a, b) => a - b);
  if (listed.length && (readable.length !== listed.length || readable.length > MAX_YEAR_COLUMNS)) {
    attributeProblems.push(attributeProblem('years', `up to ${MAX_YEAR_COLUMNS} different fiscal years such as "2024 2025 2026"`, options.years!.length > 60 ? `${options.years!.slice(0, 60)}…` : options.years!));
  }
  const years = readable.length
    ? readable.slice(0, MAX_YEAR_COLUMNS)
    : period
      ? range(layout === 'summary' && long ? year : period.start, layout === 'summary' && long ? year : period.end)
      : [year];
  const asked = options.columns ? options.columns.split(/[\s,]+/).filter(Boolean) : [];
  const unknownColumns = asked.filter((c) => !(TABLE_COLUMNS as readonly string[]).includes(c));
  if (unknownColumns.length) attributeProblems.push(attributeProblem('columns', `column names from: ${TABLE_COLUMNS.join(' ')}`, unknownColumns.join(' ')));
  const chosen = asked.filter((c) => (TABLE_COLUMNS as readonly string[]).includes(c)) as TableColumn[];
  const columns = chosen.length ? chosen : defaultColumns(layout, dataset, evaluated, years, judges);
  const deepest = new Map(flattenGroups(dataset.groups).filter((g) => g.group.indicators.length).map((g) => [g.group.id, g.group]));
  const problemsById = new Map<string, Problem[]>();
  for (const p of result.problems) {
    if (p.indicatorId === undefined || p.severity !== 'error') continue;
    problemsById.set(p.indicatorId, [...(problemsById.get(p.indicatorId) ?? []), p]);
  }
  // evaluate() returns one row per series, indicator after indicator: pair them by position, so
  // two indicators with the same id (a problem validate reports) still each get their own rows.
  const owners = dataset.indicators.flatMap((indicator) => indicator.series.map((series) => ({ indicator, series })));
  const notes = new Notes();
  const groupNotes = new Map<string, number[]>();
  for (const { group } of flattenGroups(dataset.groups)) {
    if (group.notes.length) groupNotes.set(group.id, group.notes.map((n) => notes.add(localize(n, locale))));
  }
  const cellNotes = new Map<string, number>();
  const rows = evaluated.map((row, index): RowModel => {
    const { indicator, series } = owners[index]!;
    const own = [...indicator.notes, ...(indicator.source ? [indicator.source] : []), ...(series.note ? [series.note] : [])];
    const cells: [string, number | string, Value | null | undefined][] = [
      ...years.map((y): [string, number, Value | undefined] => ['targets', y, indicator.targets[y]]),
      ['actuals', year, row.actual],
      ['baseline', 'baseline', row.baseline?.value],
      ...(layout === 'series' ? years.map((y): [string, number, Value | undefined] => ['actuals', y, series.actuals[y]]) : []),
    ];
    for (const [field, y, value] of cells) {
      if (value?.note) cellNotes.set(cellKey(indicator.id, field === 'actuals' ? `actuals:${series.id}` : field, y), notes.add(value.note));
    }
    return {
      key: `${index}\u0000${row.indicatorId}\u0000${row.seriesId}`,
      row,
      indicator,
      series,
      problems: problemsById.get(row.indicatorId) ?? [],
      measures: row.groupIds.map((id) => deepest.get(id)).filter((g): g is Group => !!g),
      notes: [...new Set(own.map((n) => notes.add(localize(n, locale))))],
      expected: layout === 'series' ? expectedValues(indicator, series, years) : NO_EXPECTED,
    };
  });
  const summaryOf = layout === 'series' && scheme && !scheme.computed && judges && groupGraded ? 'groups' : 'rows';
  const summary = summaryOf === 'groups'
    ? summarizeGivenJudgments(dataset, year, measureLevel(dataset))
    : summarize(evaluated, scheme ?? undefined);
  const allAttributeProblems = [...attributeProblems, ...choiceProblems(options, summary, scheme)];
  return {
    dataset,
    scheme,
    judges,
    layout,
    year,
    years,
    yearStyle: yearStyle ?? (resolveLocale(locale) === 'en' ? 'fy' : layout === 'summary' ? 'era-short' : 'era'),
    columns,
    rows,
    summary,
    summaryOf,
    headline: { count: summary.total, noun: headlineNoun(dataset, layout, locale, summary.total) },
    documentProblems: [...allAttributeProblems, ...result.problems.filter((p) => p.indicatorId === undefined && p.severity === 'error')],
    errorCount: allAttributeProblems.length + result.problems.filter((p) => p.severity === 'error').length,
    footnotes: notes.list,
    groupNotes,
    cellNotes,
    legend: legend(rows, columns, years, layout, locale),
    attributeProblems: allAttributeProblems,
  };
}

/** A `filter` that names no summary line or tier, a `sort` that names no key: reported, then ignored. */
function choiceProblems(options: TableOptions, summary: Summary, scheme: JudgmentScheme | null): Problem[] {
  const out: Problem[] = [];
  if (options.filter) {
    const ids = new Set([...summary.lines.map((l) => l.id), ...(scheme?.tiers ?? []).map((t) => t.id), ...(scheme?.tallying ? [scheme.tallying.id] : [])]);
    if (!ids.has(options.filter)) out.push(attributeProblem('filter', ids.size ? [...ids].join(', ') : 'nothing (this report makes no judgment)', options.filter));
  }
  if (options.sort) {
    const [key, dir, ...rest] = options.sort.split('-');
    if (!(SORT_KEYS as readonly string[]).includes(key!) || (dir !== undefined && dir !== 'desc') || rest.length) {
      out.push(attributeProblem('sort', `${SORT_KEYS.join(', ')}, each optionally with -desc`, options.sort));
    }
  }
  return out;
}

/**
 * The columns a layout shows by default: no result, rate or reason for a report without judgments;
 * the expected value when an indicator is compared with one; the final target when the years
 * shown have no target of their own (plans that print only 目標値（令和8年度）).
 */
function defaultColumns(layout: 'summary' | 'series', dataset: Dataset, rows: EvaluationRow[], years: number[], judges: boolean): TableColumn[] {
  if (layout === 'series') {
    return SERIES_COLUMNS.filter((c) => c !== 'rate' || judges || rows.some((r) => r.rateText != null));
  }
  // Plans that print one target per indicator (目標値（令和8年度）) get one target column, with its year.
  const finalOnly = dataset.indicators.every((i) => Object.keys(i.targets).length <= 1) && years.length > 1;
  const anyTargetInYears = !finalOnly && dataset.indicators.some((i) => years.some((y) => i.targets[y]));
  const anyFinal = finalOnly || dataset.indicators.some((i) => finalTarget(i) && !years.includes(finalTarget(i)!.year));
  // Groups below the section headers (which show the top two levels) get a column of their own.
  const depth = new Map(flattenGroups(dataset.groups).map((g) => [g.group.id, g.depth]));
  const deepMeasures = rows.some((r) => r.groupIds.some((id) => (depth.get(id) ?? 0) >= 2));
  const anyBaseline = dataset.indicators.some((i) => i.baseline || i.series.some((s) => s.baseline));
  const hasRates = rows.some((r) => r.rateText != null || r.meetsTarget !== undefined);
  return SUMMARY_COLUMNS.filter((c) => {
    switch (c) {
      case 'baseline': return anyBaseline && (!anyTargetInYears || anyFinal);
      case 'targets': return anyTargetInYears;
      case 'expected': return rows.some((r) => r.basis === 'expected');
      case 'final-target': return anyFinal;
      case 'result': return judges;
      case 'rate': return hasRates;
      case 'reason': return judges && (dataset.evaluation.reasonRequired.atOrAbove != null || dataset.evaluation.reasonRequired.below != null || rows.some((r) => r.reason));
      case 'measure': return deepMeasures;
      default: return true;
    }
  });
}

/** What the headline counts: the publisher's own word for its rows, else indicators; measures in the series layout. */
function headlineNoun(dataset: Dataset, layout: 'summary' | 'series', locale: string, count: number): string {
  const m = tableMessages(locale);
  if (layout === 'series') return levelLabel(dataset, measureLevel(dataset), locale) || m.measuresNoun(count);
  return dataset.plan.rowNoun ? localize(dataset.plan.rowNoun, locale) : m.indicatorsNoun(count);
}

/** Legend entries for the marks and rules that occur in the rows shown. */
function legend(rows: RowModel[], columns: TableColumn[], years: number[], layout: 'summary' | 'series', locale: string): LegendEntry[] {
  const words = tableMessages(locale).legend;
  const found = new Set<LegendEntry['id']>();
  const qualifiers = new Set<Qualifier>();
  for (const { row, indicator, series } of rows) {
    const values = [row.actual, row.latest?.value, row.baseline?.value, ...years.map((y) => indicator.targets[y]), ...(layout === 'series' ? years.map((y) => series.actuals[y]) : [])];
    for (const v of values) if (v?.qualifier) qualifiers.add(v.qualifier);
    if (row.basis === 'expected') found.add('expected');
    if (row.basis === 'final-target') found.add('final-target');
    if (row.rateReason === 'inequality' || Object.values(indicator.targets).some((v) => v.comparator)) found.add('inequality');
    if (row.rateReason === 'target-zero' && row.direction === 'decrease') found.add('zero-target');
    if (row.provisional && (row.rateText != null || row.judgment)) found.add('provisional');
    if (row.status === 'no-direction') found.add('no-direction');
    if (columns.includes('actual') && row.actual?.status !== 'value' && row.latest && row.latest.year !== row.year) found.add('latest');
  }
  const entries: LegendEntry[] = [...qualifiers].map((q) => ({ id: q, term: words[q].term, text: words[q].text }));
  for (const id of ['expected', 'final-target', 'inequality', 'zero-target', 'provisional', 'no-direction', 'latest'] as const) {
    if (found.has(id)) entries.push({ id, term: words[id].term, text: words[id].text });
  }
  return entries;
}

/** Numbered footnotes, each distinct text once. */
class Notes {
  list: Footnote[] = [];
  private byText = new Map<string, number>();
  add(text: string): number {
    let n = this.byText.get(text);
    if (n === undefined) {
      n = this.list.length + 1;
      this.byText.set(text, n);
      this.list.push({ n, text });
    }
    return n;
  }
}

const NO_EXPECTED: ReadonlyMap<number, Value> = new Map();

/** The expected values (期待値) the expected row shows: printed, or on the line from the baseline; none in the baseline's own year. */
function expectedValues(indicator: Indicator, series: Series, years: number[]): ReadonlyMap<number, Value> {
  const baseline = series.baseline ?? indicator.baseline ?? null;
  const shown = new Map<number, Value>();
  for (const year of years) {
    const e = expectedValue(indicator, baseline, year);
    if (e && (baseline?.year !== year || !e.computed)) shown.set(year, e.value);
  }
  return shown;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(end - start + 1, 60)) }, (_, i) => start + i);
}
