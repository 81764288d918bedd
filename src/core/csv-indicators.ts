import {
  BASIS_WORDS,
  CSV_COLUMNS,
  CUMULATIVE_NO,
  CUMULATIVE_YES,
  DIRECTION_WORDS,
  KIND_WORDS,
  METHOD_WORDS,
  ROUNDING_WORDS,
  SCHEME_WORDS,
  wordKey,
  type Column,
  type Words,
} from './csv-columns.js';
import { groupPath, groupPathKey, groupsFrom } from './csv-groups.js';
import type { DatasetDocument } from './dataset-json.js';
import { parseFiscalYear } from './fiscal-year.js';
import { resolveScheme } from './judgment.js';
import { localize } from './localize.js';
import type { Problem, ProblemCode } from './types.js';

/** A non-empty cell and where it is. */
export interface Cell {
  row: number;
  /** The header as written. */
  column: string;
  text: string;
}

/** A problem of the CSV, at `rows[row].column` (the header is row 1). */
export function csvProblem(
  at: { row: number; column: string },
  code: ProblemCode,
  expected: string,
  got: string,
  extra: { severity?: Problem['severity']; indicatorId?: string } = {},
): Problem {
  const path = `rows[${at.row}].${at.column}`;
  return {
    path,
    severity: extra.severity ?? 'error',
    code,
    expected,
    got: JSON.stringify(got),
    ...(extra.indicatorId !== undefined && { indicatorId: extra.indicatorId }),
    message: `${path}: expected ${expected}, got ${JSON.stringify(got)}`,
  };
}

/** What a row gave first for a setting that holds for a whole indicator (or plan), and where. */
interface Given {
  value: unknown;
  cell: Cell;
}

interface Draft {
  id: string;
  /** Settings of the indicator (name, unit, group …) and cells of a year (see `yearKey`); the first given wins. */
  given: Map<string, Given>;
  /** Series labels in first-seen order ('' for the one unnamed series). */
  series: string[];
  notes: string[];
  surveyYears: Set<number>;
}

const NO_VALUE = /^(集計中|—|-|－)$/;

/** The columns of the plan's settings. */
const PLAN: readonly Column[] = ['planTitle', 'publisher', 'reportedYear', 'scheme'];

/** The columns that hold a value of one fiscal year. */
const YEARLY = ['target', 'expected', 'actual', 'series', 'reason', 'judgment'] as const;

/** The key of a year's cell among an indicator's settings; NUL cannot occur in a column or series name. */
const yearKey = (field: string, year: number, suffix = '') => `${field}\u0000${year}\u0000${suffix}`;
function splitYearKey(key: string): { field: string; year: number; suffix: string } | undefined {
  const [field, year, suffix] = key.split('\u0000');
  return suffix === undefined ? undefined : { field: field!, year: Number(year), suffix };
}

/** Two texts are the same when they differ only in width, case, spacing or separators. */
const sameness = (v: unknown) => (typeof v === 'string' ? wordKey(v) : JSON.stringify(v));

/**
 * Collects the rows of the CSV into indicators and plan settings. Whatever holds for a whole
 * indicator may be repeated on each of its rows; the first row that gives it wins, and a row
 * that says otherwise gets a warning (a group path differing only in spacing, 「>」 or 「＞」 or
 * full-width letters is the same path).
 */
export class CsvIndicators {
  private readonly drafts = new Map<string, Draft>();
  private readonly plan = new Map<string, Given>();
  private latestActual = -Infinity;
  private latestYear = -Infinity;

  constructor(
    private readonly options: { title?: string; publisher?: string; reportedYear?: number },
    private readonly problems: Problem[],
  ) {}

