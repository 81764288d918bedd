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
  table: TableMessages;
  chart: ChartMessages;
  load: {
    loading: string;
    http: (status: number, statusText: string, source: string) => string;
    network: (source: string) => string;
    json: (detail: string, source: string) => string;
    csv: (source: string) => string;
    row: (row: number, column: string) => string;
  };
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

/** Words of <policy-indicator-table>. */
export interface TableMessages {
  no: string;
  indicator: string;
  measure: string;
  kind: string;
  kinds: Record<'outcome' | 'activity', string>;
  baseline: string;
  target: (year: string) => string;
  targetRow: string;
  actualRow: (series?: string) => string;
  actual: (year: string) => string;
  result: string;
  rate: (year: string) => string;
  reason: string;
  grade: string;
  caption: (title: string, year: string) => string;
  headline: (total: number, noun: string) => string;
  line: (label: string, count: number, included: string[]) => string;
  indicatorsNoun: string;
  measuresNoun: string;
  filterBy: string;
  showAll: string;
  showing: (count: number, label: string | null) => string;
  sorted: (column: string, ascending: boolean) => string;
  scrollHint: string;
  problems: (count: number) => string;
  noData: string;
  notComparable: string;
  cumulative: (since: string) => string;
}

/** Words of <target-trend-chart>; the sentences make its text alternative. */
export interface ChartMessages {
  title: (name: string) => string;
  unit: (unit: string) => string;
  target: string;
  actual: string;
  baseline: string;
  notDue: (from: string) => string;
  lowerIsBetter: string;
  status: Record<'tallying' | 'not-surveyed' | 'not-applicable' | 'missing' | 'not-due' | 'invalid', string>;
  point: (kind: string, year: string, value: string) => string;
  evaluated: (year: string, actual: string, target: string, rate: string, judgment: string) => string;
  evaluatedNoRate: (year: string, actual: string, target: string, judgment: string) => string;
  notEvaluated: (year: string, status: string, target: string) => string;
  latest: (year: string, value: string) => string;
  trend: (from: string, first: string, to: string, last: string, change: 'up' | 'down' | 'flat') => string;
  finalTarget: (year: string, value: string) => string;
  notComparable: (label: string) => string;
  showTable: string;
  hideTable: string;
  year: string;
  problems: Record<'no-years' | 'no-targets' | 'no-values' | 'one-point' | 'not-found' | 'no-indicator', string>;
  navHint: string;
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
  table: {
    no: 'No.',
    indicator: '成果指標',
    measure: '単位施策',
    kind: '区分',
    kinds: { outcome: '成果指標', activity: '活動指標' },
    baseline: '基準値',
    target: (year) => `目標 ${year}`,
    targetRow: '目標値',
    actualRow: (series) => (series ? `実績値（${series}）` : '実績値'),
    actual: (year) => `実績 ${year}`,
    result: '結果',
    rate: (year) => `達成率 ${year}`,
    reason: '達成率が200%以上又は80%未満になった理由',
    grade: '判定',
    caption: (title, year) => `${title}（${year}）`,
    headline: (total, noun) => `${total}${noun}`,
    line: (label, count, included) => `${label} ${count}${included.length ? `（${included.join('・')}含む）` : ''}`,
    indicatorsNoun: '指標',
    measuresNoun: '施策',
    filterBy: '判定で絞り込む',
    showAll: 'すべて',
    showing: (count, label) => (label ? `${label}：${count}件を表示しています` : `${count}件すべてを表示しています`),
    sorted: (column, ascending) => `${column}の${ascending ? '昇順' : '降順'}で並べ替えました`,
    scrollHint: '表は横にスクロールできます',
    problems: (count) => `データに${count}件の問題があります。該当する行に表示しています。`,
    noData: '表示できるデータがありません',
    notComparable: '定義変更のため目標と比較しない',
    cumulative: (since) => `${since}からの累計`,
  },
  load: {
    loading: 'データを読み込んでいます…',
    http: (status, statusText, source) => `データを読み込めませんでした（${status}${statusText ? ` ${statusText}` : ''}）：${source}`,
    network: (source) => `データを取得できませんでした（通信エラー）：${source}`,
    json: (detail, source) => `データをJSONとして読み取れません（${detail}）：${source}`,
    csv: (source) => `CSVを読み取れません：${source}`,
    row: (row, column) => `${row}行目の「${column}」`,
  },
  chart: {
    title: (name) => `${name}の推移`,
    unit: (unit) => `（単位：${unit}）`,
    target: '目標値',
    actual: '実績値',
    baseline: '基準値',
    notDue: (from) => `${from}以降（未到来）`,
    lowerIsBetter: '少ないほど良い指標',
    status: { tallying: '集計中', 'not-surveyed': '調査年以外', 'not-applicable': '値なし', missing: '実績なし', 'not-due': '未到来', invalid: '読み取れない値' },
    point: (kind, year, value) => `${year} ${kind} ${value}`,
    evaluated: (year, actual, target, rate, judgment) => `${year}の実績 ${actual}は目標 ${target}に対し達成率${rate}${judgment ? `（${judgment}）` : ''}。`,
    evaluatedNoRate: (year, actual, target, judgment) => `${year}の実績 ${actual}、目標 ${target}${judgment ? `（${judgment}）` : ''}。`,
    notEvaluated: (year, status, target) => `${year}の実績は${status}${target ? `（目標 ${target}）` : ''}。`,
    latest: (year, value) => `直近の実績は${year}の${value}。`,
    trend: (from, first, to, last, change) =>
      `${from}の${first}から${to}の${last}へ${change === 'up' ? '増加' : change === 'down' ? '減少' : '横ばい'}。`,
    finalTarget: (year, value) => `${year}の目標は${value}。`,
    notComparable: (label) => `「${label}」は定義が異なるため目標と比較しない。`,
    showTable: '表で見る',
    hideTable: '表を閉じる',
    year: '年度',
    problems: {
      'no-years': 'この指標には年度の値がありません',
      'no-targets': 'この指標には目標値がないため、グラフを表示できません',
      'no-values': 'この指標には表示できる値がありません',
      'one-point': '値が1つしかないため、推移を表示できません',
      'not-found': '指定された指標がデータにありません',
      'no-indicator': '表示する指標が指定されていません',
    },
    navHint: '矢印キーで各年度の値を読み上げます',
  },
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
  [/^a fiscal year such as (\d+) or (.+)$/, (_, y, era) => `${y} や ${era} のような年度`],
  [/^an indicator id$/, () => '指標ID'],
  [/^a column (.+)$/, (_, names) => `列「${names}」`],
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
  table: {
    no: 'No.',
    indicator: 'Indicator',
    measure: 'Measure',
    kind: 'Kind',
    kinds: { outcome: 'Outcome', activity: 'Activity' },
    baseline: 'Baseline',
    target: (year) => `Target ${year}`,
    targetRow: 'Target',
    actualRow: (series) => (series ? `Actual (${series})` : 'Actual'),
    actual: (year) => `Actual ${year}`,
    result: 'Result',
    rate: (year) => `Rate ${year}`,
    reason: 'Reason (rate of 200% or more, or under 80%)',
    grade: 'Grade',
    caption: (title, year) => `${title} (${year})`,
    headline: (total, noun) => `${total} ${noun}`,
    line: (label, count, included) => `${label} ${count}${included.length ? ` (incl. ${included.join(', ').toLowerCase()})` : ''}`,
    indicatorsNoun: 'indicators',
    measuresNoun: 'measures',
    filterBy: 'Filter by judgment',
    showAll: 'All',
    showing: (count, label) => (label ? `${label}: showing ${count}` : `Showing all ${count}`),
    sorted: (column, ascending) => `Sorted by ${column}, ${ascending ? 'ascending' : 'descending'}`,
    scrollHint: 'The table scrolls sideways',
    problems: (count) => `The data has ${count} problem${count === 1 ? '' : 's'}, shown in the rows concerned.`,
    noData: 'No data to show',
    notComparable: 'Definition changed: not compared with the targets',
    cumulative: (since) => `cumulative since ${since}`,
  },
  load: {
    loading: 'Loading the data…',
    http: (status, statusText, source) => `The data could not be loaded (${status}${statusText ? ` ${statusText}` : ''}): ${source}`,
    network: (source) => `The data could not be fetched (network error): ${source}`,
    json: (detail, source) => `The data is not valid JSON (${detail}): ${source}`,
    csv: (source) => `The CSV cannot be read: ${source}`,
    row: (row, column) => `row ${row}, column “${column}”`,
  },
  chart: {
    title: (name) => `${name}: trend`,
    unit: (unit) => ` (unit: ${unit})`,
    target: 'Target',
    actual: 'Actual',
    baseline: 'Baseline',
    notDue: (from) => `${from} and later (not due)`,
    lowerIsBetter: 'Lower is better',
    status: { tallying: 'being tallied', 'not-surveyed': 'not surveyed this year', 'not-applicable': 'without a value', missing: 'without an actual', 'not-due': 'not due', invalid: 'unreadable' },
    point: (kind, year, value) => `${year} ${kind.toLowerCase()} ${value}`,
    evaluated: (year, actual, target, rate, judgment) => `In ${year} the actual of ${actual} against a target of ${target} is an achievement rate of ${rate}${judgment ? ` (${judgment.toLowerCase()})` : ''}.`,
    evaluatedNoRate: (year, actual, target, judgment) => `In ${year} the actual is ${actual} against a target of ${target}${judgment ? ` (${judgment.toLowerCase()})` : ''}.`,
    notEvaluated: (year, status, target) => `In ${year} the actual is ${status}${target ? ` (target ${target})` : ''}.`,
    latest: (year, value) => `The latest actual is ${value} in ${year}.`,
    trend: (from, first, to, last, change) =>
      `From ${first} in ${from} to ${last} in ${to}: ${change === 'up' ? 'an increase' : change === 'down' ? 'a decrease' : 'no change'}.`,
    finalTarget: (year, value) => `The target for ${year} is ${value}.`,
    notComparable: (label) => `“${label}” is measured differently and not compared with the targets.`,
    showTable: 'Show as a table',
    hideTable: 'Hide the table',
    year: 'Fiscal year',
    problems: {
      'no-years': 'This indicator has no values by year',
      'no-targets': 'This indicator has no targets, so there is nothing to chart',
      'no-values': 'This indicator has no values to chart',
      'one-point': 'There is only one value: no trend to show',
      'not-found': 'The indicator asked for is not in the data',
      'no-indicator': 'No indicator was given to chart',
    },
    navHint: 'Use the arrow keys to read each year',
  },
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
  const row = /^rows\[(\d+)\]\.(.+)$/.exec(problem.path);
  if (!parts.length && row) parts.push(m.load.row(Number(row[1]), row[2]!));
  const where = parts.length ? parts.join(resolveLocale(lang) === 'ja' ? 'の' : ', ') : problem.path;
  const what = `${m.problem[problem.code]}${problem.got !== undefined ? m.got(problem.got) : ''}。${problem.expected ? m.expected(problem.expected) : ''}`;
  return m.located(where, resolveLocale(lang) === 'ja' ? what : what.replace('。', '. '));
}
