import { resolveLocale } from '../core/localize.js';
import type { Problem, ProblemCode } from '../core/types.js';
import { catalogue } from './registry.js';
import { STATUS } from './status.js';

/** Words every element needs: problems, where they are, loading. Entries may be functions of values. */
export interface CommonMessages {
  problem: Record<ProblemCode, string>;
  field: Record<string, string>;
  /** "指標「…」の目標値（令和6年度）: …" */
  located: (where: string, what: string) => string;
  indicator: (name: string) => string;
  got: (value: string) => string;
  expected: (what: string) => string;
  /** 「データに3件の問題があります。該当する行に表示しています。」 */
  problemCount: (count: number) => string;
  load: {
    loading: string;
    http: (status: number, statusText: string, source: string) => string;
    network: (source: string) => string;
    json: (detail: string, source: string) => string;
    csv: (source: string) => string;
    /** No complete answer within the element's `timeout` (milliseconds). */
    timeout: (ms: number, source: string) => string;
    /** `src` is not a URL. */
    url: (source: string) => string;
    row: (row: number, column: string) => string;
    /** Shown when an element could not show its content at all. */
    failed: string;
    /** The one line an element shows when `src` failed: 「データを読み込めませんでした（404）：kpi.json」. */
    short: (reason: string, file: string) => string;
    /** The reason in that line, by kind of failure. */
    reasons: { http: (status: number) => string; network: string; json: string; csv: string; timeout: (ms: number) => string; url: string };
    /** The name of a dataset given inline, in a child <script type="application/json">. */
    inline: string;
  };
}

/** Milliseconds as seconds with at most one decimal: 15000 → "15", 300 → "0.3". */
const seconds = (ms: number) => String(Math.round(ms / 100) / 10);

/** Core words "what was expected" in English; these are the phrases it uses, in Japanese. */
const EXPECTED_JA: [RegExp, (...m: string[]) => string][] = [
  [/^a number in (.+)$/, (_, unit) => `${unit}を単位とする数値`],
  [/^a number$/, () => '数値'],
  [/^a finite number$/, () => '有限の数値'],
  [/^a fiscal year such as (\d+)$/, (_, y) => `${y} のような年度（西暦）`],
  [/^a fiscal year such as (\d+) or (.+)$/, (_, y, era) => `${y} や ${era} のような年度`],
  [/^an indicator id$/, () => '指標ID'],
  [/^a column (.+)$/, (_, names) => `列「${names}」`],
  [/^a known column; did you mean (.+)\?$/, (_, name) => `既知の列名（「${name}」のことですか？）`],
  [/^one of the columns (.+) \(or x-… to skip a column\)$/, (_, list) => `列名 ${list} のいずれか（読み飛ばす列は名前を x- で始めてください）`],
  [/^one column per item: column (\S+) is already (.+)$/, (_, letter, what) => `項目ごとに1列（${letter}列がすでに ${what} です）`],
  [/^a column name$/, () => '列名'],
  [/^at most (\d+) cells, as many as the header has/, (_, n) => `見出しと同じ${n}個までのセル（3,550のようにカンマを含む値は "3,550" と二重引用符で囲んでください）`],
  [/^the value given on row (\d+): (.+)$/, (_, row, value) => `${row}行目と同じ値（${value}）`],
  [/^a judgment of the scheme (.+?): (.+)$/, (_, scheme, list) => `判定方式「${scheme}」の判定（${list}）`],
  [/^no judgment \(the scheme is none\)$/, () => '判定なし（判定方式が「なし」のため）'],
  [/^a baseline value or year \(.+\) for the label$/, () => 'ラベルに対応する基準値または基準年度'],
  [/^a fiscal year such as (\d+) \(cumulative since then\) or (.+)$/, (_, y, word) => `${y} のような年度（その年度からの累計）または「${word}」`],
  [/^fiscal years such as (.+)$/, (_, list) => `${list} のような年度の並び`],
  [/^a whole number such as (\d+)$/, (_, n) => `${n} のような整数`],
  [/^(.+), or empty when the report does not say$/, (_, list) => `${list}（報告書に書かれていなければ空欄）`],
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


const ja: CommonMessages = {
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
    'no-direction': '増加・減少のどちらを目指すかが指定されていません',
    'zero-target': '少ないほど良い指標の目標値が0です',
    'no-expected': '期待値を計算できません',
    'too-large': '値が大きすぎるか、データが深すぎます',
  },
  field: { targets: '目標値', actuals: '実績値', baseline: '基準値', tolerance: '許容差', expected: '期待値', direction: '方向' },
  located: (where, what) => `${where}：${what}`,
  indicator: (name) => `指標「${name}」`,
  got: (value) => `（値：${value}）`,
  expected: (what) => `期待される値：${expectedJa(what)}`,
  problemCount: (count) => `データに${count}件の問題があります。該当する箇所に表示しています。`,
  load: {
    ...STATUS.ja.load,
    http: (status, statusText, source) => `データを読み込めませんでした（${status}${statusText ? ` ${statusText}` : ''}）：${source}`,
    network: (source) => `データを取得できませんでした（通信エラー）：${source}`,
    json: (detail, source) => `データをJSONとして読み取れません（${detail}）：${source}`,
    csv: (source) => `CSVを読み取れません：${source}`,
    timeout: (ms, source) => `データを取得できませんでした（${seconds(ms)}秒で時間切れ）：${source}`,
    url: (source) => `データを取得できませんでした（URLが正しくありません）：${source}`,
    row: (row, column) => `${row}行目の「${column}」`,
    short: (reason, file) => `データを読み込めませんでした（${reason}）：${file}`,
    reasons: {
      http: (status) => (status ? String(status) : 'HTTPエラー'),
      network: '通信エラー',
      json: 'JSONとして読み取れません',
      csv: 'CSVを読み取れません',
      timeout: (ms) => `${seconds(ms)}秒で時間切れ`,
      url: 'URLが正しくありません',
    },
    inline: 'ページ内のJSON',
  },
};

