/**
 * The words of a wide sheet's headers and row labels: which column is the indicator's name, which
 * is a year's target or actual, which row of a stack (目標 / 実績 / 結果 / 達成率) is which.
 * Headers are compared after NFKC folding, without spaces and brackets.
 */
import { parseFiscalYear } from '../core/fiscal-year.js';

/** What a value column (or a stacked row) holds: a year's target, actual or expected value, the baseline, a printed judgment or rate, or the reason text. */
export const VALUE_FIELDS = ['target', 'actual', 'expected', 'baseline', 'judgment', 'rate', 'reason'] as const;
/** One of `VALUE_FIELDS`. */
export type ValueField = (typeof VALUE_FIELDS)[number];

/** The eras a sheet may leave out of its years (「22年度」 in a 平成 report). */
export const ERAS = ['reiwa', 'heisei', 'showa'] as const;
/** One of `ERAS`. */
export type Era = (typeof ERAS)[number];
const ERA_START: Record<Era, number> = { reiwa: 2019, heisei: 1989, showa: 1926 };
const ERA_OF: Record<string, Era> = { 令和: 'reiwa', 平成: 'heisei', 昭和: 'showa', r: 'reiwa', h: 'heisei', s: 'showa', reiwa: 'reiwa', heisei: 'heisei', showa: 'showa' };

/** A header or label as compared: NFKC, lower case, without spaces, brackets and dots. */
export const headerKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s()（）［］\[\]【】〔〕「」・:：.]+/g, '');

/** Field words, tried in this order: a reason column 「…達成率が200%以上…になった理由」 is a reason, not a rate. */
const FIELD_PATTERNS: [ValueField, RegExp][] = [
  ['reason', /理由|要因|reason/],
  ['rate', /達成率|達成度|進捗率|進捗度|achievementrate|^rate$/],
  ['judgment', /判定|評価|評定|結果|進捗区分|達成状況|judg(e)?ment|result/],
  ['expected', /期待値|目安値|expected/],
  ['baseline', /現状値|基準値|策定時|当初値|baseline/],
  ['target', /目標|計画値|target/],
  ['actual', /実績|actual/],
];

/** The field a header or row label names (目標値 → target, 実績 → actual, 達成率 → rate …), or null. */
export function fieldOf(text: string): ValueField | null {
  const key = headerKey(text);
  if (!key) return null;
  return FIELD_PATTERNS.find(([, re]) => re.test(key))?.[0] ?? null;
}

/** The word of a field as a header prints it, for a baseline's label: 「現状値（令和5年度）」 → 現状値. */
export function fieldWord(text: string): string | null {
  const m = /(現状値|基準値|計画策定時|策定時|当初値)/.exec(text.normalize('NFKC'));
  return m ? m[1]! : null;
}

/** Headers of the indicator's name, best first. */
const NAME_WORDS = ['指標名', '成果指標名', '活動指標名', '成果指標', '活動指標', '指標項目', '評価指標', '指標', 'kpi', '指標名称', '項目名', '項目', '名称', 'indicator', 'name'];

/** How well a header names the indicator's name column: lower is better, null for not at all. */
export function nameScore(text: string): number | null {
  const key = headerKey(text);
  const exact = NAME_WORDS.indexOf(key);
  if (exact >= 0) return exact;
  const within = NAME_WORDS.slice(0, 8).findIndex((w) => key.includes(w) && !/no$|番号$|id$|コード$/.test(key));
  return within >= 0 ? NAME_WORDS.length + within : null;
}

