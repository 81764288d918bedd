/**
 * Problems of a sheet, each at its cell, in Japanese and English:
 * 「C12：数値として読み取れません（値："abc"）」 / "C12: The value cannot be read as a number (found "abc")".
 * Problems that core's `validate` finds in the converted values keep core's codes and words.
 */
import { fiscalYearLabel } from '../core/fiscal-year.js';
import type { Problem, ProblemCode } from '../core/types.js';
import { commonMessages } from '../i18n/common.js';
import { cellAddress } from './grid.js';

/** Problems only a sheet can have. */
export const SHEET_PROBLEM_CODES = [
  'unreadable-file',
  'sheet-not-found',
  'no-table',
  'no-name-column',
  'no-value-column',
  'no-name',
  'bad-year',
  'no-year',
  'unknown-label',
  'conflicting-cell',
  'future-actual',
  'rate-mismatch',
  'rate-not-computed',
  'judgment-mismatch',
  'unknown-judgment',
  'unknown-word',
  'invalid-mapping',
] as const;
/** One of `SHEET_PROBLEM_CODES`. */
export type SheetProblemCode = (typeof SHEET_PROBLEM_CODES)[number];

/** A problem of a sheet, located at a cell. */
export interface SheetProblem {
  /** The cell as people write it, "C12"; null for a problem of the whole sheet or file. */
  cell: string | null;
  /** 0-based row and column of the cell in the grid (the mapping's numbering); null with `cell`. */
  row: number | null;
  column: number | null;
  severity: 'error' | 'warning';
  code: SheetProblemCode | ProblemCode;
  /** The whole sentence, with the cell first: { ja: "C12：…", en: "C12: …" }. */
  message: { ja: string; en: string };
  /** The indicator concerned (its id in the converted dataset), to scroll a preview to its row. */
  indicatorId?: string;
  /** For a problem found by core's `validate`: where it is in the converted dataset. */
  path?: string;
}

/** Values a message may mention. */
export interface MessageValues {
  got?: string;
  year?: number;
  first?: string;
  printed?: string;
  computed?: string;
  expected?: string;
}

type Words = Record<SheetProblemCode, (v: MessageValues) => string>;
const year = (y: number | undefined, locale: 'ja' | 'en') => (y === undefined ? '' : fiscalYearLabel(y, { locale, style: locale === 'ja' ? 'era' : 'fy' }));

const JA: Words = {
  'unreadable-file': (v) => `ファイルを表として読み取れません（${v.got ?? ''}）`,
  'sheet-not-found': (v) => `シート「${v.got}」がありません（あるシート：${v.expected}）`,
  'no-table': () => '見出し行（指標名や年度の列）が見つかりません',
  'no-name-column': () => '指標名の列が見つかりません。列の割り当てで指標名の列を選んでください',
  'no-value-column': () => '目標値・実績値の列が見つかりません。列の割り当てで年度の列を選んでください',
  'no-name': () => 'この行には値がありますが、指標名が空欄です（この行は読み込みません）',
  'bad-year': (v) => `年度として読み取れません（値：「${v.got}」）${v.expected ? `。${v.expected}` : ''}`,
  'no-year': (v) => `どの年度の値かわかりません（値：「${v.got}」）。見出しかセルに「（令和6年度）」のように年度を書いてください`,
  'unknown-label': (v) => `${v.got ? `行の見出し「${v.got}」が目標・実績・結果・達成率のどれかわかりません` : '行の見出し（目標・実績・結果・達成率）が空欄です'}（この行の値は読み込みません）`,
  'conflicting-cell': (v) => `同じ項目がすでに ${v.first} にあり、値が異なります（値：「${v.got}」。${v.first} の値を使います）`,
  'future-actual': (v) => `評価年度より後の${year(v.year, 'ja')}の実績「${v.got}」は未入力の0とみなし、読み込みません`,
  'rate-mismatch': (v) => `表の達成率 ${v.printed}% が計算した達成率 ${v.computed}% と一致しません`,
  'rate-not-computed': (v) => `表に達成率 ${v.printed}% がありますが、計算できません（${v.expected}）`,
  'judgment-mismatch': (v) => `表の判定「${v.printed}」が計算した判定「${v.computed}」と一致しません`,
  'unknown-judgment': (v) => `判定「${v.got}」は判定方式にありません（${v.expected}）`,
  'unknown-word': (v) => `「${v.got}」を読み取れません。期待される値：${v.expected}`,
  'invalid-mapping': (v) => `列の割り当てを読み取れません（${v.got}）`,
};