  /** One row: `cell` gives a column's non-empty cell, `header` a column's name as written. */
  read(row: number, cell: (column: Column) => Cell | undefined, header: (column: Column) => string): void {
    this.readPlan(cell);
    const id = cell('indicatorId');
    if (!id) {
      // A row may give only the plan's settings (計画名 …); anything else needs its indicator.
      const given = (Object.keys(CSV_COLUMNS) as Column[]).filter((c) => !PLAN.includes(c) && cell(c));
      if (given.length) this.problems.push(csvProblem({ row, column: header('indicatorId') }, 'required', 'an indicator id', ''));
      return;
    }
    let draft = this.drafts.get(id.text);
    if (!draft) {
      draft = { id: id.text, given: new Map(), series: [], notes: [], surveyYears: new Set() };
      this.drafts.set(id.text, draft);
    }
    this.readIndicator(draft, cell);
    const yearCell = cell('year');
    if (!yearCell) {
      // A row may give only the indicator's settings (基準値, 出典 …); a value needs its year.
      if (YEARLY.some((c) => cell(c))) this.report({ row, column: header('year'), text: '' }, 'required', 'a fiscal year such as 2024 or 令和6年度', draft);
      return;
    }
    const year = parseFiscalYear(yearCell.text);
    if (year === null) this.report(yearCell, 'bad-year', 'a fiscal year such as 2024 or 令和6年度', draft);
    else this.readYear(draft, year, cell);
  }

  private readPlan(cell: (column: Column) => Cell | undefined): void {
    for (const column of ['planTitle', 'publisher'] as const) {
      const c = cell(column);
      if (c) this.once(this.plan, column, c.text, c);
    }
    const reported = cell('reportedYear');
    if (reported) {
      const year = parseFiscalYear(reported.text);
      if (year === null) this.report(reported, 'bad-year', 'a fiscal year such as 2024 or 令和6年度');
      else this.once(this.plan, 'reportedYear', year, reported);
    }
    const scheme = cell('scheme');
    if (scheme) this.word(this.plan, 'scheme', scheme, SCHEME_WORDS);
  }

  private readIndicator(d: Draft, cell: (column: Column) => Cell | undefined): void {
    for (const column of ['indicatorName', 'unit', 'source', 'baseline', 'baselineLabel'] as const) {
      const c = cell(column);
      if (c) this.once(d.given, column, c.text, c, d);
    }
    const words: [Column, Words<string>][] = [
      ['kind', KIND_WORDS], ['direction', DIRECTION_WORDS], ['basis', BASIS_WORDS], ['method', METHOD_WORDS], ['roundingMode', ROUNDING_WORDS],
    ];
    for (const [column, list] of words) {
      const c = cell(column);
      if (c) this.word(d.given, column, c, list, d);
    }
    const no = cell('no');
    if (no) {
      const m = /^(?:no\.?)?\s*(\d{1,6})\.?$/i.exec(no.text.normalize('NFKC'));
      if (m) this.once(d.given, 'no', Number(m[1]), no, d);
      else this.report(no, 'wrong-type', 'a whole number such as 12', d);
    }
    const digits = cell('digits');
    if (digits) {
      const n = /^\d$/.test(digits.text.normalize('NFKC')) ? Number(digits.text.normalize('NFKC')) : NaN;
      if (n <= 6) this.once(d.given, 'digits', n, digits, d);
      else this.report(digits, 'wrong-type', 'a whole number from 0 to 6', d);
    }
    const baselineYear = cell('baselineYear');
    if (baselineYear) {
      const year = parseFiscalYear(baselineYear.text);
      if (year === null) this.report(baselineYear, 'bad-year', 'a fiscal year such as 2023 or 令和5年度', d);
      else this.once(d.given, 'baselineYear', year, baselineYear, d);
    }
    const group = cell('group');
    if (group) {
      const path = groupPath(group.text);
      if (path.length) this.once(d.given, 'group', path, group, d, (p) => groupPathKey(p as string[]));
    }
    const cumulative = cell('cumulative');
    if (cumulative) this.readCumulative(d, cumulative);
    const survey = cell('surveyYears');
    if (survey) {
      for (const part of survey.text.normalize('NFKC').split(/[\s,、・/]+/).filter(Boolean)) {
        const year = parseFiscalYear(part);
        if (year === null) this.report({ ...survey, text: part }, 'bad-year', 'fiscal years such as 2021, 2026', d);
        else d.surveyYears.add(year);
      }
    }
    const note = cell('note');
    if (note && !d.notes.includes(note.text)) d.notes.push(note.text);
  }

