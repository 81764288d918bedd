/**
 * The table of 札幌市「札幌新まちづくり計画 計画の進捗状況(平成20年度進行管理) 成果指標の状況」,
 * as printed (stored copy of the HTML page).
 *
 * Columns printed: No., 指標項目, 現状値 (year), 実績値 (year), 目標値 (year). Each value carries
 * its own fiscal year, printed in the 平成 era without the era name ('19年度' = FY2007).
 * The page prints no rate, no judgment and no reasons.
 *
 * - `id` is the indicator id in data/sapporo-machizukuri-fy2008.json.
 * - Row 6's 現状値 is printed '-' (no value); the dataset holds '—'.
 * - Row 9's 目標値 is printed '1.0%未満' (an inequality target); the dataset keeps the string.
 * - Rows 11 and later (政策目標2 onwards) are not here: the stored text ends inside row 11's name
 *   (see data/sources/sapporo-machizukuri-fy2008.md, errata T14).
 */
export const SOURCE_URL = 'https://www.city.sapporo.jp/chosei/new-plan/h20shinchoku/shihyou.html';

/** The same layout as the later edition: 現状値 | 実績値 | 目標値, each with its own year. */
export type { PrintedRow } from './sapporo-machizukuri-fy2012-printed.js';
import type { PrintedRow } from './sapporo-machizukuri-fy2012-printed.js';

export const PRINTED: PrintedRow[] = [
  { id: 'e01', no: 1, name: '子育てしやすいまちだと思う人の割合', baseline: '43.3%', baselineYear: '18年度', actual: '41.0%', actualYear: '19年度', target: '60%', targetYear: '22年度' },
  { id: 'e02', no: 2, name: '札幌圏で育児休業を取得した人数', baseline: '5,004人', baselineYear: '18年度', actual: '6,059人', actualYear: '19年度', target: '7,000人', targetYear: '22年度' },
  { id: 'e03', no: 3, name: '保育所待機児童数', baseline: '212人', baselineYear: '19年度', actual: '271人', actualYear: '20年度', target: '0人', targetYear: '23年度' },
  { id: 'e04', no: 4, name: '新生児訪問指導を受ける人の割合', baseline: '62.2%', baselineYear: '17年度', actual: '85.8%', actualYear: '19年度', target: '100%', targetYear: '22年度' },
  { id: 'e05', no: 5, name: '子育てサロンが開催されている地域の割合(小学校単位で見た場合)', baseline: '86%', baselineYear: '18年度', actual: '90%', actualYear: '19年度', target: '100%', targetYear: '21年度' },
  { id: 'e06', no: 6, name: '家庭などにおいて、自分の興味あることについて調べたり、勉強したりしている児童生徒の割合', baseline: '-', baselineYear: '18年度', actual: '51.5%', actualYear: '19年度', target: '100%', targetYear: '22年度' },
  { id: 'e07', no: 7, name: '地域への授業公開校の割合(小・中学校)', baseline: '75.1%', baselineYear: '18年度', actual: '77.7%', actualYear: '19年度', target: '100%', targetYear: '22年度' },
  { id: 'e08', no: 8, name: '小・中学校における地域人材の活用人数', baseline: '10,259人', baselineYear: '18年度', actual: '10,660人', actualYear: '19年度', target: '12,000人', targetYear: '22年度' },
  { id: 'e09', no: 9, name: '不登校児童・生徒の出現率', baseline: '1.09%', baselineYear: '18年度', actual: '1.16%', actualYear: '19年度', target: '1.0%未満', targetYear: '22年度' },
  { id: 'e10', no: 10, name: '児童会館で行われている事業の参加者数', baseline: '41万人', baselineYear: '18年度', actual: '45万人', actualYear: '19年度', target: '47万人', targetYear: '22年度' },
];

/** 政策目標 as printed: 「政策目標1 子どもを生み育てやすく、健やかにはぐぐむ街」. */
export const PRINTED_POLICY_GOAL: { code: string; name: string } = { code: '1', name: '子どもを生み育てやすく、健やかにはぐぐむ街' };

/** 重点課題 as printed (「重点課題1」「重点課題2」 within 政策目標1), with the numbers of their rows. */
export const PRINTED_GROUPS: { code: string; name: string; civic: number[]; social: number[] }[] = [
  { code: '1', name: '子どもを生み育てやすい環境づくり', civic: [1], social: [2, 3, 4, 5] },
  { code: '2', name: '未来を担う子どもが健やかに育つ環境の充実', civic: [6], social: [7, 8, 9, 10] },
];