const en: CommonMessages = {
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
    'no-direction': 'No direction is given (whether higher or lower is better)',
    'zero-target': 'The target of a lower-is-better indicator is 0',
    'no-expected': 'The expected value cannot be computed',
    'too-large': 'The value is too large or the data too deeply nested',
  },
  field: { targets: 'target', actuals: 'actual', baseline: 'baseline', tolerance: 'tolerance', expected: 'expected value', direction: 'direction' },
  located: (where, what) => `${where}: ${what}`,
  indicator: (name) => `Indicator “${name}”`,
  got: (value) => ` (found ${value})`,
  expected: (what) => `expected ${what}`,
  problemCount: (count) => `The data has ${count} ${new Intl.PluralRules('en').select(count) === 'one' ? 'problem' : 'problems'}, shown where they are.`,
  load: {
    ...STATUS.en.load,
    http: (status, statusText, source) => `The data could not be loaded (${status}${statusText ? ` ${statusText}` : ''}): ${source}`,
    network: (source) => `The data could not be fetched (network error): ${source}`,
    json: (detail, source) => `The data is not valid JSON (${detail}): ${source}`,
    csv: (source) => `The CSV cannot be read: ${source}`,
    timeout: (ms, source) => `The data could not be fetched (no answer within ${seconds(ms)} s): ${source}`,
    url: (source) => `The data could not be fetched (invalid URL): ${source}`,
    row: (row, column) => `row ${row}, column “${column}”`,
    short: (reason, file) => `The data could not be loaded (${reason}): ${file}`,
    reasons: {
      http: (status) => (status ? `HTTP ${status}` : 'HTTP error'),
      network: 'network error',
      json: 'not valid JSON',
      csv: 'not a readable CSV',
      timeout: (ms) => `no answer within ${seconds(ms)} s`,
      url: 'invalid URL',
    },
    inline: 'inline JSON',
  },
};

/** The common words for a `lang` (see `registerMessages` for other languages and overrides). */
export const commonMessages = catalogue<CommonMessages>('common', { ja, en });

/**
 * A validation problem as a sentence a city's web editor can act on: which indicator, which
 * field and year, what was wrong and what was expected. `yearLabel` writes the fiscal year.
 */
export function describeProblem(
  problem: Problem,
  lang: string | null | undefined,
  options: { indicatorName?: string; yearLabel?: (year: number) => string } = {},
): string {
  const m = commonMessages(lang);
  const parts: string[] = [];
  if (options.indicatorName) parts.push(m.indicator(options.indicatorName));
  if (problem.field) {
    const field = m.field[problem.field] ?? problem.field;
    parts.push(problem.year !== undefined && options.yearLabel ? `${field} ${options.yearLabel(problem.year)}` : field);
  }
  // A CSV problem keeps its row and column even beside the indicator's name.
  const row = /^rows\[(\d+)\]\.(.+)$/.exec(problem.path);
  if (!problem.field && row) parts.push(m.load.row(Number(row[1]), row[2]!));
  const ja = resolveLocale(lang) === 'ja';
  const where = parts.length ? parts.join(ja ? 'の' : ', ') : problem.path;
  const what = `${m.problem[problem.code]}${problem.got !== undefined ? m.got(problem.got) : ''}。${problem.expected ? m.expected(problem.expected) : ''}`;
  return m.located(where, ja ? what : what.replace('。', '. '));
}