  private readCumulative(d: Draft, c: Cell): void {
    const key = wordKey(c.text);
    if (CUMULATIVE_NO.has(key)) return;
    if (CUMULATIVE_YES.has(key)) {
      this.once(d.given, 'cumulative', true, c, d);
      return;
    }
    const since = /^(.+?)(?:から|より|以降)(?:の)?(?:累計|累積)?$/.exec(c.text.normalize('NFKC').trim());
    const year = parseFiscalYear(since ? since[1]! : c.text);
    if (year === null) this.report(c, 'wrong-type', 'a fiscal year such as 2020 (cumulative since then) or 累計', d);
    else this.once(d.given, 'cumulative', since ? { since: year, label: c.text } : { since: year }, c, d);
  }

  private readYear(d: Draft, year: number, cell: (column: Column) => Cell | undefined): void {
    this.latestYear = Math.max(this.latestYear, year);
    for (const column of ['target', 'expected', 'reason', 'judgment'] as const) {
      const c = cell(column);
      if (c) this.once(d.given, yearKey(column, year), c.text, c, d);
    }
    const actual = cell('actual');
    const label = cell('series')?.text ?? '';
    if (actual || label) {
      if (!d.series.includes(label)) d.series.push(label);
      if (actual) this.once(d.given, yearKey('actual', year, label), actual.text, actual, d);
    }
    if (actual && !NO_VALUE.test(actual.text)) this.latestActual = Math.max(this.latestActual, year);
  }

  /** Records a setting once; a later row that gives another value gets a warning. */
  private once(map: Map<string, Given>, key: string, value: unknown, c: Cell, d?: Draft, same: (v: unknown) => string = sameness): void {
    const first = map.get(key);
    if (!first) map.set(key, { value, cell: c });
    else if (same(first.value) !== same(value)) {
      this.report(c, 'conflict', `the value given on row ${first.cell.row}: ${first.cell.text}`, d, 'warning');
    }
  }

  /** A cell that must be one of a list of words. */
  private word(map: Map<string, Given>, key: string, c: Cell, words: Words<string>, d?: Draft): void {
    const k = wordKey(c.text);
    if (!Object.prototype.hasOwnProperty.call(words.values, k)) this.report(c, 'wrong-type', words.expected, d);
    else this.once(map, key, words.values[k], c, d);
  }

  private report(c: Cell, code: ProblemCode, expected: string, d?: Draft, severity: Problem['severity'] = 'error'): void {
    this.problems.push(csvProblem(c, code, expected, c.text, { severity, ...(d && { indicatorId: d.id }) }));
  }

  /** The dataset, as JSON. */
  document(): DatasetDocument {
    const plan = (key: string) => this.plan.get(key)?.value;
    const scheme = plan('scheme') as string | null | undefined;
    const indicators = [...this.drafts.values()].map((d) => this.indicator(d, scheme ?? 'three-tier'));
    const years = (field: string) => [...this.drafts.values()].flatMap((d) => [...d.given.keys()].map(splitYearKey).filter((k) => k?.field === field).map((k) => k!.year));
    const planYears = [...years('target'), ...years('expected')];
    const fallbackYear = Number.isFinite(this.latestActual) ? this.latestActual : Number.isFinite(this.latestYear) ? this.latestYear : new Date().getFullYear();
    return {
      formatVersion: 1,
      plan: {
        title: this.options.title || (plan('planTitle') as string | undefined) || '（計画名なし）',
        publisher: this.options.publisher || (plan('publisher') as string | undefined) || '（自治体名なし）',
        reportedYear: this.options.reportedYear ?? (plan('reportedYear') as number | undefined) ?? fallbackYear,
        ...(planYears.length && { period: { start: Math.min(...planYears), end: Math.max(...planYears) } }),
      },
      ...(scheme && { evaluation: { scheme } }),
      groups: groupsFrom(this.drafts.values(), (d) => d.given.get('group')?.value as string[] | undefined),
      indicators,
    };
  }

