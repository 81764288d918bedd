/**
 * 佐渡市「改革宣言2006」事後検証結果 (平成18年度 = FY2006, published 2007-09-19), as printed: per row
 * the FY2006 target (平成18年度目標), the FY2006 actual (平成18年度実績) and the self-evaluation
 * (自己評価, a letter of the A–E 評定 scale printed on page 2). The report prints no baseline, no
 * achievement rate and no difference, so `rate` is never set. `targets` / `actuals` hold the figure
 * as printed (name and colon removed: 「口座振替率:45%」 → '45%'); `cells` holds the whole printed cell.
 * Rows from pages 4 (企画財政部), 5 (市民環境部), 8 (建設部) and 9 (教育委員会); see
 * data/sources/sado-kaikaku-sengen-fy2006.md for the transcription and its errata.
 */
export const SOURCE_URL = 'http://ce.ptr97.public.gmocloud.com/topics/reform/mani18/rev05.shtml';

/** Every page read, by page number of the 10-page report. */
export const SOURCE_URLS: Record<number, string> = {
  2: 'http://www.city.sado.niigata.jp/topics/reform/mani18/rev02.shtml',
  4: 'http://www.city.sado.niigata.jp/topics/reform/mani18/rev04.shtml',
  5: 'http://ce.ptr97.public.gmocloud.com/topics/reform/mani18/rev05.shtml',
  8: 'http://www.city.sado.niigata.jp/topics/reform/mani18/rev08.shtml',
  9: 'http://ce.ptr97.public.gmocloud.com/topics/reform/mani18/rev09.shtml',
};

/** The scale as printed on page 2 (評価基準): 評定基準 → 評定. */
export const SCALE: { id: string; label: string }[] = [
  { id: 'A', label: '極めて良好' },
  { id: 'B', label: '良好' },
  { id: 'C', label: '平均的' },
  { id: 'D', label: '問題が見られる' },
  { id: 'E', label: '極めて問題' },
];

export interface PrintedRow {
  id: string;
  name: string;
  baseline?: string;
  targets: Record<string, string>;
  actuals: Record<string, string>;
  rate?: string;
  judgment?: string;
  /** The whole printed cells, exactly as printed. */
  cells: { target: string; actual: string };
}