/** Other columns of an indicator, by header. */
export const COLUMN_PATTERNS = {
  no: /^(no|№|番号|通し番号|#|指標no|指標番号)$/,
  id: /^(id|指標id|指標コード|kpiid|indicatorid)$/,
  unit: /^(単位|unit)$/,
  direction: /^(方向|目指す方向|方向性|増減|増減の方向|望ましい方向|direction)$/,
  kind: /^(指標区分|指標の種類|種別|区分|kind)$/,
  note: /^(備考|注記|注|摘要|note|notes)$/,
  source: /^(出典|出所|データ出典|資料|source)$/,
} as const;
/** A key of `COLUMN_PATTERNS`. */
export type OtherColumn = keyof typeof COLUMN_PATTERNS;

/** The indicator column a header names (No. → no, 単位 → unit, 方向 → direction …), or null. */
export function otherColumnOf(text: string): OtherColumn | null {
  const key = headerKey(text);
  for (const [column, re] of Object.entries(COLUMN_PATTERNS) as [OtherColumn, RegExp][]) if (re.test(key)) return column;
  return null;
}

/** A code column of a hierarchy level: 「単位施策No.」 is the code of 「単位施策」. */
export function codeColumnOf(text: string): string | null {
  const m = /^(.+?)(?:no\.?|番号|コード|code)$/i.exec(text.normalize('NFKC').trim());
  return m && m[1]!.trim() ? m[1]!.trim() : null;
}

/** A year written in a header or cell, found anywhere in the text: R6, 令和8年度, 2024年度, FY2024, H27. */
const YEAR_TOKEN = /(?<![a-z0-9])(令和|平成|昭和|reiwa|heisei|showa|r|h|s)\s*(元|\d{1,2})(?!\d)\s*(?:年度|年)?|(?<![a-z0-9.])(?:fy\s*)?((?:19|20|21)\d{2})(?![\d.%])\s*(?:年度|年)?|(?<![\d.])(元|\d{1,2})\s*年度/gi;

/** The first fiscal year written in a text, with the era for years written without one (「22年度」). */
export function findYear(text: string, era: Era | null = null): { year: number; token: string; index: number } | null {
  const s = text.normalize('NFKC');
  for (const m of s.matchAll(YEAR_TOKEN)) {
    if (m[4] !== undefined) {
      if (!era) continue;
      const n = m[4] === '元' ? 1 : Number(m[4]);
      if (n >= 1) return { year: ERA_START[era] + n - 1, token: m[0], index: m.index! };
      continue;
    }
    const year = parseFiscalYear(m[0].replace(/\s+/g, ''));
    if (year !== null) return { year, token: m[0], index: m.index! };
  }
  return null;
}

/** Is there a year written without its era (「22年度」), which needs `era` to be read? */
export function hasBareYear(text: string): boolean {
  return /(?<![\d.a-z令和平成昭和])(元|\d{1,2})\s*年度/i.test(text.normalize('NFKC'));
}

/** The era a text names with a year (令和6年度, H24, 平成24年度), for years written without one. */
export function eraOf(text: string): Era | null {
  const m = /(令和|平成|昭和|reiwa|heisei|showa|(?<![a-z])[rhs](?=\s*\d))/i.exec(text.normalize('NFKC'));
  return m ? (ERA_OF[m[1]!.toLowerCase()] ?? null) : null;
}

/** A cell ending in its own year in brackets: 「54.6% (22年度)」 → value 「54.6%」, year text 「22年度」. */
export function splitCellYear(text: string): { value: string; yearText: string } | null {
  const m = /^(.*?)\s*[(（]\s*([^()（）]*?(?:年度|年|\d))\s*[)）]\s*$/.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  return /\d|元/.test(m[2]!) ? { value: m[1]!.trim(), yearText: m[2]! } : null;
}

/** The thresholds a reason column names: 「達成率が200%以上又は80%未満になった理由」 → 200, 80. */
export function reasonThresholds(text: string): { atOrAbove: number | null; below: number | null } | null {
  const s = text.normalize('NFKC');
  const above = /(\d+(?:\.\d+)?)\s*%\s*以上/.exec(s);
  const below = /(\d+(?:\.\d+)?)\s*%\s*未満/.exec(s);
  if (!above && !below) return null;
  return { atOrAbove: above ? Number(above[1]) : null, below: below ? Number(below[1]) : null };
}

/**
 * A hierarchy cell's code and name: 「I-1-(1)-① 事業者の…」 → code 「I-1-(1)-①」; 「1-1 子どもを…」 →
 * 「1-1」. A code is the first word, without kana or kanji, with a digit, a Roman or circled numeral.
 */
export function splitCode(text: string): { code?: string; name: string } {
  const s = text.trim();
  const m = /^([0-9A-Za-zⅠ-Ⅻⅰ-ⅻ①-⑳()（）\-‐－.．]+)[ \t　]+(\S[\s\S]*)$/.exec(s);
  const token = m?.[1];
  const code =
    token !== undefined &&
    (/[-‐－()（）Ⅰ-Ⅻⅰ-ⅻ①-⑳]/.test(token) || /^[IVX]+$/.test(token) || /^\d+([.．]\d+)*[.．]?$/.test(token));
  return code ? { code: token!.replace(/[.．]$/, ''), name: joinLines(m![2]!) } : { name: joinLines(s) };
}

/**
 * Lines of a cell as one name: a line break inside a Japanese phrase (「…環境づ」「くり」) is only
 * wrapping and joins without a space; between Latin words it becomes one space.
 */
export function joinLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce((out, line) => (!out ? line : /[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(line) ? `${out} ${line}` : out + line), '')
    .replace(/[ \t　]+/g, (m) => (m.includes('　') ? '　' : ' '));
}