const EN: Words = {
  'unreadable-file': (v) => `The file cannot be read as a table (${v.got ?? ''})`,
  'sheet-not-found': (v) => `There is no sheet “${v.got}” (sheets: ${v.expected})`,
  'no-table': () => 'No header row (with the indicator names or years) was found',
  'no-name-column': () => 'No column of indicator names was found; choose it in the column mapping',
  'no-value-column': () => 'No target or actual columns were found; choose the year columns in the column mapping',
  'no-name': () => 'The row has values but no indicator name (the row is not read)',
  'bad-year': (v) => `The fiscal year cannot be read (found “${v.got}”)${v.expected ? `. ${v.expected}` : ''}`,
  'no-year': (v) => `The fiscal year of the value is not known (found “${v.got}”); write it in the header or the cell, e.g. “(FY2024)”`,
  'unknown-label': (v) => `${v.got ? `The row label “${v.got}” is none of target, actual, result or rate` : 'The row label (target, actual, result or rate) is empty'} (the row's values are not read)`,
  'conflicting-cell': (v) => `${v.first} already gives this item with another value (found “${v.got}”; the value of ${v.first} is used)`,
  'future-actual': (v) => `The actual “${v.got}” for ${year(v.year, 'en')}, after the reported year, is taken as a zero not yet filled in and is not read`,
  'rate-mismatch': (v) => `The printed rate ${v.printed}% differs from the computed rate ${v.computed}%`,
  'rate-not-computed': (v) => `A rate of ${v.printed}% is printed but none can be computed (${v.expected})`,
  'judgment-mismatch': (v) => `The printed judgment “${v.printed}” differs from the computed judgment “${v.computed}”`,
  'unknown-judgment': (v) => `The judgment “${v.got}” is not in the scheme (${v.expected})`,
  'unknown-word': (v) => `“${v.got}” cannot be read; expected ${v.expected}`,
  'invalid-mapping': (v) => `The column mapping cannot be used (${v.got})`,
};

/** The English words the sheet reader uses for `expected`, in Japanese. */
const EXPECTED_JA: Record<string, string> = {
  'no direction is given: set the direction column or the default direction': '方向が指定されていません（方向の列か既定の方向を指定してください）',
  'the rate needs a numeric target and actual': '数値の目標値と実績値が必要です',
  'choose the era of years written without one (令和, 平成)': '元号のない年度の元号（令和・平成）を指定してください',
  // Core's words for warnings a sheet often gets (its catalogue has no Japanese for them yet).
  '"increase", "decrease" or "maintain"; without a direction no rate or judgment is computed':
    '「増加」「減少」「維持」のいずれか（方向がないと達成率も判定も計算しません）',
  '"increase" or "decrease": the targets fall below the baseline, so lower may be better; without a direction no rate or judgment is computed':
    '「増加」か「減少」（目標値が基準値を下回るため、少ないほど良い指標かもしれません。方向がないと達成率も判定も計算しません）',
  'a target of 0 for a lower-is-better indicator gives 0% for any actual above it: it is judged met / not met and shown with the change from the baseline; set "method": "progress" for the progress from the baseline':
    '少ないほど良い指標の目標値0は、実績が0を超えると達成率が0%になるため、達成・未達成と基準値からの増減で示します（基準値からの進捗率にするには算定方法を「進捗率」にしてください）',
};

/** `expected` in a message's language. */
export function expectedText(expected: string | undefined, locale: 'ja' | 'en'): string | undefined {
  return expected === undefined || locale === 'en' ? expected : (EXPECTED_JA[expected] ?? expected);
}

/** A sheet problem at a cell (0-based row and column), or of the whole sheet when `row` is null. */
export function sheetProblem(
  at: { row: number; column: number } | null,
  code: SheetProblemCode,
  values: MessageValues = {},
  extra: { severity?: 'error' | 'warning'; indicatorId?: string } = {},
): SheetProblem {
  const cell = at ? cellAddress(at.row, at.column) : null;
  const ja = JA[code]({ ...values, expected: expectedText(values.expected, 'ja') });
  const en = EN[code](values);
  return {
    cell,
    row: at?.row ?? null,
    column: at?.column ?? null,
    severity: extra.severity ?? 'error',
    code,
    message: { ja: cell ? `${cell}：${ja}` : ja, en: cell ? `${cell}: ${en}` : en },
    ...(extra.indicatorId !== undefined && { indicatorId: extra.indicatorId }),
  };
}

/**
 * A problem core's `validate` found in the converted dataset, at the cell its value came from:
 * 「F7：単位が指標の単位と一致しません（値："3550人"）。期待される値：件を単位とする数値」.
 */
export function locatedProblem(problem: Problem, at: { row: number; column: number } | null): SheetProblem {
  const cell = at ? cellAddress(at.row, at.column) : null;
  const sentence = (lang: 'ja' | 'en') => {
    const m = commonMessages(lang);
    // validate writes "nothing" for a field that is absent (no direction): not worth printing.
    const got = problem.got !== undefined && problem.got !== 'nothing' ? m.got(problem.got) : '';
    const expected = problem.expected ? m.expected(expectedText(problem.expected, lang)!) : '';
    const what = lang === 'ja' ? `${m.problem[problem.code]}${got}。${expected}` : `${m.problem[problem.code]}${got}. ${expected}`;
    return m.located(cell ?? problem.path, what.replace(/[。.]\s*$/, ''));
  };
  return {
    cell,
    row: at?.row ?? null,
    column: at?.column ?? null,
    severity: problem.severity,
    code: problem.code,
    message: { ja: sentence('ja'), en: sentence('en') },
    path: problem.path,
    ...(problem.indicatorId !== undefined && { indicatorId: problem.indicatorId }),
  };
}