  private indicator(d: Draft, scheme: string): Record<string, unknown> {
    const get = (key: string) => d.given.get(key)?.value;
    const byYear = (field: string, suffix = '') => {
      const out: Record<string, string> = {};
      for (const [key, { value }] of d.given) {
        const k = splitYearKey(key);
        if (k?.field === field && k.suffix === suffix) out[k.year] = value as string;
      }
      return out;
    };
    const out: Record<string, unknown> = { id: d.id };
    if (get('no') !== undefined) out.no = get('no');
    out.name = get('indicatorName') ?? d.id;
    for (const [key, field] of [['unit', 'unit'], ['kind', 'kind'], ['direction', 'direction'], ['basis', 'basis'], ['method', 'method'], ['source', 'source']] as const) {
      if (get(key) != null) out[field] = get(key);
    }
    const mode = get('roundingMode');
    const digits = get('digits');
    if (mode !== undefined || digits !== undefined) out.rounding = { ...(digits !== undefined && { digits }), ...(mode !== undefined && { mode }) };
    if (get('cumulative') !== undefined) out.cumulative = get('cumulative');
    const baseline = this.baseline(d);
    if (baseline) out.baseline = baseline;
    out.targets = byYear('target');
    const expected = byYear('expected');
    if (Object.keys(expected).length) out.expected = expected;
    if (d.series.length <= 1 && !d.series[0]) out.actuals = byYear('actual');
    else out.series = d.series.map((label, i) => ({ id: label || `series-${i + 1}`, ...(label && { label }), actuals: byYear('actual', label) }));
    const judgments = this.judgments(d, scheme);
    if (Object.keys(judgments).length) out.givenJudgments = judgments;
    const reasons = byYear('reason');
    if (Object.keys(reasons).length) out.reasons = reasons;
    if (d.notes.length) out.notes = d.notes;
    if (d.surveyYears.size) out.surveyYears = [...d.surveyYears].sort((a, b) => a - b);
    return out;
  }

  /** A baseline with a year and no printed value is kept as 「—」 with its year. */
  private baseline(d: Draft): Record<string, unknown> | undefined {
    const value = d.given.get('baseline')?.value;
    const year = d.given.get('baselineYear')?.value;
    const label = d.given.get('baselineLabel');
    if (value === undefined && year === undefined) {
      if (label) this.report(label.cell, 'required', 'a baseline value or year (基準値 or 基準年度) for the label', d, 'warning');
      return undefined;
    }
    return { ...(year !== undefined && { year }), value: value ?? '—', ...(label && { label: label.value }) };
  }

  /** Judgments as written, turned into the tier ids of the plan's scheme (達成 → achieved). */
  private judgments(d: Draft, schemeName: string): Record<string, string> {
    const scheme = resolveScheme(schemeName);
    const out: Record<string, string> = {};
    for (const [key, given] of d.given) {
      const k = splitYearKey(key);
      if (k?.field !== 'judgment') continue;
      const text = (given.value as string).normalize('NFKC').trim();
      const tier = scheme?.tiers.find((t) => t.id === text || localize(t.label, 'ja') === text || localize(t.label, 'en').toLowerCase() === text.toLowerCase());
      if (!tier) {
        const expected = scheme?.tiers.length
          ? `a judgment of the scheme ${localize(scheme.label, 'ja')}: ${scheme.tiers.map((t) => localize(t.label, 'ja')).join(', ')}`
          : 'no judgment (the scheme is none)';
        this.report(given.cell, 'unknown-reference', expected, d, 'warning');
      }
      out[k.year] = tier?.id ?? text;
    }
    return out;
  }
}
