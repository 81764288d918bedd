import { catalogue } from './registry.js';

export interface ChartMessages {
  title: (name: string) => string;
  unit: (unit: string) => string;
  target: string;
  actual: string;
  /** An actual series by its label: 「実績値（商業統計）」. */
  actualOf: (series: string) => string;
  /** A legend entry of an actual series: 「実績値：商業統計」. */
  legendActual: (series: string) => string;
  baseline: string;
  /** The baseline beside its year in the data table: 「（基準値 108,000人）」. */
  baselineNote: (value: string) => string;
  /** Above the shaded years: 「R7以降（未到来）」. */
  notDue: (from: string) => string;
  /** The same where the long one does not fit: 「未到来」. */
  notDueShort: string;
  lowerIsBetter: string;
  expected: string;
  /** The label of the expected-value line, point and column: 「期待値」. */
  expectedLine: string;
  /** 「令和2年度からの累計」. */
  cumulative: (since: string) => string;
  /** A cumulative indicator whose start is not given: 「累計」. */
  cumulativeAny: string;
  /** A note beside a name: 「（令和2年度からの累計）」, " (cumulative since FY2020)". */
  aside: (text: string) => string;
  rate: string;
  progressRate: string;
  /** What the actual is compared with: 「目標 3,550件」「期待値 1,200人」「令和8年度の目標 0人」. */
  compared: (kind: 'target' | 'expected' | 'final', value: string, year?: string) => string;
  /** The same as a note in brackets after a sentence without a judgment: 「目標 45.0%」, "target: 45.0%". */
  comparedNote: (kind: 'target' | 'expected' | 'final', value: string, year?: string) => string;
  /** A grade given as a bare letter: 「判定C」, "grade C". */
  grade: (letter: string) => string;
  status: Record<'tallying' | 'not-surveyed' | 'not-applicable' | 'missing' | 'not-due' | 'invalid' | 'text', string>;
  /** A point's name: 「令和6年度 実績値 2,176件」. */
  point: (kind: string, year: string, value: string) => string;
  /** A point with its rate and judgment: 「令和6年度 実績値 2,176件（達成率61.3%、未達成）」; either may be "". */
  pointJudged: (label: string, rateWord: string, rate: string, judgment: string) => string;
  /** A point with why it has no rate: 「令和元年度 実績値 0件（比べる目標値なし）」. */
  pointNote: (label: string, note: string) => string;
  /** Why an actual has no rate or judgment. */
  pointWhyNot: Record<'notComparable' | 'noDirection' | 'noTarget' | 'targetZero' | 'noRate', string>;
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

const ja: ChartMessages = {
  title: (name) => `${name}の推移`,
  unit: (unit) => `（単位：${unit}）`,
  target: '目標値',
  actual: '実績値',
  actualOf: (series) => `実績値（${series}）`,
  legendActual: (series) => `実績値：${series}`,
  baseline: '基準値',
  baselineNote: (value) => `（基準値 ${value}）`,
  notDue: (from) => `${from}以降（未到来）`,
  notDueShort: '未到来',
  lowerIsBetter: '少ないほど良い指標',
  expected: '期待値',
  expectedLine: '期待値',
  cumulative: (since) => `${since}からの累計`,
  cumulativeAny: '累計',
  aside: (text) => `（${text}）`,
  rate: '達成率',
  progressRate: '進捗率',
  compared: (kind, value, year) => (kind === 'expected' ? `期待値 ${value}` : kind === 'final' ? `${year}の目標 ${value}` : `目標 ${value}`),
  comparedNote: (kind, value, year) => (kind === 'expected' ? `期待値 ${value}` : kind === 'final' ? `${year}の目標 ${value}` : `目標 ${value}`),
  grade: (letter) => `判定${letter}`,
  status: { tallying: '集計中', 'not-surveyed': '調査年以外', 'not-applicable': '値なし', missing: '実績なし', 'not-due': '未到来', invalid: '読み取れない値', text: '' },
  point: (kind, year, value) => `${year} ${kind} ${value}`,
  pointJudged: (label, rateWord, rate, judgment) => `${label}（${[rate && `${rateWord}${rate}`, judgment].filter(Boolean).join('、')}）`,
  pointNote: (label, note) => `${label}（${note}）`,
  pointWhyNot: {
    notComparable: '定義変更のため目標と比較しない',
    noDirection: '増減の方向が示されていないため判定なし',
    noTarget: '比べる目標値なし',
    targetZero: '目標値が0のため達成率なし',
    noRate: '達成率なし',
  },
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
      case 'not-surveyed': return `${year}は調査年ではありません${c}。`;
      case 'not-due': return `${year}の実績はまだありません${c}。`;
      case 'no-direction': return `${year}の実績は、増加・減少のどちらを目指すかが示されていないため、判定していません${c}。`;
      case 'no-target': return `${year}には比べる目標値がありません。`;
      case 'invalid': return `${year}の実績値を読み取れません${c}。`;
      case 'not-applicable': return `${year}の実績値は示されていません${c}。`;
      default: return `${year}の実績は報告されていません${c}。`;
    }
  },
  lowerIsBetterSentence: '少ないほど良い指標です。',
  latest: (year, value) => `直近の実績は${year}の${value}。`,
  trend: (from, first, to, last, change) =>
    `${from}の${first}から${to}の${last}へ${change === 'up' ? '増加' : change === 'down' ? '減少' : '横ばい'}。`,
  finalTarget: (year, value) => `${year}の目標は${value}。`,
  notComparable: (label) => `「${label}」は定義が異なるため、目標とは比較していません。`,
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
};

