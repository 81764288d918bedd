import { evaluate, finalTarget, type EvaluationRow } from '../core/evaluate.js';
import { FISCAL_YEAR_STYLES, type FiscalYearStyle } from '../core/fiscal-year.js';
import { flattenGroups } from '../core/groups.js';
import { resolveScheme, type JudgmentScheme } from '../core/judgment.js';
import { localize, resolveLocale } from '../core/localize.js';
import { summarize, summarizeGivenJudgments, type Summary } from '../core/summarize.js';
import type { Dataset, Group, Indicator, Problem, Qualifier, Series, Value } from '../core/types.js';
import type { ValidationResult } from '../core/validate.js';
import { tableMessages } from '../i18n/table.js';

/** `summary`: one row per indicator for the reported year (Atsugi); `series`: targets and actuals across the plan years (Asaka). */
export const TABLE_LAYOUTS = ['auto', 'summary', 'series'] as const;
export type TableLayout = (typeof TABLE_LAYOUTS)[number];

/** Columns that can be chosen with `columns`. */
export const TABLE_COLUMNS = ['no', 'indicator', 'measure', 'kind', 'baseline', 'targets', 'expected', 'final-target', 'actual', 'result', 'rate', 'reason'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Keys the table can be sorted by (summary layout). */
export const SORT_KEYS = ['no', 'name', 'rate', 'judgment'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RowModel {
  key: string;
  row: EvaluationRow;
  indicator: Indicator;
  series: Series;
  problems: Problem[];
  /** The deepest groups that list the indicator (e.g. its unit measures). */
  measures: Group[];
  /** Footnote numbers of the indicator (its notes, source and the series' note). */
  notes: number[];
}

export interface Section {
  /** Groups from the top down to the section's group; headers are printed where they change. */
  path: Group[];
  rows: RowModel[];
}

export interface Footnote {
  n: number;
  text: string;
}

/** An entry of the legend under the table: a marker or rule the reader needs to read the cells. */
export interface LegendEntry {
  id: 'estimate' | 'preliminary' | 'final' | 'expected' | 'inequality' | 'zero-target' | 'provisional' | 'no-direction' | 'latest' | 'final-target';
  term: string;
  text: string;
}

export interface TableModel {
  dataset: Dataset;
  scheme: JudgmentScheme | null;
  /** The scheme judges (computed or given); false for reports without judgments. */
  judges: boolean;
  layout: 'summary' | 'series';
  year: number;
  years: number[];
  yearStyle: FiscalYearStyle;
  columns: TableColumn[];
  rows: RowModel[];
  summary: Summary;
  /** 「31単位施策」: the count and the noun of what is counted. */
  headline: { count: number; noun: string };
  /** Problems not tied to an indicator. */
  documentProblems: Problem[];
  errorCount: number;
  footnotes: Footnote[];
  /** Footnote numbers by group id. */
  groupNotes: Map<string, number[]>;
  /** Footnote number of a cell, by `cellKey(indicatorId, field, year)`. */
  cellNotes: Map<string, number>;
  legend: LegendEntry[];
  /** Attribute values the table could not use as given (`layout="x"`), each with what was expected. */
  attributeProblems: Problem[];
}

export interface TableOptions {
  year?: number | undefined;
  layout?: string | undefined;
  columns?: string | undefined;
  years?: string | undefined;
  yearStyle?: string | undefined;
  /** Only checked: the element applies them. */
  filter?: string | undefined;
  sort?: string | undefined;
  locale: string;
}

/** The most fiscal-year columns a table shows. */
export const MAX_YEAR_COLUMNS = 60;

function attributeProblem(name: string, expected: string, got: string): Problem {
  return { path: `@${name}`, code: 'wrong-type', severity: 'error', expected, got: JSON.stringify(got), field: name, message: `${name}: expected ${expected}, got ${JSON.stringify(got)}` };
}

const SUMMARY_COLUMNS: TableColumn[] = ['no', 'indicator', 'measure', 'baseline', 'targets', 'expected', 'final-target', 'actual', 'result', 'rate', 'reason'];
const SERIES_COLUMNS: TableColumn[] = ['kind', 'indicator', 'baseline', 'targets', 'rate'];

/** The key of a cell's footnote. */
export const cellKey = (indicatorId: string, field: string, year: number | string) => `${indicatorId}\u0000${field}\u0000${year}`;

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
    };
  });
  const summary = layout === 'series' && scheme && !scheme.computed && judges && groupGraded
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

