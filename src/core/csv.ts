/**
 * The CSV long format: one row per indicator and fiscal year, as a city exports it from Excel.
 * Column names in Japanese or English (any alias; full-width, case, spaces, `_` and `-` do not
 * matter). Only 指標ID and 年度 are required, with one of 目標値, 実績値, 期待値 or 判定.
 * A header starting with `x-` or `#` is the author's own column and is skipped; any other
 * unknown header is an error that names the nearest known column.
 *
 * | column (aliases) | meaning |
 * |---|---|
 * | indicator_id (指標ID, id) | the indicator, repeated on each of its rows |
 * | no (番号, No.) | the printed row number, a whole number |
 * | indicator_name (指標名, 指標), unit (単位) | per indicator (the first non-empty row wins) |
 * | kind (区分: 成果指標 / 活動指標) | per indicator |
 * | direction (方向: 増加 / 減少 / 維持, ↑ / ↓) | per indicator; empty when the report does not say |
 * | group (施策) | the hierarchy as a path: 「強い経営基盤の構築 > 持続可能な産業振興を支援」 (> or ＞) |
 * | fiscal_year (年度) | 2024, 2024年度, FY2024, 令和6年度, R6 |
 * | target (目標値), expected (期待値), actual (実績値) | cells as typed: 3,550件 / 45.0% / 1.0%未満 / 1,389人（見込み） / 0（令和9年度以降） / 継続実施 / 集計中 / — |
 * | baseline (基準値, 現状値), baseline_year (基準年度), baseline_label (基準値ラベル) | per indicator; a year without a value is kept |
 * | series (系列) | a label when an indicator has several actual series |
 * | basis (比較基準: 目標値 / 期待値 / 最終目標値) | what an actual is compared with |
 * | method (算定方法: 達成率 / 進捗率) | ratio or progress from the baseline |
 * | rounding (端数処理: 四捨五入 / 切り捨て), digits (桁数) | the indicator's rounding of rates |
 * | judgment (判定) | a judgment the publisher gave for that indicator and year |
 * | cumulative_since (累計) | 令和2年度 (cumulative since), or 累計 / ○ |
 * | survey_years (調査年) | census years: 「2021、2026」 |
 * | source (出典), reason (理由), note (備考) | per indicator / per year / per indicator (each distinct note kept) |
 * | plan_title (計画名), publisher (自治体名), reported_year (評価年度), scheme (判定方式: 達成・概ね達成・未達成 / A〜D / なし) | plan settings, on any row |
 */
import { csvParseRows } from 'd3-dsv';
import { CSV_COLUMNS, columnLabel, columnOf, isIgnoredHeader, suggestColumn, type Column } from './csv-columns.js';
import { CsvIndicators, csvProblem, type Cell } from './csv-indicators.js';
import type { DatasetDocument } from './dataset-json.js';
import type { Problem } from './types.js';

export { decodeText } from './decode.js';
export { CSV_COLUMNS } from './csv-columns.js';

export interface CsvOptions {
  /** Plan metadata when the CSV has no such columns (these win over the CSV's). */
  title?: string;
  publisher?: string;
  reportedYear?: number;
}

export interface CsvResult {
  /** A document in the JSON format; pass it to `validate`, which checks every value. Null when the CSV has no usable header. */
  document: DatasetDocument | null;
  /** Problems of the CSV itself (an unknown column, an unreadable year), located by row: the header is row 1. */
  problems: Problem[];
}

interface Header {
  /** The cell index of each known column. */
  index: Map<Column, number>;
  names: string[];
}

/**
 * Converts a CSV in the long format to the JSON dataset format. Cells are copied as typed, so
 * `validate` normalises "3,550件" and reports "3,550人" at its place (indicators[i].targets.2024);
 * problems of the CSV's own structure are returned here, located by row. A row's problem never
 * stops the other rows; the document is null only when the header lacks the required columns.
 * Never throws. Uses d3-dsv's `csvParseRows`, which (unlike `csvParse`) compiles no code, so it
 * runs under a Trusted Types policy.
 */
