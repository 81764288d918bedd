/**
 * The table of 札幌市「第3次札幌新まちづくり計画 計画の進捗状況(平成24年度)
 * さっぽろ“えがお”指標の状況【政策目標1】」, as printed (stored copy of the HTML page).
 *
 * Columns printed: No., 指標項目, 現状値 (year), 実績値 (year), 目標値 (year). Each value carries
 * its own fiscal year, printed in the 平成 era without the era name ('22年度' = FY2010).
 * The page prints no rate, no judgment and no reasons.
 *
 * - `id` is the indicator id in data/sapporo-machizukuri-fy2012.json.
 * - Row 10 prints two values per cell, 「子ども 42.4% 大人 55.4% (21年度)」; it is given here as two
 *   entries with `part` '子ども' / '大人' and the printed name of the row (the dataset names them
 *   「…（子ども）」「…（大人）」, see data/sources/sapporo-machizukuri-fy2012.md, errata S1).
 * - Row 5's 現状値 is printed '-' (no value); the dataset holds '—'.
 * - Rows 11 and later are not here: the stored text ends inside row 11's name (errata S15).
 */
export const SOURCE_URL = 'https://www.city.sapporo.jp/chosei/3-new-plan/h24shinchoku/h24egaoshihyo1.html';

export interface PrintedRow {
  id: string;
  no?: number;
  name: string;
  /** For row 10 only: which of the two printed values ('子ども' or '大人'). */
  part?: string;
  baseline: string;
  baselineYear: string;
  actual: string;
  actualYear: string;
  target: string;
  targetYear: string;
}

const ROW10 = '子どもが自然、社会、文化などの体験をしやすい環境であると思う人の割合';

export const PRINTED: PrintedRow[] = [
  { id: 'e01', no: 1, name: '子どもを生み育てやすい環境だと思う人の割合', baseline: '54.6%', baselineYear: '22年度', actual: '53.2%', actualYear: '23年度', target: '70%', targetYear: '26年度' },
  { id: 'e02', no: 2, name: '子育てに関して不安や負担感を持つ保護者の割合', baseline: '46.7%', baselineYear: '20年度', actual: '65.1%', actualYear: '23年度', target: '40%', targetYear: '26年度' },
  { id: 'e03', no: 3, name: '仕事と生活の調和がとれていると思う人の割合', baseline: '38.8%', baselineYear: '22年度', actual: '44.2%', actualYear: '23年度', target: '60%', targetYear: '26年度' },
  { id: 'e04', no: 4, name: '希望した時期に希望した保育サービスを利用できた人の割合', baseline: '45.0%', baselineYear: '22年度', actual: '49.7%', actualYear: '23年度', target: '60%', targetYear: '26年度' },
  { id: 'e05', no: 5, name: '(就労等による留守家庭の場合)子どもが、安全に放課後を過ごす場所が確保されていると思う人の割合', baseline: '-', baselineYear: '22年度', actual: '38.3%', actualYear: '23年度', target: '60%', targetYear: '26年度' },
  { id: 'e06', no: 6, name: '子育てについての相談体制に満足している人の割合', baseline: '38.2%', baselineYear: '22年度', actual: '37.0%', actualYear: '23年度', target: '60%', targetYear: '26年度' },
  { id: 'e07', no: 7, name: '保育所待機児童数', baseline: '1,339人', baselineYear: '23年度', actual: '1,389人', actualYear: '24年度', target: '0人', targetYear: '27年度' },
  { id: 'e08', no: 8, name: '札幌圏で育児休業を取得した人数', baseline: '9,763人', baselineYear: '22年度', actual: '11,086人', actualYear: '23年度', target: '13,000人', targetYear: '26年度' },
  { id: 'e09', no: 9, name: '学校で好きな授業があるという子どもの割合', baseline: '87.4%', baselineYear: '22年度', actual: '93.0%', actualYear: '23年度', target: '95%', targetYear: '26年度' },
  { id: 'e10-child', no: 10, name: ROW10, part: '子ども', baseline: '42.4%', baselineYear: '21年度', actual: '60.9%', actualYear: '23年度', target: '60%', targetYear: '26年度' },
  { id: 'e10-adult', no: 10, name: ROW10, part: '大人', baseline: '55.4%', baselineYear: '21年度', actual: '57.3%', actualYear: '23年度', target: '60%', targetYear: '26年度' },
];

/** 重点課題 as printed, with the numbers of their rows that are transcribed here. */
export const PRINTED_GROUPS: { code: string; name: string; civic: number[]; social: number[] }[] = [
  { code: '1-1', name: '子どもを生み育てやすい環境づ くり', civic: [1, 2, 3, 4, 5, 6], social: [7, 8] },
  { code: '1-2', name: '子どもが健やかに夢や希望を持って育つ環境の充実', civic: [9, 10], social: [] },
];
