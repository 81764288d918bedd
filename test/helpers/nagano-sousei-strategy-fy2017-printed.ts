/**
 * The table 「基本目標の進捗状況(6指標)」 of 長野県「【訂正版】信州創生戦略の政策評価(対象:29年度)の結果を
 * 公表します」 (press release of 2018-09-20), as printed (stored copy of the HTML page).
 *
 * Columns printed: 指標名 (with 「baseline year+value → target year+value」 under the name), 目安値
 * (the expected value, with its year), 実績値 (the actual, for the 目安値's year; some with the
 * national rank), 進捗区分 (this year's judgment, A/B/C) and 前年度 (the previous evaluation's judgment).
 * The page prints no rate. The judgments are for the evaluation 対象:29年度 (FY2017), each on the data
 * year printed under 目安値: H29年 (2017) for rows 1, 2, 4; H27年度 (2015) for row 3; H28年度 (2016) for
 * row 5.
 *
 * - `id` is the indicator id in data/nagano-sousei-strategy-fy2017.json.
 * - Record keys are Western years of the printed 平成 years (H29年 → '2017'); the printed year labels
 *   are in `printedYears`. Values are typed exactly as printed (no unit is printed beside the values).
 * - Row 6 prints two values per cell (「男性…、女性…」); it is given as two entries with `part`, the
 *   number without the sex label (the label is the `part`), like the dataset.
 * - Row 6's 実績値 is garbled in the stored text (see ROW6_ACTUAL_AS_EXTRACTED); it is not given in
 *   `actuals`, and the dataset has no actual for it (data/sources/nagano-sousei-strategy-fy2017.md,
 *   errata N3).
 * - The publisher's rate is not printed; the dataset's formula (progress from the baseline towards the
 *   目安値) gives n1 25.0%, n2 116.9%, n3 −320.0%, n4 566.7%, n5 163.6%: every row at or above its
 *   目安値 is A, every row below is C.
 */
export const SOURCE_URL = 'https://www.pref.nagano.lg.jp/kikaku/happyou/180920-2press.html';

export interface PrintedRow {
  id: string;
  no: number;
  /** The 指標名 as printed, unit bracket included. */
  name: string;
  /** Row 6 only: which of the two printed values. */
  part?: '男性' | '女性';
  baseline: string;
  targets: Record<string, string>;
  expected: Record<string, string>;
  actuals: Record<string, string>;
  /** Printed in brackets under the actual. */
  actualNote?: string;
  /** The year labels as printed. */
  printedYears: { baseline: string; target: string; expected: string; actual?: string };
  /** No rate is printed in this report. */
  rate?: string;
  /** 進捗区分 as printed ('-' = not evaluated). */
  judgment: string;
  /** Printed under the judgment (row 3: '(A※1)'). */
  judgmentNote?: string;
  /** 前年度 as printed (the previous evaluation's 進捗区分; its data year is not printed). */
  previousJudgment: string;
}

const ROW6 = '健康寿命(男性・女性)(歳)';

export const PRINTED: PrintedRow[] = [
  {
    id: 'n1', no: 1, name: '合計特殊出生率',
    baseline: '1.54', targets: { '2019': '1.68' }, expected: { '2017': '1.62' }, actuals: { '2017': '1.56' }, actualNote: '全国16位',
    printedYears: { baseline: 'H26年', target: 'H31年', expected: 'H29年' },
    judgment: 'C', previousJudgment: 'A',
  },
  {
    id: 'n2', no: 2, name: '社会増減(人)',
    baseline: '▲3,703', targets: { '2019': '▲2,000' }, expected: { '2017': '▲2,700' }, actuals: { '2017': '▲2,530' },
    printedYears: { baseline: 'H26年', target: 'H31年', expected: 'H29年' },
    judgment: 'A', previousJudgment: 'A',
  },
  {
    id: 'n3', no: 3, name: '労働生産性(千円/人)',
    baseline: '8,012', targets: { '2017': '8,220' }, expected: { '2015': '8,137' }, actuals: { '2015': '7,612' }, actualNote: '全国23位',
    printedYears: { baseline: 'H24年度', target: 'H29年度', expected: 'H27年度' },
    judgment: 'C', judgmentNote: '(A※1)', previousJudgment: 'B',
  },
  {
    id: 'n4', no: 4, name: '就業率',
    baseline: '59.5', targets: { '2019': '60.0' }, expected: { '2017': '59.8' }, actuals: { '2017': '61.2' }, actualNote: '全国5位',
    printedYears: { baseline: 'H26年', target: 'H31年', expected: 'H29年' },
    judgment: 'A', previousJudgment: 'A',
  },
  {
    id: 'n5', no: 5, name: '県民一人当たり公共交通機関利用回数(回/人)',
    baseline: '48.2', targets: { '2018': '49.9' }, expected: { '2016': '49.3' }, actuals: { '2016': '50.0' },
    printedYears: { baseline: 'H25年度', target: 'H30年度', expected: 'H28年度' },
    judgment: 'A', previousJudgment: 'A',
  },
  {
    id: 'n6-male', no: 6, name: ROW6, part: '男性',
    baseline: '79.83', targets: { '2019': '延伸' }, expected: { '2017': '79.83以上' }, actuals: {},
    printedYears: { baseline: 'H25年', target: 'H31年', expected: 'H29年', actual: 'H28年※2' },
    judgment: '-', previousJudgment: 'A',
  },
  {
    id: 'n6-female', no: 6, name: ROW6, part: '女性',
    baseline: '84.35', targets: { '2019': '延伸' }, expected: { '2017': '84.35以上' }, actuals: {},
    printedYears: { baseline: 'H25年', target: 'H31年', expected: 'H29年', actual: 'H28年※2' },
    judgment: '-', previousJudgment: 'A',
  },
];

/** Row 6's 実績値 cell as the stored text gives it (line breaks as ' / '); not readable with confidence. */
export const ROW6_ACTUAL_AS_EXTRACTED = '(男性80.45 / (男性80.54) / (女性84.82 / (女性84.60) / (H28年※2)';

/** Note ※1 as extracted (the first character of 「労働生産性」 is missing in the extraction; errata N6). */
export const NOTE_1_AS_EXTRACTED =
  '※1働生産性の算出根拠となる県民経済計算が遡及改定され、目標設定時よりも低く算定。H27年度は基準年度(H24年度)に比べて6.4%増(7,153千円/人→7,612千円/人)と、目標設定時の想定の1.6%増(8,012千円/人→8,137千円/人)を上回りました。';

/** The rates the dataset's formula gives (not printed by the publisher), for the year of each row's actual. */
export const COMPUTED_RATES: Record<string, { year: number; rate: string }> = {
  n1: { year: 2017, rate: '25.0' },
  n2: { year: 2017, rate: '116.9' },
  n3: { year: 2015, rate: '-320.0' },
  n4: { year: 2017, rate: '566.7' },
  n5: { year: 2016, rate: '163.6' },
};
