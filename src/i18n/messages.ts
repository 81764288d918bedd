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
    /** No complete answer within the element's `timeout` (milliseconds). */
    timeout: (ms: number, source: string) => string;
    /** `src` is not a URL. */
    url: (source: string) => string;
    row: (row: number, column: string) => string;
    /** Shown when an element could not show its content at all. */
    failed: string;
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
    /** The accessible name of a provisional judgment. */
    provisional: (name: string) => string;
    provisionalMark: string;
    /** The accessible name when the indicator's data has problems besides. */
    withProblems: (name: string, count: number) => string;
  };
}

/** Words of <policy-indicator-table>. */
export interface TableMessages {
  no: string;
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
  progressRate: (year: string) => string;
  reason: string;
  grade: string;
  caption: (title: string, year: string) => string;
  headline: (total: number, noun: string) => string;
  line: (label: string, count: number, included: string[]) => string;
  indicatorsNoun: (count: number) => string;
  measuresNoun: (count: number) => string;
  /** The generic column header for indicators of mixed kinds. */
  indicator: string;
  expected: (year: string) => string;
  expectedRow: string;
  finalTarget: string;
  /** A value with its own year: 「1,389人（令和6年度）」. */
  withYear: (value: string, year: string) => string;
  notesHeading: string;
  /** The accessible name of a footnote reference: 「注1」. */
  noteRef: (n: number) => string;
  legendHeading: string;
  legend: Record<'estimate' | 'preliminary' | 'final' | 'expected' | 'inequality' | 'zero-target' | 'provisional' | 'no-direction' | 'latest' | 'final-target', { term: string; text: string }>;
  filterBy: string;
  showAll: string;
  showing: (count: number, label: string | null) => string;
  sorted: (column: string, ascending: boolean) => string;
  scrollHint: string;
  problems: (count: number) => string;
  noData: string;
  /** No row matches the filter: 「「未達成」に当たる指標はありません」. */
  noMatch: (label: string) => string;
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
  expected: string;
  rate: string;
  progressRate: string;
  /** What the actual is compared with: 「目標 3,550件」「期待値 1,200人」「令和8年度の目標 0人」. */
  compared: (kind: 'target' | 'expected' | 'final', value: string, year?: string) => string;
  status: Record<'tallying' | 'not-surveyed' | 'not-applicable' | 'missing' | 'not-due' | 'invalid' | 'text', string>;
  point: (kind: string, year: string, value: string) => string;
  /** A point with its rate and judgment: 「令和6年度 実績値 2,176件（達成率61.3%、未達成）」. */
  pointJudged: (label: string, rate: string, judgment: string) => string;
  evaluated: (year: string, actual: string, compared: string, rateWord: string, rate: string, judgment: string) => string;
  evaluatedNoRate: (year: string, actual: string, compared: string, met: boolean | undefined, judgment: string) => string;
  /** An inequality target: met or not. */
  bound: (year: string, actual: string, compared: string, met: boolean, judgment: string) => string;
  change: (text: string) => string;
  provisional: string;
  notEvaluated: (year: string, status: 'tallying' | 'not-surveyed' | 'not-applicable' | 'missing' | 'not-due' | 'invalid' | 'no-direction' | 'no-target', compared: string) => string;
  lowerIsBetterSentence: string;
  latest: (year: string, value: string) => string;
  trend: (from: string, first: string, to: string, last: string, change: 'up' | 'down' | 'flat') => string;
  finalTarget: (year: string, value: string) => string;
  notComparable: (label: string) => string;
  showTable: string;
  hideTable: string;
  year: string;
  problems: Record<'no-years' | 'no-targets' | 'no-values' | 'one-point' | 'not-found' | 'no-indicator' | 'invalid', string>;
  navHint: string;
}

