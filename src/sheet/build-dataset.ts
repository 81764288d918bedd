/**
 * Indicators collected from a sheet's rows, as a dataset in the JSON format. Values are written as
 * the sheet gives them (a number cell as its exact decimal, a text cell as typed: 「3,550件」,
 * 「集計中」, 「1,389人（見込み）」), so core's `validate` reads every one of them; `cells` remembers
 * where each value came from, so each problem `validate` finds is reported at its cell.
 */
import { DIRECTION_WORDS, KIND_WORDS, wordKey, type Words } from '../core/csv-columns.js';
import type { DatasetDocument } from '../core/dataset-json.js';
import { parseDecimal } from '../core/decimal.js';
import { resolveScheme } from '../core/judgment.js';
import { localize } from '../core/localize.js';
import { parseValue } from '../core/parse-value.js';
import { buildGroups } from './groups.js';
import type { SheetMapping } from './mapping.js';
import { sheetProblem, type SheetProblem } from './messages.js';
import { originKey, type Draft, type DraftValue, type Origin, type ReadRows } from './read-rows.js';
import { joinLines } from './words.js';

/** A printed rate or judgment, checked against what core computes. */
export interface PrintedCheck {
  indicatorId: string;
  year: number;
  kind: 'rate' | 'judgment';
  /** The printed rate as a decimal ("61.3"), or the judgment's tier id. */
  printed: string;
  text: string;
  at: Origin;
}

/** The dataset built from a sheet's drafts, and where each of its parts came from. */
export interface BuiltDocument {
  document: DatasetDocument;
  /** Where each part of the document came from: `indicators[0].targets.2024` → its cell. */
  cells: Map<string, Origin>;
  checks: PrintedCheck[];
  problems: SheetProblem[];
  /** The rows of each indicator, by its id. */
  rows: Record<string, number[]>;
  reportedYear: number;
}

/** A value that reads as zero (0, "0件", 0.0%). */
const isZero = (v: DraftValue, unit: string) => {
  const parsed = parseValue(v.cell.number ?? v.text, { unit });
  return parsed?.value.status === 'value' && /^-?0(\.0+)?$/.test(parsed.value.decimal!);
};

/**
 * The drafts as a dataset in the JSON format: ids from the id column or No., units from the unit
 * column or the values themselves, groups from the hierarchy and headings, and the plan's settings
 * from the mapping. Problems of the sheet itself (a row without a name, a placeholder zero) are returned.
 */