export const PRINTED: PrintedRow[] = [
  // 企画財政部 (page 4)
  { id: 'f1', name: '19年度当初予算一般財源の対前年比', targets: { 2006: '6.1%減額' }, actuals: { 2006: '6.2%減額' }, judgment: 'A', cells: { target: '19年度当初予算一般財源の対前年比6.1%減額', actual: '6.2%減額' } },
  { id: 'f2', name: '実質公債費比率', targets: { 2006: '14.5%未満' }, actuals: { 2006: '13.8%' }, judgment: 'A', cells: { target: '実質公債費比率14.5%未満', actual: '13.8%(制度改正による数値:14.8%)' } },
  // 市民環境部 (page 5)
  { id: 'e1', name: '口座振替率', targets: { 2006: '45%' }, actuals: { 2006: '46.10%' }, judgment: 'A', cells: { target: '口座振替率:45%', actual: '46.10%' } },
  { id: 'e2', name: '滞納繰越額', targets: { 2006: '5億6,700万円' }, actuals: { 2006: '5億1,406万円' }, judgment: 'A', cells: { target: '滞納繰越額:5億6,700万円', actual: '5億1,406万円(5,294万円圧縮)' } },
  { id: 'e3', name: '市税徴収率', targets: { 2006: '93.1%' }, actuals: { 2006: '90.90%' }, judgment: 'A', cells: { target: '市税徴収率:93.1%', actual: '90.90%' } },
  { id: 'e4', name: '国民健康保険税徴収率', targets: { 2006: '90.5%' }, actuals: { 2006: '87.60%' }, judgment: 'A', cells: { target: '国民健康保険税徴収率:90.5%', actual: '87.60%' } },
  { id: 'e5', name: '介護保険料徴収率', targets: { 2006: '99.1%' }, actuals: { 2006: '98.80%' }, judgment: 'A', cells: { target: '介護保険料徴収率:99.1%', actual: '98.80%' } },
  { id: 'e6', name: '温室効果ガス総排出量', targets: { 2006: '3万5,352トン' }, actuals: { 2006: '3万5,439トン' }, judgment: 'A', cells: { target: '温室効果ガス総排出量:3万5,352トン', actual: '3万5,439トン' } },
  { id: 'e7', name: '餌場の整備', targets: { 2006: '10.7ヘクタール' }, actuals: { 2006: '9ヘクタール' }, judgment: 'A', cells: { target: '餌場の整備:10.7ヘクタール', actual: '9ヘクタール' } },
  { id: 'e8', name: 'トキファンクラブ登録会員', targets: { 2006: '2,000人' }, actuals: { 2006: '322人' }, judgment: 'E', cells: { target: 'トキファンクラブ登録会員:2,000人', actual: '322人' } },
  { id: 'e9', name: 'ごみ総排出量', targets: { 2006: '2万4,387トン' }, actuals: { 2006: '2万5,306トン' }, judgment: 'A', cells: { target: 'ごみ総排出量:2万4,387トン', actual: '2万5,306トン(前年度より919トン増)' } },
  // e10 and e11 are one printed row with one letter (errata S6).
  { id: 'e10', name: '生ごみ処理機の購入補助台数', targets: { 2006: '150台' }, actuals: { 2006: '103台' }, judgment: 'B', cells: { target: '生ごみ処理機の購入補助台数:150台、普及率:21.3%', actual: '補助台数:103台、普及率:21.2%' } },
  { id: 'e11', name: '生ごみ処理機の普及率', targets: { 2006: '21.3%' }, actuals: { 2006: '21.2%' }, judgment: 'B', cells: { target: '生ごみ処理機の購入補助台数:150台、普及率:21.3%', actual: '補助台数:103台、普及率:21.2%' } },
  { id: 'e12', name: '白色トレイ回収店', targets: { 2006: '20店舗' }, actuals: { 2006: '21店舗' }, judgment: 'A', cells: { target: '白色トレイ回収店:20店舗', actual: '21店舗' } },
  // 建設部 (page 8): words only
  { id: 'c1', name: '国・県許可意見聴取事務に要する日数短縮件数', targets: { 2006: '国・県許可意見聴取事務に要する日数短縮件数' }, actuals: { 2006: '短縮できた件数:20件中20件' }, judgment: 'A', cells: { target: '国・県許可意見聴取事務に要する日数短縮件数', actual: '短縮できた件数:20件中20件' } },
  { id: 'c2', name: '許可・認定事務に要する日数短縮件数', targets: { 2006: '許可・認定事務に要する日数短縮件数' }, actuals: { 2006: '短縮できた件数:124件中124件' }, judgment: 'A', cells: { target: '許可・認定事務に要する日数短縮件数', actual: '短縮できた件数:124件中124件' } },
  { id: 'c3', name: '証明等受付事務に要する日数短縮件数', targets: { 2006: '証明等受付事務に要する日数短縮件数' }, actuals: { 2006: '短縮できた件数:9件中9件' }, judgment: 'A', cells: { target: '証明等受付事務に要する日数短縮件数', actual: '短縮できた件数:9件中9件' } },
  // 教育委員会 (page 9)
  { id: 'b1', name: '学区再編と学校統合の推進の改革', targets: { 2006: '施設係を中心に学事・庶務が協力し集落及び保護者等計39回の説明会を開催した。' }, actuals: { 2006: '馬首小学校を加茂小学校に、岩首小学校と片野尾小学校と野浦小学校の統合' }, judgment: 'A', cells: { target: '施設係を中心に学事・庶務が協力し集落及び保護者等計39回の説明会を開催した。', actual: '馬首小学校を加茂小学校に、岩首小学校と片野尾小学校と野浦小学校の統合' } },
  { id: 'b2', name: '給食業務の施設再編の改革', targets: { 2006: '施設係を中心に学事係が協力し集落、保護者及び学校等に積極的に説明会を開催した。' }, actuals: { 2006: '施設係を中心に学事・庶務が協力し集落、保護者及び学校等計8回の説明会を開催した。' }, judgment: 'A', cells: { target: '施設係を中心に学事係が協力し集落、保護者及び学校等に積極的に説明会を開催した。', actual: '施設係を中心に学事・庶務が協力し集落、保護者及び学校等計8回の説明会を開催した。' } },
  { id: 'b3', name: '社会体育施設使用料及び減免基準の見直し', targets: { 2006: '使用料及び減免基準の見直し' }, actuals: { 2006: '平成19年3月議会に条例を提案' }, judgment: 'A', cells: { target: '使用料及び減免基準の見直し', actual: '平成19年3月議会に条例を提案' } },
  { id: 'b4', name: '許可日数30日以内で処理した現状変更申請の件数', targets: { 2006: '1件' }, actuals: { 2006: '1件' }, judgment: 'A', cells: { target: '許可日数30日以内で処理した現状変更申請の件数 1件', actual: '処理件数:1件' } },
];

/** Figures the report prints beside an actual, checkable by subtraction (hand checks 1–2 in the source notes). */
export const PRINTED_REMARKS: Record<string, string> = {
  e2: '(5,294万円圧縮)',
  e9: '(前年度より919トン増)',
  f2: '(制度改正による数値:14.8%)',
};

/** Rows cut off in the stored text, left out of the dataset (errata S14). */
export const LEFT_OUT = ['ケーブルテレビ加入件数4,900世帯 (企画財政部)', '使用済乾電池の分別回収量:14トン (市民環境部)', '建設部 行政手続きの簡素化 4th row'];