/** Milliseconds as seconds with at most one decimal: 15000 → "15", 300 → "0.3". */
const seconds = (ms: number) => String(Math.round(ms / 100) / 10);

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
  table: {
    no: 'No.',
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
    progressRate: (year) => `進捗率 ${year}`,
    reason: '達成率が200%以上又は80%未満になった理由',
    grade: '判定',
    caption: (title, year) => `${title}（${year}）`,
    headline: (total, noun) => `${total}${noun}`,
    line: (label, count, included) => `${label} ${count}${included.length ? `（${included.join('・')}含む）` : ''}`,
    indicatorsNoun: () => '指標',
    measuresNoun: () => '施策',
    expected: (year) => `期待値 ${year}`,
    expectedRow: '期待値',
    finalTarget: '目標値',
    withYear: (value, year) => `${value}（${year}）`,
    notesHeading: '注',
    noteRef: (n) => `注${n}`,
    legendHeading: '表の見方',
    legend: {
      estimate: { term: '見込み', text: '年度末時点の見込み値で、確定値ではありません。見込み値による達成率・判定は暫定です。' },
      preliminary: { term: '速報値', text: '速報値で、後に改定されることがあります。速報値による達成率・判定は暫定です。' },
      final: { term: '確定値', text: '確定した値です。' },
      expected: { term: '期待値', text: '基準値から最終年度の目標値までを直線で結んだ、その年度に達しているべき値（公表された期待値があればその値）。達成率は実績値÷期待値です。' },
      'final-target': { term: '最終目標', text: '計画の最終年度の目標値に対する進み具合を示します。' },
      inequality: { term: '未満・以下・以上・超', text: '範囲で示された目標は、満たしたかどうかだけを判定し、達成率は算出しません（境界値ちょうどは「以下」「以上」なら達成、「未満」「超」なら未達成）。' },
      'zero-target': { term: '目標値0', text: '少ないほど良い指標の目標が0のときは、達成率（目標値÷実績値）がどの実績でも0%になり意味を持たないため、達成・未達成と基準値からの増減を示します。' },
      provisional: { term: '暫定', text: '見込み値・速報値にもとづく達成率と判定です。' },
      'no-direction': { term: '判定なし', text: '増加・減少のどちらを目指すかが示されていない指標は、達成率と判定を示しません。' },
      latest: { term: '（年度）', text: '表示年度の実績値がまだないときは、直近の実績値をその年度とともに示します。' },
    },
    filterBy: '判定で絞り込む',
    showAll: 'すべて',
    showing: (count, label) => (label ? `${label}：${count}件を表示しています` : `${count}件すべてを表示しています`),
    sorted: (column, ascending) => `${column}の${ascending ? '昇順' : '降順'}で並べ替えました`,
    scrollHint: '表は横にスクロールできます',
    problems: (count) => `データに${count}件の問題があります。該当する行に表示しています。`,
    noData: '表示できるデータがありません',
    noMatch: (label) => `この年度に「${label}」に当たるものはありません。「すべて」で全件を表示します。`,
    notComparable: '定義変更のため目標と比較しない',
    cumulative: (since) => `${since}からの累計`,
    indicator: '指標',
  },
  load: {
    loading: 'データを読み込んでいます…',
    http: (status, statusText, source) => `データを読み込めませんでした（${status}${statusText ? ` ${statusText}` : ''}）：${source}`,
    network: (source) => `データを取得できませんでした（通信エラー）：${source}`,
    json: (detail, source) => `データをJSONとして読み取れません（${detail}）：${source}`,
    csv: (source) => `CSVを読み取れません：${source}`,
    timeout: (ms, source) => `データを取得できませんでした（${seconds(ms)}秒で時間切れ）：${source}`,
    url: (source) => `データを取得できませんでした（URLが正しくありません）：${source}`,
    row: (row, column) => `${row}行目の「${column}」`,
    failed: 'この内容を表示できませんでした。データを確認してください。',
  },
  chart: {
    title: (name) => `${name}の推移`,
    unit: (unit) => `（単位：${unit}）`,
    target: '目標値',
    actual: '実績値',
    baseline: '基準値',
    notDue: (from) => `${from}以降（未到来）`,
    lowerIsBetter: '少ないほど良い指標',
    expected: '期待値',
    rate: '達成率',
    progressRate: '進捗率',
    compared: (kind, value, year) => (kind === 'expected' ? `期待値 ${value}` : kind === 'final' ? `${year}の目標 ${value}` : `目標 ${value}`),
    status: { tallying: '集計中', 'not-surveyed': '調査年以外', 'not-applicable': '値なし', missing: '実績なし', 'not-due': '未到来', invalid: '読み取れない値', text: '' },
    point: (kind, year, value) => `${year} ${kind} ${value}`,
    pointJudged: (label, rate, judgment) => `${label}（${[rate && `達成率${rate}`, judgment].filter(Boolean).join('、')}）`,
    evaluated: (year, actual, compared, rateWord, rate, judgment) => `${year}の実績 ${actual}は${compared}に対し${rateWord}${rate}${judgment ? `（${judgment}）` : ''}。`,
    evaluatedNoRate: (year, actual, compared, met, judgment) =>
      `${year}の実績 ${actual}は${compared}${met === undefined ? 'と比べて' : met ? 'に達しています' : 'に達していません'}${judgment ? `（${judgment}）` : ''}。`,
    bound: (year, actual, compared, met, judgment) => `${year}の実績 ${actual}は${compared}を${met ? '満たしています' : '満たしていません'}${judgment ? `（${judgment}）` : ''}。`,
    change: (text) => `${text}。`,
    provisional: '実績は確定前の値のため、達成率と判定は暫定です。',
    notEvaluated: (year, status, compared) => {
      const c = compared ? `（${compared}）` : '';
      switch (status) {
        case 'tallying': return `${year}の実績は集計中です${c}。`;
        case 'not-surveyed': return `${year}は調査の行われない年です${c}。`;
        case 'not-due': return `${year}の実績はまだありません${c}。`;
        case 'no-direction': return `${year}の実績は、増加・減少のどちらを目指すかが示されていないため、判定していません${c}。`;
        case 'no-target': return `${year}には比べる目標値がありません。`;
        case 'invalid': return `${year}の値を読み取れません${c}。`;
        case 'not-applicable': return `${year}の実績値はありません${c}。`;
        default: return `${year}の実績は報告されていません${c}。`;
      }
    },
    lowerIsBetterSentence: '少ないほど良い指標です。',
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
      invalid: 'データを読み取れないため、グラフを表示できません',
    },
    navHint: '矢印キーで各年度の値を読み上げます',
  },
  badge: {
    rated: (rate, judgment) => `達成率${rate}、${judgment}`,
    rateOnly: (rate) => `達成率${rate}`,
    grade: (id, description) => (description ? `判定${id}：${description}` : `判定${id}`),
    none: '判定なし',
    unreadable: '値を読み取れません',
    provisional: (name) => `${name}（見込み値・速報値にもとづく暫定）`,
    provisionalMark: '暫定',
    withProblems: (name, count) => `${name}（この指標のデータに${count}件の問題があります）`,
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
  table: {
    no: 'No.',
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
    progressRate: (year) => `Progress ${year}`,
    reason: 'Reason (rate of 200% or more, or under 80%)',
    grade: 'Grade',
    caption: (title, year) => `${title} (${year})`,
    headline: (total, noun) => `${total} ${noun}`,
    line: (label, count, included) => `${label} ${count}${included.length ? ` (incl. ${included.join(', ').toLowerCase()})` : ''}`,
    indicatorsNoun: (count) => (new Intl.PluralRules('en').select(count) === 'one' ? 'indicator' : 'indicators'),
    measuresNoun: (count) => (new Intl.PluralRules('en').select(count) === 'one' ? 'measure' : 'measures'),
    expected: (year) => `Expected ${year}`,
    expectedRow: 'Expected',
    finalTarget: 'Target',
    withYear: (value, year) => `${value} (${year})`,
    notesHeading: 'Notes',
    noteRef: (n) => `note ${n}`,
    legendHeading: 'How to read the table',
    legend: {
      estimate: { term: 'estimate', text: 'An estimate for the year, not the final figure; a rate or judgment based on it is provisional.' },
      preliminary: { term: 'preliminary', text: 'A preliminary figure that may be revised; a rate or judgment based on it is provisional.' },
      final: { term: 'final', text: 'The final figure.' },
      expected: { term: 'Expected', text: 'The value the year should reach on the straight line from the baseline to the final target (or the expected value the publisher printed). The rate is actual ÷ expected.' },
      'final-target': { term: 'Final target', text: 'Progress is measured against the target of the plan’s final year.' },
      inequality: { term: '<, ≤, ≥, >', text: 'A target given as a bound is judged met or not met, with no rate (at the bound itself, ≤ and ≥ are met, < and > are not).' },
      'zero-target': { term: 'Target 0', text: 'When a lower-is-better target is 0, the rate (target ÷ actual) is 0% for any actual, so the table shows met or not met and the change from the baseline.' },
      provisional: { term: 'provisional', text: 'A rate and judgment based on an estimate or preliminary figure.' },
      'no-direction': { term: 'no judgment', text: 'Indicators whose report does not say whether higher or lower is better get no rate and no judgment.' },
      latest: { term: '(year)', text: 'When the year shown has no actual yet, the latest actual is shown with its year.' },
    },
    filterBy: 'Filter by judgment',
    showAll: 'All',
    showing: (count, label) => (label ? `${label}: showing ${count}` : `Showing all ${count}`),
    sorted: (column, ascending) => `Sorted by ${column}, ${ascending ? 'ascending' : 'descending'}`,
    scrollHint: 'The table scrolls sideways',
    problems: (count) => `The data has ${count} problem${count === 1 ? '' : 's'}, shown in the rows concerned.`,
    noData: 'No data to show',
    noMatch: (label) => `Nothing is “${label}” in this year. Choose “All” to show everything.`,
    notComparable: 'Definition changed: not compared with the targets',
    cumulative: (since) => `cumulative since ${since}`,
    indicator: 'Indicator',
  },
  load: {
    loading: 'Loading the data…',
    http: (status, statusText, source) => `The data could not be loaded (${status}${statusText ? ` ${statusText}` : ''}): ${source}`,
    network: (source) => `The data could not be fetched (network error): ${source}`,
    json: (detail, source) => `The data is not valid JSON (${detail}): ${source}`,
    csv: (source) => `The CSV cannot be read: ${source}`,
    timeout: (ms, source) => `The data could not be fetched (no answer within ${seconds(ms)} s): ${source}`,
    url: (source) => `The data could not be fetched (invalid URL): ${source}`,
    row: (row, column) => `row ${row}, column “${column}”`,
    failed: 'This content could not be shown. Please check the data.',
  },
  chart: {
    title: (name) => `${name}: trend`,
    unit: (unit) => ` (unit: ${unit})`,
    target: 'Target',
    actual: 'Actual',
    baseline: 'Baseline',
    notDue: (from) => `${from} and later (not due)`,
    lowerIsBetter: 'Lower is better',
    expected: 'expected value',
    rate: 'achievement rate',
    progressRate: 'progress rate',
    compared: (kind, value, year) => (kind === 'expected' ? `an expected value of ${value}` : kind === 'final' ? `the ${year} target of ${value}` : `a target of ${value}`),
    status: { tallying: 'being tallied', 'not-surveyed': 'not surveyed this year', 'not-applicable': 'no value', missing: 'no actual reported', 'not-due': 'not due', invalid: 'unreadable', text: '' },
    point: (kind, year, value) => `${year} ${kind.toLowerCase()} ${value}`,
    pointJudged: (label, rate, judgment) => `${label} (${[rate && `achievement rate ${rate}`, judgment.toLowerCase()].filter(Boolean).join(', ')})`,
    evaluated: (year, actual, compared, rateWord, rate, judgment) => `In ${year} the actual of ${actual} against ${compared} is ${/^a/.test(rateWord) ? 'an' : 'a'} ${rateWord} of ${rate}${judgment ? ` (${judgment.toLowerCase()})` : ''}.`,
    evaluatedNoRate: (year, actual, compared, met, judgment) =>
      `In ${year} the actual of ${actual} ${met === undefined ? 'compares with' : met ? 'reaches' : 'does not reach'} ${compared}${judgment ? ` (${judgment.toLowerCase()})` : ''}.`,
    bound: (year, actual, compared, met, judgment) => `In ${year} the actual of ${actual} ${met ? 'meets' : 'does not meet'} ${compared}${judgment ? ` (${judgment.toLowerCase()})` : ''}.`,
    change: (text) => `That is ${text}.`,
    provisional: 'The actual is not final yet, so the rate and judgment are provisional.',
    notEvaluated: (year, status, compared) => {
      const c = compared ? ` (${compared})` : '';
      switch (status) {
        case 'tallying': return `The actual for ${year} is still being tallied${c}.`;
        case 'not-surveyed': return `${year} is not a survey year${c}.`;
        case 'not-due': return `No actual for ${year} yet${c}.`;
        case 'no-direction': return `The actual for ${year} is not judged: the report does not say whether higher or lower is better${c}.`;
        case 'no-target': return `${year} has no target to compare with.`;
        case 'invalid': return `The value for ${year} cannot be read${c}.`;
        case 'not-applicable': return `No value for ${year}${c}.`;
        default: return `No actual reported for ${year}${c}.`;
      }
    },
    lowerIsBetterSentence: 'Lower is better.',
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
      invalid: 'The data cannot be read, so there is nothing to chart',
    },
    navHint: 'Use the arrow keys to read each year',
  },
  badge: {
    rated: (rate, judgment) => `Achievement rate ${rate}, ${judgment.toLowerCase()}`,
    rateOnly: (rate) => `Achievement rate ${rate}`,
    grade: (id, description) => (description ? `Grade ${id}: ${description}` : `Grade ${id}`),
    none: 'No judgment',
    unreadable: 'Unreadable value',
    provisional: (name) => `${name} (provisional: based on an estimate or preliminary figure)`,
    provisionalMark: 'provisional',
    withProblems: (name, count) => `${name} (the indicator's data has ${count} problem${count === 1 ? '' : 's'})`,
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
  // A CSV problem keeps its row and column even beside the indicator's name.
  const row = /^rows\[(\d+)\]\.(.+)$/.exec(problem.path);
  if (!problem.field && row) parts.push(m.load.row(Number(row[1]), row[2]!));
  const where = parts.length ? parts.join(resolveLocale(lang) === 'ja' ? 'の' : ', ') : problem.path;
  const what = `${m.problem[problem.code]}${problem.got !== undefined ? m.got(problem.got) : ''}。${problem.expected ? m.expected(problem.expected) : ''}`;
  return m.located(where, resolveLocale(lang) === 'ja' ? what : what.replace('。', '. '));
}