export function csvToDataset(text: string, options: CsvOptions = {}): CsvResult {
  const problems: Problem[] = [];
  try {
    const rows = csvParseRows(String(text ?? '').replace(/^\uFEFF/, ''));
    const header = readHeader(rows[0] ?? [], rows, problems);
    if (!header) return { document: null, problems };
    const indicators = new CsvIndicators(options, problems);
    for (let i = 1; i < rows.length; i++) readRow(rows[i]!, i + 1, header, indicators, problems);
    return { document: indicators.document(), problems };
  } catch (e) {
    problems.push(csvProblem({ row: 1, column: '$' }, 'unknown-value', 'a CSV file', String((e as Error)?.message ?? e)));
    return { document: null, problems };
  }
}

/** Maps the header to the known columns; null (with problems) when a required column is missing. */
function readHeader(names: string[], rows: string[][], problems: Problem[]): Header | null {
  const index = new Map<Column, number>();
  names.forEach((raw, i) => {
    const name = raw.trim();
    const at = { row: 1, column: name || `(${columnLetter(i)})` };
    if (!name) {
      if (rows.some((r) => (r[i] ?? '').trim())) problems.push(csvProblem(at, 'required', 'a column name', ''));
      return;
    }
    if (isIgnoredHeader(name)) return;
    const column = columnOf(name);
    if (!column) {
      const suggestion = suggestColumn(name);
      const expected = suggestion
        ? `a known column; did you mean ${suggestion}?`
        : `one of the columns ${(Object.keys(CSV_COLUMNS) as Column[]).map(columnLabel).join(', ')} (or x-… to skip a column)`;
      problems.push(csvProblem(at, 'unknown-field', expected, name));
    } else if (index.has(column)) {
      problems.push(csvProblem(at, 'conflict', `one column per item: column ${columnLetter(index.get(column)!)} is already ${columnLabel(column)}`, name));
    } else index.set(column, i);
  });
  const first = problems.length;
  for (const required of ['indicatorId', 'year'] as const) {
    if (!index.has(required)) {
      problems.push(csvProblem({ row: 1, column: CSV_COLUMNS[required][1] }, 'required', `a column ${CSV_COLUMNS[required].join(' / ')}`, names.join(',')));
    }
  }
  if (!(['target', 'actual', 'expected', 'judgment'] as const).some((c) => index.has(c))) {
    problems.push(csvProblem({ row: 1, column: '目標値' }, 'required', 'a column target (目標値), actual (実績値), expected (期待値) or judgment (判定)', names.join(',')));
  }
  return problems.length > first ? null : { index, names };
}

function readRow(cells: string[], row: number, header: Header, indicators: CsvIndicators, problems: Problem[]): void {
  if (!cells.some((c) => c.trim())) return; // a blank line
  const extra = cells.slice(header.names.length).filter((c) => c.trim());
  if (extra.length) {
    // Usually an unquoted 3,550: every cell after it has moved, so nothing on the row can be trusted.
    const at = { row, column: `(${columnLetter(header.names.length)})` };
    problems.push(csvProblem(at, 'wrong-type', `at most ${header.names.length} cells, as many as the header has (a number with a comma, such as 3,550, must be in double quotes)`, extra.join(',')));
    return;
  }
  const cell = (column: Column): Cell | undefined => {
    const i = header.index.get(column);
    const text = i === undefined ? '' : (cells[i] ?? '').trim();
    return text ? { row, column: header.names[i!]!.trim(), text } : undefined;
  };
  indicators.read(row, cell, (column) => (header.index.has(column) ? header.names[header.index.get(column)!]!.trim() : CSV_COLUMNS[column][1]));
}

/** Excel's name of a column: A, B, … Z, AA. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
