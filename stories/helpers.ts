import { html, type TemplateResult } from 'lit';

/** Data paths as served by Storybook (staticDirs) and by the test server alike. */
export const ATSUGI = 'data/atsugi-fy2024.json';
export const ASAKA = 'data/asaka-fy2024.json';
/** 長野県: final-year targets, printed 目安値 (expected values), its own A/B/C. */
export const NAGANO = 'data/nagano-sousei-strategy-fy2017.json';
/** 佐渡市: a verbal A–E scale, text-only targets, an inequality target. */
export const SADO = 'data/sado-kaikaku-sengen-fy2006.json';
/** 札幌市: no judgment, values each with their own year, a zero target and 「1.0%未満」. */
export const SAPPORO = 'data/sapporo-machizukuri-fy2008.json';

/** A prefecture-style 4-grade scale as data: A 順調 ≥ 100% / B+ 概ね順調 80–99% / B やや遅れ 50–79% / C 遅れ < 50%. */
export const FOUR_GRADE = {
  id: 'pref-4',
  label: { ja: '4段階', en: '4 grades' },
  tiers: [
    { id: 'A', min: 100, label: { ja: '順調', en: 'On track' }, shape: 'circle', tone: 'success' },
    { id: 'B+', min: 80, label: { ja: '概ね順調', en: 'Mostly on track' }, shape: 'triangle', tone: 'success' },
    { id: 'B', min: 50, label: { ja: 'やや遅れ', en: 'Slightly behind' }, shape: 'square', tone: 'warning' },
    { id: 'C', label: { ja: '遅れ', en: 'Behind' }, shape: 'cross', tone: 'error' },
  ],
};

/** A small plan judged on the 4-grade scale, with an estimate, a note and a zero target. */
export const FOUR_GRADE_PLAN = {
  plan: { title: '子育て応援プラン（例）', publisher: '例示県', reportedYear: 2024, period: { start: 2024, end: 2026 } },
  evaluation: { scheme: FOUR_GRADE, basis: 'expected' },
  indicators: [
    { id: 'a', no: 1, name: '子育て支援拠点の利用者数', unit: '人', direction: 'increase', baseline: { year: 2023, value: 12000 },
      targets: { 2026: 15000 }, actuals: { 2024: 13100 }, notes: ['延べ人数'] },
    { id: 'b', no: 2, name: '保育士の就職者数', unit: '人', direction: 'increase', baseline: { year: 2023, value: 100 },
      targets: { 2026: 160 }, actuals: { 2024: '100人（見込み）' } },
    { id: 'c', no: 3, name: '待機児童数', unit: '人', direction: 'decrease', basis: 'target', baseline: { year: 2023, value: 25 },
      targets: { 2024: 0, 2025: 0, 2026: 0 }, actuals: { 2024: 12 } },
    { id: 'd', no: 4, name: '不登校の出現率', unit: '%', basis: 'target', targets: { 2024: '1.0%未満' }, actuals: { 2024: '0.9%' }, source: '学校基本調査' },
  ],
};

/** A frame of a given width, to show how an element reads on a phone. */
export const narrow = (story: TemplateResult, width = 360) => html`<div style="width:${width}px;max-width:100%">${story}</div>`;

/** A dark page: `color-scheme: dark` is what the elements' `light-dark()` colours follow. */
export const dark = (story: TemplateResult) =>
  html`<div style="color-scheme:dark;background:#1a1a1a;color:#fff;padding:1rem">${story}</div>`;
