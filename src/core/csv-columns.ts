/**
 * The columns of the CSV long format and the words a clerk may write in them. Column names are
 * matched after NFKC folding, ignoring case, spaces, `_` and `-` (「指標ＩＤ」 = 指標ID,
 * "Fiscal Year" = fiscal_year). The first alias of each column is its English name, the second
 * its Japanese name: those two are the ones shown in messages.
 */
export const CSV_COLUMNS = {
  indicatorId: ['indicator_id', '指標ID', '指標id', 'id'],
  no: ['no', '番号', 'No.', 'number'],
  indicatorName: ['indicator_name', '指標名', '指標', 'name'],
  unit: ['unit', '単位'],
  kind: ['kind', '区分', '指標区分'],
  direction: ['direction', '方向'],
  group: ['group', '施策', '施策階層'],
  year: ['fiscal_year', '年度', 'year'],
  target: ['target', '目標値', '目標'],
  expected: ['expected', '期待値', 'expected_value'],
  actual: ['actual', '実績値', '実績'],
  baseline: ['baseline', '基準値', '現状値'],
  baselineYear: ['baseline_year', '基準年度', '基準値年度', '現状値年度'],
  baselineLabel: ['baseline_label', '基準値ラベル', '基準値の名称'],
  series: ['series', '系列'],
  basis: ['basis', '比較基準'],
  method: ['method', '算定方法', '算出方法'],
  roundingMode: ['rounding', '端数処理', 'rounding_mode'],
  digits: ['digits', '桁数', 'rounding_digits', '小数点以下桁数'],
  judgment: ['judgment', '判定', 'judgement', 'given_judgment'],
  cumulative: ['cumulative_since', '累計', 'cumulative', '累計開始年度'],
  surveyYears: ['survey_years', '調査年', '調査年度'],
  source: ['source', '出典', '出所'],
  reason: ['reason', '理由'],
  note: ['note', '備考', 'notes'],
  planTitle: ['plan_title', '計画名'],
  publisher: ['publisher', '自治体名', '自治体'],
  reportedYear: ['reported_year', '評価年度'],
  scheme: ['scheme', '判定方式', 'judgment_scheme'],
} as const;

export type Column = keyof typeof CSV_COLUMNS;

/** How a column is named in messages: 「実績値 (actual)」. */
export const columnLabel = (column: Column): string => `${CSV_COLUMNS[column][1]} (${CSV_COLUMNS[column][0]})`;

/** A header as compared: NFKC, lower case, without spaces, `_` and `-`. */
const headerKey = (name: string) => name.normalize('NFKC').trim().toLowerCase().replace(/[\s_\-]+/g, '');

const BY_KEY = new Map<string, Column>(
  (Object.entries(CSV_COLUMNS) as [Column, readonly string[]][]).flatMap(([column, aliases]) => aliases.map((a) => [headerKey(a), column] as const)),
);

/** The column a header names, or undefined. */
export function columnOf(name: string): Column | undefined {
  return BY_KEY.get(headerKey(name));
}

/** Headers starting with `x-` or `#` are the author's own columns (a memo, a check mark) and are skipped on purpose. */
export function isIgnoredHeader(name: string): boolean {
  const folded = name.normalize('NFKC').trim().toLowerCase();
  return folded.startsWith('x-') || folded.startsWith('#');
}

/**
 * The known column name nearest to an unknown header, as a clerk would mean it: a known name it
 * contains (「実績値（確定）」 → 実績値; English names only as whole words), else one within a
 * typing slip (edit distance of at most a third of its length). Undefined when nothing is close.
 */
export function suggestColumn(name: string): string | undefined {
  const key = headerKey(name);
  if (!key) return undefined;
  const spaced = ` ${name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  let best: { alias: string; score: number } | undefined;
  for (const aliases of Object.values(CSV_COLUMNS)) {
    for (const alias of aliases) {
      const a = headerKey(alias);
      const ascii = /^[\x20-\x7e]*$/.test(alias);
      const contained = a.length >= 2 && (ascii ? spaced.includes(` ${alias.toLowerCase().replace(/_/g, ' ')} `) : key.includes(a));
      const distance = editDistance(key, a);
      // Containment beats any slip; among containments the longest name wins (実績値 over 実績).
      const score = contained ? -a.length : distance <= Math.max(1, Math.floor(a.length / 3)) ? distance : Infinity;
      if (score < (best?.score ?? Infinity)) best = { alias, score };
    }
  }
  return best?.alias;
}

/** Levenshtein distance over code points. */
function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/** A word as compared: NFKC, lower case, without spaces and separators (・ / 、 〜 - _). */
export const wordKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s・,、/〜~\-_]+/g, '');

/** Words a column accepts, by their key, and the value each stands for; `null` means "none given on purpose". */
export type Words<T> = { values: Record<string, T | null>; expected: string };

const words = <T>(expected: string, entries: [T | null, string[]][]): Words<T> => ({
  expected,
  values: Object.fromEntries(entries.flatMap(([value, list]) => list.map((w) => [wordKey(w), value]))),
});

export const KIND_WORDS = words('成果指標 (outcome) or 活動指標 (activity)', [
  ['outcome', ['成果指標', '成果', 'outcome']],
  ['activity', ['活動指標', '活動', 'activity']],
]);

export const DIRECTION_WORDS = words('増加, 減少 or 維持 (increase, decrease, maintain), or empty when the report does not say', [
  ['increase', ['増加', '上昇', '向上', 'increase', 'up', '↑']],
  ['decrease', ['減少', '低下', '削減', 'decrease', 'down', '↓']],
  ['maintain', ['維持', 'maintain']],
  [null, ['なし', 'none', '—', '－', '-', '―', '−']],
]);

export const BASIS_WORDS = words('one of 目標値, 期待値, 最終目標値 (target, expected, final-target)', [
  ['target', ['目標値', '目標', '当該年度の目標値', 'target']],
  ['expected', ['期待値', 'expected']],
  ['final-target', ['最終目標値', '最終目標', '最終年度の目標値', 'final-target', 'final target']],
]);

export const METHOD_WORDS = words('one of 達成率, 進捗率 (ratio, progress)', [
  ['ratio', ['達成率', '達成度', 'ratio']],
  ['progress', ['進捗率', '進捗度', 'progress']],
]);

export const ROUNDING_WORDS = words('one of 四捨五入, 切り捨て (half-up, truncate)', [
  ['half-up', ['四捨五入', 'half-up', 'halfup', 'round']],
  ['truncate', ['切り捨て', '切捨て', '切捨', 'truncate']],
]);

export const SCHEME_WORDS = words('one of 達成・概ね達成・未達成, A〜D, なし (three-tier, given-grade, none)', [
  ['three-tier', ['three-tier', '達成・概ね達成・未達成', '達成・おおむね達成・未達成', '3段階', '三段階']],
  ['given-grade', ['given-grade', 'A〜D', 'A-D', 'A・B・C・D', 'ABCD', '市の判定']],
  ['none', ['none', 'なし', '判定なし']],
]);

/** A cumulative indicator marked without a start year. */
export const CUMULATIVE_YES = new Set(['累計', '累積', '○', '〇', '◯', 'yes', 'true', 'はい'].map(wordKey));
export const CUMULATIVE_NO = new Set(['なし', 'no', 'false', 'いいえ', '×', '—', '-'].map(wordKey));
