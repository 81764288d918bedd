import { catalogue } from './registry.js';

/**
 * An English count with its noun in the number `Intl.PluralRules` picks: "1 indicator",
 * "31 unit measures", "14 measures" (a level's name from the data, "Measure", is lower-cased and
 * made plural). A noun that is not plain English (words from Japanese data) is left as it is.
 */
export function englishCount(count: number, noun: string): string {
  if (!/^[A-Za-z][A-Za-z -]*$/.test(noun)) return `${count} ${noun}`;
  const word = /^[A-Z][a-z]/.test(noun) ? noun[0]!.toLowerCase() + noun.slice(1) : noun;
  const one = new Intl.PluralRules('en').select(count) === 'one';
  const singular = /[^s]s$/.test(word) ? word.replace(/ies$/, 'y').replace(/(?<!y)s$/, '') : word;
  const plural = /s$/.test(word) ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
  return `${count} ${one ? singular : plural}`;
}

export interface TableMessages {
  no: string;
  measure: string;
  kind: string;
  kinds: Record<'outcome' | 'activity', string>;
  baseline: string;
  /**
   * Our words for the baseline labels reports print (計画策定時, 現状値, 基準値), used when the data
   * gives the label in Japanese only: "At plan adoption", "Baseline".
   */
  baselineLabels: Record<string, string>;
  /** The header of the baseline column: 「計画策定時 平成30年度」, "At plan adoption FY2018". */
  baselineHeader: (label: string, year: string) => string;
  /** A note beside a word, in brackets: 「（計画どおりの進捗状況）」, " (as planned)". */
  aside: (text: string) => string;
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
  /** The disclosure of a row's other columns in a narrow table (phones): 「詳細」. */
  details: string;
  problems: (count: number) => string;
  noData: string;
  /** No row matches the filter: 「「未達成」に当たる指標はありません」. */
  noMatch: (label: string) => string;
  notComparable: string;
  cumulative: (since: string) => string;
}

const ja: TableMessages = {
  no: 'No.',
  measure: '単位施策',
  kind: '区分',
  kinds: { outcome: '成果指標', activity: '活動指標' },
  baseline: '基準値',
  baselineLabels: {},
  baselineHeader: (label, year) => `${label} ${year}`,
  aside: (text) => `（${text}）`,
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
  details: '詳細',
  problems: (count) => `データに${count}件の問題があります。該当する行に表示しています。`,
  noData: '表示できるデータがありません',
  noMatch: (label) => `この年度に「${label}」に当たるものはありません。「すべて」で全件を表示します。`,
  notComparable: '定義変更のため目標と比較しない',
  cumulative: (since) => `${since}からの累計`,
  indicator: '指標',
};

const en: TableMessages = {
  no: 'No.',
  measure: 'Measure',
  kind: 'Kind',
  kinds: { outcome: 'Outcome', activity: 'Activity' },
  baseline: 'Baseline',
  baselineLabels: {
    計画策定時: 'At plan adoption',
    策定時: 'At plan adoption',
    現状値: 'Baseline',
    基準値: 'Baseline',
    基準年: 'Baseline',
    基準年度: 'Baseline',
    現況値: 'Baseline',
    当初値: 'Initial value',
  },
  baselineHeader: (label, year) => `${label} ${year}`,
  aside: (text) => ` (${text})`,
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
  headline: (total, noun) => englishCount(total, noun),
  line: (label, count, included) => `${label} ${count}${included.length ? ` (incl. ${included.join(', ').toLowerCase()})` : ''}`,
  indicatorsNoun: (count) => englishCount(count, 'indicators').replace(/^\S+ /, ''),
  measuresNoun: (count) => englishCount(count, 'measures').replace(/^\S+ /, ''),
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
  details: 'Details',
  problems: (count) => `The data has ${englishCount(count, 'problems')}, shown in the rows concerned.`,
  noData: 'No data to show',
  noMatch: (label) => `Nothing is “${label}” in this year. Choose “All” to show everything.`,
  notComparable: 'Definition changed: not compared with the targets',
  cumulative: (since) => `cumulative since ${since}`,
  indicator: 'Indicator',
};

/** The words of <policy-indicator-table> for a `lang` (see `registerMessages`). */
export const tableMessages = catalogue<TableMessages>('table', { ja, en });
