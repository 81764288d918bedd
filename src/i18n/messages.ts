import { resolveLocale, type Locale } from '../core/localize.js';
import type { Problem, ProblemCode } from '../core/types.js';

/** Words the elements show. Entries may be functions of values. */
export interface Messages {
  problem: Record<ProblemCode, string>;
  field: Record<string, string>;
  /** "指標「…」の目標値（令和6年度）: …" */
  located: (where: string, what: string) => string;
  indicator: (name: string) => string;
  got: (value: string) => string;
  expected: (what: string) => string;
  badge: {
    /** The accessible name of a computed judgment: 「達成率61.3%、未達成」. */
    rated: (rate: string, judgment: string) => string;
    /** A rate without a judgment: 「達成率164.0%」. */
    rateOnly: (rate: string) => string;
    /** A given grade: 「判定C：計画どおりの進捗状況」. */
    grade: (id: string, description: string) => string;
    none: string;
    unreadable: string;
  };
}

const ja: Messages = {
  problem: {
    'not-an-object': 'データの形式が正しくありません',
    required: '必須の項目がありません',
    'wrong-type': '値の種類が正しくありません',
    'not-a-number': '数値として読み取れません',
    'unit-mismatch': '単位が指標の単位と一致しません',
    'not-finite': '有限の数値ではありません',
    'unknown-value': '読み取れない値です',
    'bad-year': '年度として読み取れません',
    'duplicate-id': 'IDが重複しています',
    'unknown-reference': '参照先が見つかりません',
    conflict: '矛盾する指定があります',
    'unknown-field': '未知の項目です（綴りを確認してください）',
  },
  field: { targets: '目標値', actuals: '実績値', baseline: '基準値', tolerance: '許容差' },
  located: (where, what) => `${where}：${what}`,
  indicator: (name) => `指標「${name}」`,
  got: (value) => `（値：${value}）`,
  expected: (what) => `期待される値：${expectedJa(what)}`,
  badge: {
    rated: (rate, judgment) => `達成率${rate}、${judgment}`,
    rateOnly: (rate) => `達成率${rate}`,
    grade: (id, description) => (description ? `判定${id}：${description}` : `判定${id}`),
    none: '判定なし',
    unreadable: '値を読み取れません',
  },
};

/** Core words "what was expected" in English; these are the phrases it uses, in Japanese. */
const EXPECTED_JA: [RegExp, (...m: string[]) => string][] = [
  [/^a number in (.+)$/, (_, unit) => `${unit}を単位とする数値`],
  [/^a number$/, () => '数値'],
  [/^a finite number$/, () => '有限の数値'],
  [/^a fiscal year such as (\d+)$/, (_, y) => `${y} のような年度（西暦）`],
  [/^one of (.+)$/, (_, list) => `${list} のいずれか`],
  [/^a whole number from (\S+) to (\S+)$/, (_, a, b) => `${a}〜${b}の整数`],
  [/^a text/, () => '文字列'],
  [/^an id/, () => '空でないID'],
  [/^a list/, () => 'リスト'],
];

function expectedJa(what: string): string {
  for (const [re, ja] of EXPECTED_JA) {
    const m = re.exec(what);
    if (m) return ja(...m);
  }
  return what;
}

const en: Messages = {
  problem: {
    'not-an-object': 'The data is not in the expected form',
    required: 'A required item is missing',
    'wrong-type': 'The value is of the wrong kind',
    'not-a-number': 'The value cannot be read as a number',
    'unit-mismatch': "The unit does not match the indicator's unit",
    'not-finite': 'The value is not a finite number',
    'unknown-value': 'The value cannot be read',
    'bad-year': 'The key cannot be read as a fiscal year',
    'duplicate-id': 'The id is used twice',
    'unknown-reference': 'The reference points to nothing',
    conflict: 'Two settings contradict each other',
    'unknown-field': 'Unknown field (check the spelling)',
  },
  field: { targets: 'target', actuals: 'actual', baseline: 'baseline', tolerance: 'tolerance' },
  located: (where, what) => `${where}: ${what}`,
  indicator: (name) => `Indicator “${name}”`,
  got: (value) => ` (found ${value})`,
  expected: (what) => `expected ${what}`,
  badge: {
    rated: (rate, judgment) => `Achievement rate ${rate}, ${judgment.toLowerCase()}`,
    rateOnly: (rate) => `Achievement rate ${rate}`,
    grade: (id, description) => (description ? `Grade ${id}: ${description}` : `Grade ${id}`),
    none: 'No judgment',
    unreadable: 'Unreadable value',
  },
};

export const MESSAGES: Readonly<Record<Locale, Messages>> = { ja, en };

/** The catalogue for a `lang` value; Japanese unless it is English. */
export function messagesFor(lang: string | null | undefined): Messages {
  return MESSAGES[resolveLocale(lang)];
}

/**
 * A validation problem as a sentence a city's web editor can act on: which indicator, which
 * field and year, what was wrong and what was expected. `yearLabel` writes the fiscal year.
 */
export function describeProblem(
  problem: Problem,
  lang: string | null | undefined,
  options: { indicatorName?: string; yearLabel?: (year: number) => string } = {},
): string {
  const m = messagesFor(lang);
  const parts: string[] = [];
  if (options.indicatorName) parts.push(m.indicator(options.indicatorName));
  if (problem.field) {
    const field = m.field[problem.field] ?? problem.field;
    parts.push(problem.year !== undefined && options.yearLabel ? `${field} ${options.yearLabel(problem.year)}` : field);
  }
  const where = parts.length ? parts.join(resolveLocale(lang) === 'ja' ? 'の' : ', ') : problem.path;
  const what = `${m.problem[problem.code]}${problem.got !== undefined ? m.got(problem.got) : ''}。${problem.expected ? m.expected(problem.expected) : ''}`;
  return m.located(where, resolveLocale(lang) === 'ja' ? what : what.replace('。', '. '));
}