export function buildDocument(read: ReadRows, mapping: SheetMapping): BuiltDocument {
  const problems: SheetProblem[] = [];
  const cells = new Map<string, Origin>();
  const checks: PrintedCheck[] = [];
  const rows: Record<string, number[]> = {};
  const drafts = read.drafts.filter((d) => {
    if (d.fields.name) return true;
    const first = d.values[0]?.at ?? Object.values(d.fields)[0]?.at;
    if (first) {
      const column = mapping.columns.name ?? first.column;
      problems.push(sheetProblem({ row: d.rows[0]!, column }, 'no-name'));
      for (const v of d.values) read.unread.add(originKey(v.at));
      for (const f of Object.values(d.fields)) read.unread.add(originKey(f!.at));
    }
    return false;
  });
  const units = drafts.map((d) => unitOf(d, mapping));
  const anyYear = drafts.flatMap((d) => d.values.map((v) => v.year ?? -Infinity));
  const reportedYear = mapping.plan.reportedYear ?? latestActualYear(drafts, units) ?? (anyYear.some(Number.isFinite) ? Math.max(...anyYear) : new Date().getFullYear());
  const scheme = resolveScheme(mapping.plan.scheme);
  const ids = new Set<string>();
  const indicators = drafts.map((d, i) => {
    const path = `indicators[${i}]`;
    const place = (suffix: string, at: Origin) => cells.set(suffix ? `${path}.${suffix}` : path, at);
    const f = d.fields;
    place('', f.name!.at);
    const noText = f.no?.text.normalize('NFKC').replace(/^no\.?\s*/i, '').replace(/[.．]$/, '');
    const no = noText && /^\d{1,6}$/.test(noText) ? Number(noText) : undefined;
    let id = f.id?.text ?? noText ?? String(i + 1);
    for (let n = 2; ids.has(id); n++) id = `${f.id?.text ?? noText ?? String(i + 1)}-${n}`;
    ids.add(id);
    rows[id] = d.rows;
    const out: Record<string, unknown> = { id };
    if (f.id) place('id', f.id.at);
    if (no !== undefined) {
      out.no = no;
      place('no', f.no!.at);
    }
    out.name = joinLines(f.name!.text);
    place('name', f.name!.at);
    // A heading 【成果指標】 / 【活動指標】 above the indicator says its kind, unless its row does.
    const heading = d.path.map((s) => KIND_WORDS.values[wordKey(s.name)]).find(Boolean);
    out.kind = word(f.kind, KIND_WORDS, heading ?? mapping.defaults.kind, problems, id);
    if (f.kind) place('kind', f.kind.at);
    out.unit = units[i]!;
    if (f.unit) place('unit', f.unit.at);
    const direction = word(f.direction, DIRECTION_WORDS, mapping.defaults.direction, problems, id);
    if (direction) out.direction = direction;
    // A missing direction is reported at the indicator's (empty) direction cell, when there is a direction column.
    if (f.direction) place('direction', f.direction.at);
    else if (mapping.columns.direction !== null) place('direction', { row: d.rows[0]!, column: mapping.columns.direction });
    if (f.source) {
      out.source = f.source.text;
      place('source', f.source.at);
    }
    if (f.note) {
      out.notes = [f.note.text];
      place('notes[0]', f.note.at);
    }
    const byField: Record<string, Record<string, unknown>> = { targets: {}, expected: {}, actuals: {}, givenJudgments: {}, reasons: {} };
    for (const v of d.values) {
      const year = v.year ?? reportedYear;
      if (v.field === 'baseline') {
        out.baseline = { ...(v.year !== null && { year: v.year }), value: documentValue(v, units[i]!), ...(v.label && { label: v.label }) };
        place('baseline', v.at);
        place('baseline.value', v.at);
      } else if (v.field === 'target' || v.field === 'actual' || v.field === 'expected') {
        if (v.field === 'actual' && year > reportedYear && isZero(v, units[i]!)) {
          problems.push(sheetProblem(v.at, 'future-actual', { got: v.text, year }, { severity: 'warning', indicatorId: id }));
          continue;
        }
        const key = v.field === 'target' ? 'targets' : v.field === 'actual' ? 'actuals' : 'expected';
        byField[key]![year] = documentValue(v, units[i]!);
        place(`${key}.${year}`, v.at);
      } else if (v.field === 'reason') {
        byField.reasons![year] = v.text;
        place(`reasons.${year}`, v.at);
      } else if (v.field === 'judgment') {
        const tier = scheme?.tiers.find((t) => [t.id, localize(t.label, 'ja'), localize(t.label, 'en')].some((w) => judgmentKey(w) === judgmentKey(v.text)));
        if (!tier && scheme && scheme.tiers.length) {
          const expected = scheme.tiers.map((t) => localize(t.label, 'ja')).join('・');
          problems.push(sheetProblem(v.at, 'unknown-judgment', { got: v.text, expected }, { severity: 'warning', indicatorId: id }));
        }
        byField.givenJudgments![year] = tier?.id ?? v.text;
        place(`givenJudgments.${year}`, v.at);
        if (tier && scheme?.computed) checks.push({ indicatorId: id, year, kind: 'judgment', printed: tier.id, text: v.text, at: v.at });
      } else if (v.field === 'rate') {
        // The rate as shown ("61.3%"), not as stored: a formula stores 0.612957… and prints 61.3%.
        const parsed = parseValue(v.text, { unit: '%' });
        if (parsed?.value.status === 'value') checks.push({ indicatorId: id, year, kind: 'rate', printed: parsed.value.decimal!, text: v.text, at: v.at });
        else if (parsed) problems.push(sheetProblem(v.at, 'unknown-word', { got: v.text, expected: 'a rate such as 61.3%' }, { severity: 'warning', indicatorId: id }));
      }
    }
    out.targets = byField.targets;
    if (Object.keys(byField.expected!).length) out.expected = byField.expected;
    out.actuals = byField.actuals;
    for (const key of ['givenJudgments', 'reasons'] as const) if (Object.keys(byField[key]!).length) out[key] = byField[key];
    const decimals = shownDecimals(d);
    if (decimals !== undefined) out.decimals = decimals;
    return out;
  });
  const years = indicators.flatMap((i) => [...Object.keys(i.targets as object), ...Object.keys((i.expected as object | undefined) ?? {})].map(Number));
  const { groups, levels } = buildGroups(drafts, [...ids], mapping, read.sectionDepth);
  const notes = [...mapping.plan.notes, ...read.notes.map((n) => n.text)];
  for (const n of read.notes) read.used.add(originKey(n.at));
  const document: DatasetDocument = {
    formatVersion: 1,
    plan: {
      title: mapping.plan.title || '（計画名なし）',
      ...(mapping.plan.reportTitle && { reportTitle: mapping.plan.reportTitle }),
      publisher: mapping.plan.publisher || '（自治体名なし）',
      reportedYear,
      ...(years.length && { period: { start: Math.min(...years), end: Math.max(...years) } }),
      language: 'ja',
      ...(levels.length && { levels }),
      ...(notes.length && { source: { note: notes.join('\n') } }),
    },
    evaluation: {
      scheme: mapping.plan.scheme,
      method: mapping.plan.method,
      rounding: mapping.plan.rounding,
      reasonRequired: mapping.plan.reasonRequired,
    },
    groups,
    indicators,
  };
  return { document, cells, checks, problems, rows, reportedYear };
}