const en: ChartMessages = {
  title: (name) => `${name}: trend`,
  unit: (unit) => ` (unit: ${unit})`,
  target: 'Target',
  actual: 'Actual',
  actualOf: (series) => `Actual (${series})`,
  legendActual: (series) => `Actual: ${series}`,
  baseline: 'Baseline',
  baselineNote: (value) => ` (baseline ${value})`,
  notDue: (from) => `${from} and later (not due)`,
  notDueShort: 'Not due',
  lowerIsBetter: 'Lower is better',
  expected: 'expected value',
  expectedLine: 'Expected',
  cumulative: (since) => `cumulative since ${since}`,
  cumulativeAny: 'cumulative',
  aside: (text) => ` (${text})`,
  rate: 'achievement rate',
  progressRate: 'progress rate',
  compared: (kind, value, year) => (kind === 'expected' ? `an expected value of ${value}` : kind === 'final' ? `the ${year} target of ${value}` : `a target of ${value}`),
  comparedNote: (kind, value, year) => (kind === 'expected' ? `expected value: ${value}` : kind === 'final' ? `${year} target: ${value}` : `target: ${value}`),
  grade: (letter) => `grade ${letter}`,
  status: { tallying: 'being tallied', 'not-surveyed': 'not surveyed this year', 'not-applicable': 'no value', missing: 'no actual reported', 'not-due': 'not due', invalid: 'unreadable', text: '' },
  point: (kind, year, value) => `${year} ${kind.charAt(0).toLowerCase()}${kind.slice(1)}: ${value}`,
  pointJudged: (label, rateWord, rate, judgment) => `${label} (${[rate && `${rateWord} ${rate}`, judgment].filter(Boolean).join(', ')})`,
  pointNote: (label, note) => `${label} (${note})`,
  pointWhyNot: {
    notComparable: 'measured differently: not compared with the targets',
    noDirection: 'not judged: no direction given',
    noTarget: 'no target to compare with',
    targetZero: 'a target of 0 gives no rate',
    noRate: 'no rate',
  },
  evaluated: (year, actual, compared, rateWord, rate, judgment) =>
    `In ${year} the actual was ${actual} against ${compared}: ${/^[aeiou]/.test(rateWord) ? 'an' : 'a'} ${rateWord} of ${rate}${judgment ? ` (${judgment})` : ''}.`,
  evaluatedNoRate: (year, actual, compared, met, judgment) =>
    `In ${year} the actual was ${actual}${met === undefined ? ` against ${compared}` : `, which ${met ? 'reaches' : 'does not reach'} ${compared}`}${judgment ? ` (${judgment})` : ''}.`,
  bound: (year, actual, compared, met, judgment) => `In ${year} the actual was ${actual}, which ${met ? 'meets' : 'does not meet'} ${compared}${judgment ? ` (${judgment})` : ''}.`,
  change: (text) => `That is ${text}.`,
  provisional: 'The actual is not final yet, so the rate and judgment are provisional.',
  notEvaluated: (year, status, compared) => {
    const c = compared ? ` (${compared})` : '';
    switch (status) {
      case 'tallying': return `The actual for ${year} is still being tallied${c}.`;
      case 'not-surveyed': return `${year} is not a survey year${c}.`;
      case 'not-due': return `There is no actual for ${year} yet${c}.`;
      case 'no-direction': return `The actual for ${year} is not judged, as the report does not say whether higher or lower is better${c}.`;
      case 'no-target': return `${year} has no target to compare with.`;
      case 'invalid': return `The actual for ${year} cannot be read${c}.`;
      case 'not-applicable': return `The report gives no actual for ${year}${c}.`;
      default: return `No actual has been reported for ${year}${c}.`;
    }
  },
  lowerIsBetterSentence: 'Lower is better.',
  latest: (year, value) => `The latest actual is ${value}, for ${year}.`,
  trend: (from, first, to, last, change) =>
    change === 'flat'
      ? `It stayed at ${last} from ${from} to ${to}.`
      : `It ${change === 'up' ? 'rose' : 'fell'} from ${first} in ${from} to ${last} in ${to}.`,
  finalTarget: (year, value) => `The target for ${year} is ${value}.`,
  notComparable: (label) => `“${label}” is measured differently, so it is not compared with the targets.`,
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
};

/** The words of <target-trend-chart> for a `lang` (see `registerMessages`). */
export const chartMessages = catalogue<ChartMessages>('chart', { ja, en });
