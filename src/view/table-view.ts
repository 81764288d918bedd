import type { EvaluationRow } from '../core/evaluate.js';
import type { FiscalYearStyle } from '../core/fiscal-year.js';
import { flattenGroups } from '../core/groups.js';
import type { JudgmentScheme } from '../core/judgment.js';
import { localize } from '../core/localize.js';
import type { Summary } from '../core/summarize.js';
import type { Dataset, Group, Indicator, Problem, Series, Value } from '../core/types.js';
import { tableMessages } from '../i18n/table.js';

// The table's view: its model's shape and what the element computes from a model as it renders
// (rows shown, sections, column count, headers). Building the model (\`tableModel\`, with evaluation
// and the summary) is in table-model.ts, which the element loads with its data support.

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
  /**
   * Series layout: the expected value (期待値) of each plan year the expected row shows, printed or
   * computed (none for the baseline's own year, where it is the baseline). Empty in the summary layout.
   */
  expected: ReadonlyMap<number, Value>;
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
  /**
   * What the summary's lines count, and so what its filter shows: `groups` (the series layout of a
   * report that grades its measures, Asaka: a filter shows the measures of a grade) or `rows` (each
   * row's judgment: a filter shows the rows of a judgment, in either layout).
   */
  summaryOf: 'groups' | 'rows';
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

/** The key of a cell's footnote. */
export const cellKey = (indicatorId: string, field: string, year: number | string) => `${indicatorId}\u0000${field}\u0000${year}`;

/** Whether a row has a judgment of the summary line (or tier) `filter`: 達成 also takes 概ね達成 when its line says so. */
function judgedAs(model: TableModel, filter: string): (r: RowModel) => boolean {
  const ids = model.summary.lines.find((l) => l.id === filter)?.includes ?? [filter];
  return (r) => r.row.judgment != null && ids.includes(r.row.judgment);
}

/** The rows shown: filtered by a summary line (or a grade) and sorted; empty values sort last both ways. */
export function visibleRows(model: TableModel, state: { filter: string | null; sortKey: SortKey; ascending: boolean; locale: string }): RowModel[] {
  const rows = state.filter ? model.rows.filter(judgedAs(model, state.filter)) : model.rows;
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

/** Rows grouped by `key`, each group in row order, the groups in the order they first appear. */
export function groupRows<K>(rows: readonly RowModel[], key: (r: RowModel) => K): Map<K, RowModel[]> {
  const groups = new Map<K, RowModel[]>();
  for (const r of rows) {
    const list = groups.get(key(r));
    if (list) list.push(r);
    else groups.set(key(r), [r]);
  }
  return groups;
}

/**
 * Series layout: a section per graded (or deepest) group, unlisted indicators last. A filter keeps
 * the groups of a grade when the summary counts groups, else the rows of a judgment (and the
 * sections that still have rows).
 */
export function visibleSections(model: TableModel, filter: string | null): Section[] {
  const level = measureLevel(model.dataset);
  const all = flattenGroups(model.dataset.groups);
  const byId = new Map(all.map((g) => [g.group.id, g.group]));
  // The rows of each indicator id: one pass, not one search of every row per id.
  const rowsOf = groupRows(model.rows, (r) => r.indicator.id);
  const byGroup = !!filter && model.summaryOf === 'groups';
  const shows = filter && !byGroup ? judgedAs(model, filter) : () => true;
  const measures = all.filter(({ group }) => (level ? group.level === level : group.indicators.length > 0));
  const sections = measures
    .filter(({ group }) => !byGroup || group.givenJudgments[model.year] === filter)
    .map(({ group, ancestors }) => {
      const path = [...ancestors.map((id) => byId.get(id)!), group];
      return { path, rows: group.indicators.flatMap((id) => rowsOf.get(id) ?? []).filter(shows) };
    })
    .filter((s) => !filter || byGroup || s.rows.length > 0);
  const listed = new Set(measures.flatMap(({ group }) => group.indicators));
  const rest = byGroup ? [] : model.rows.filter((r) => !listed.has(r.indicator.id) && shows(r));
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