/** 達成 / 概ね達成 / おおむね達成 compared as one word. */
const judgmentKey = (text: string) => wordKey(text).replace(/おおむね/g, '概ね');

/** A word column (方向, 区分) read with core's words; an unknown word is a warning and the default holds. */
function word<T>(placed: { text: string; at: Origin } | undefined, words: Words<T>, fallback: T | null, problems: SheetProblem[], indicatorId: string): T | null {
  if (!placed) return fallback;
  const key = wordKey(placed.text);
  if (Object.prototype.hasOwnProperty.call(words.values, key)) return words.values[key] as T | null;
  problems.push(sheetProblem(placed.at, 'unknown-word', { got: placed.text, expected: words.expected }, { severity: 'warning', indicatorId }));
  return fallback;
}

/** A value as the document keeps it: a number cell's exact decimal (with its format's unit when that is another unit), or the text as typed. */
function documentValue(v: DraftValue, unit: string): unknown {
  const { number, unit: shownUnit } = v.cell;
  if (number === undefined) return v.text;
  if (shownUnit && fold(shownUnit) !== fold(unit)) return `${number}${shownUnit}`;
  const d = parseDecimal(number)!;
  return d.scale === 0 && Number.isSafeInteger(Number(number)) ? Number(number) : number;
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The unit printed after a number typed as text: 「3,550件」 → 件, 「1.0%未満」 → %, 「1,389人（見込み）」 → 人. */
export function textUnit(text: string): string | null {
  const t = text.normalize('NFKC').replace(/[(（【\[].*?[)）】\]]/g, '').trim();
  const m = /^[+\-−▲△]?\s*(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?\s*(\D*?)\s*$/.exec(t);
  if (!m || !/\d/.test(t)) return null;
  const unit = m[1]!.replace(/(未満|以下|以上|超|見込み?|速報値?|確定値?|以降)$/g, '').trim();
  return unit || null;
}

/** Units a name may end with in brackets: 「社会増減（人）」, 「労働生産性(千円/人)」. */
const UNIT_IN_NAME = /[（(]\s*((?:件|人|%|円|千円|万円|百万円|億円|回|か所|箇所|店|店舗|社|事業|団体|校|台|戸|世帯|本|個|ha|㎡|km|t|トン|歳|日|時間|点|ポイント|倍)(?:\/(?:人|年|日|件|回))?)\s*[)）]\s*$/;

/** An indicator's unit: its unit cell, the default, the unit most of its values print, else one in brackets after its name. */
function unitOf(d: Draft, m: SheetMapping): string {
  if (d.fields.unit) return d.fields.unit.text.trim();
  if (m.defaults.unit) return m.defaults.unit;
  const counts = new Map<string, number>();
  for (const v of d.values) {
    if (v.field === 'judgment' || v.field === 'rate' || v.field === 'reason') continue;
    const unit = v.cell.number !== undefined ? v.cell.unit : textUnit(v.text);
    if (unit) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  let best = '';
  for (const [unit, n] of counts) if (n > (counts.get(best) ?? 0)) best = unit;
  return best || (UNIT_IN_NAME.exec(d.fields.name?.text.normalize('NFKC') ?? '')?.[1] ?? '');
}

/** The latest year with an actual that is a number other than zero (a zero may be a blank not yet filled in). */
function latestActualYear(drafts: Draft[], units: string[]): number | null {
  let latest: number | null = null;
  drafts.forEach((d, i) => {
    for (const v of d.values) {
      if (v.field !== 'actual' || v.year === null) continue;
      const parsed = parseValue(v.cell.number ?? v.text, { unit: units[i]! });
      if (parsed?.value.status === 'value' && !/^-?0(\.0+)?$/.test(parsed.value.decimal!) && (latest === null || v.year > latest)) latest = v.year;
    }
  });
  return latest;
}

/**
 * Decimals to display when the sheet stores more than its format shows (71.6666 shown as 71.7):
 * the format's decimals, when all the indicator's number cells share one format. Undefined otherwise.
 */
function shownDecimals(d: Draft): number | undefined {
  const numbers = d.values.filter((v) => v.cell.number !== undefined && v.field !== 'rate');
  const formats = new Set(numbers.map((v) => v.cell.shownDecimals));
  if (formats.size !== 1) return undefined;
  const [decimals] = [...formats];
  if (decimals === undefined) return undefined;
  return numbers.some((v) => (parseDecimal(v.cell.number!)?.scale ?? 0) > decimals) ? decimals : undefined;
}