/** The rows shown: filtered by a summary line (or a grade) and sorted; empty values sort last both ways. */
export function visibleRows(model: TableModel, state: { filter: string | null; sortKey: SortKey; ascending: boolean; locale: string }): RowModel[] {
  let rows = model.rows;
  if (state.filter) {
    const line = model.summary.lines.find((l) => l.id === state.filter);
    const ids = line ? line.includes : [state.filter];
    rows = rows.filter((r) => r.row.judgment != null && ids.includes(r.row.judgment));
  }
  if (state.sortKey === 'no' && state.ascending) return rows;
  const order = [...(model.scheme?.tiers ?? []), ...(model.scheme?.tallying ? [model.scheme.tallying] : [])].map((t) => t.id);
  const index = new Map(model.rows.map((r, i) => [r, i]));
  const key = (r: RowModel): number | string | null => {
    switch (state.sortKey) {
      case 'name': return localize(r.indicator.name, state.locale);
      case 'rate': return r.row.rate;
      case 'judgment': return r.row.judgment == null ? null : order.indexOf(r.row.judgment);
      default: return r.row.no ?? index.get(r)!;
    }
  };
  const dir = state.ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka == null || kb == null) return ka == null ? (kb == null ? 0 : 1) : -1;
    const c = typeof ka === 'string' ? ka.localeCompare(kb as string, state.locale) : ka - (kb as number);
    return c * dir;
  });
}

/** Series layout: a section per graded (or deepest) group, filtered by its given grade; unlisted indicators last. */
export function visibleSections(model: TableModel, filter: string | null): Section[] {
  const level = measureLevel(model.dataset);
  const all = flattenGroups(model.dataset.groups);
  const byId = new Map(all.map((g) => [g.group.id, g.group]));
  const sections = all
    .filter(({ group }) => (level ? group.level === level : group.indicators.length > 0))
    .filter(({ group }) => !filter || group.givenJudgments[model.year] === filter)
    .map(({ group, ancestors }) => {
      const path = [...ancestors.map((id) => byId.get(id)!), group];
      return { path, rows: group.indicators.flatMap((id) => model.rows.filter((r) => r.indicator.id === id)) };
    });
  const listed = new Set(sections.flatMap((s) => s.rows.map((r) => r.indicator.id)));
  const rest = filter ? [] : model.rows.filter((r) => !listed.has(r.indicator.id));
  return rest.length ? [...sections, { path: [], rows: rest }] : sections;
}

/** Summary layout: sections by the ancestors (down to `depth`) of each row's first group, in row order. */
export function summarySections(dataset: Dataset, rows: RowModel[], depth = 1): Section[] {
  const flat = flattenGroups(dataset.groups);
  const byId = new Map(flat.map((g) => [g.group.id, g]));
  const sections: Section[] = [];
  for (const r of rows) {
    const home = r.measures[0] ? byId.get(r.measures[0].id) : undefined;
    const chain = home ? [...home.ancestors.map((id) => byId.get(id)!.group), home.group] : [];
    const path = chain.slice(0, depth + 1);
    const last = sections.at(-1);
    if (last && last.path.length === path.length && last.path.every((g, i) => g === path[i])) last.rows.push(r);
    else sections.push({ path, rows: [r] });
  }
  return sections;
}

/** How many columns a full-width row spans. */
export function columnCount(model: TableModel): number {
  if (model.layout === 'series') {
    return 2 + (model.columns.includes('baseline') ? 1 : 0) + (model.columns.includes('targets') ? model.years.length : 0) + (model.columns.includes('rate') ? 1 : 0);
  }
  return model.columns.reduce((n, c) => n + (c === 'targets' ? model.years.length : 1), 0);
}

/** The level whose groups are graded or list indicators: `measure` in Asaka; the deepest otherwise. */
export function measureLevel(dataset: Dataset): string | undefined {
  const graded = flattenGroups(dataset.groups).find((g) => Object.keys(g.group.givenJudgments).length);
  return graded?.group.level ?? dataset.plan.levels.at(-1)?.id;
}

export function levelLabel(dataset: Dataset, level: string | undefined, locale: string): string {
  const found = dataset.plan.levels.find((l) => l.id === level);
  return found ? localize(found.label, locale) : '';
}

/** 「I-1 強い経営基盤の構築」; only the code when the name is not known beyond it. */
export function groupTitle(group: Group, locale: string): string {
  const name = localize(group.name, locale);
  return group.code && group.code !== name ? `${group.code} ${name}` : name;
}

/** 成果指標 when every indicator is an outcome indicator (as Atsugi prints it), else the generic word. */
export function indicatorHeader(model: TableModel, locale: string): string {
  const m = tableMessages(locale);
  return model.dataset.indicators.every((i) => i.kind === 'outcome') ? m.kinds.outcome : m.indicator;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(end - start + 1, 60)) }, (_, i) => start + i);
}
