import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

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

/**
 * The font of the page around the elements: they set none of their own (`font: inherit` on
 * `:host`), so a story shows them in the stack a municipal page gives them, the one the demo pages
 * use (demo/demo.css), not the browser's serif default. The preview's decorator applies it.
 */
export const PAGE_FONT = "system-ui, 'Noto Sans CJK JP', 'Hiragino Sans', sans-serif";

/**
 * A dark theme as a page sets it: every public colour property, with the light shades of the
 * Digital Agency tokens for tones and text (≥ 4.5:1 on #1a1a1a) and rules and grid lines that keep
 * 3:1 (the chart's default dark grid, #4d4d4d, has 2.1:1). test/stories/dark.test.ts measures it.
 */
export const DARK_THEME = {
  'color-scheme': 'dark',
  background: '#1a1a1a',
  color: '#ffffff',
  '--pi-success': '#c2e5d1', // green-100
  '--pi-warning': '#ffdfca', // orange-100
  '--pi-error': '#ffdada', // red-100
  '--pi-info': '#d9e6ff', // blue-100
  '--pi-neutral': '#e6e6e6', // solid-gray-100
  '--pi-surface': '#1a1a1a', // solid-gray-900
  '--pi-text': '#ffffff',
  '--pi-border': '#999999', // solid-gray-400, 6.1:1
  '--pi-focus': '#d9e6ff',
  '--policy-indicator-table-header-background': '#333333', // solid-gray-800
  '--policy-indicator-table-group-background': '#00118f', // blue-1000
  '--policy-indicator-table-row-hover': '#2a2a2a',
  '--policy-indicator-table-selected-background': '#4d4000',
  '--target-trend-chart-actual-color': '#7096f8', // blue-400, 6.0:1: apart from the light-grey target line by colour too
  '--target-trend-chart-grid-color': '#767676', // solid-gray-536, 3.8:1
  '--target-trend-chart-not-due-color': '#333333', // a shade, labelled in text and in the legend
} as const;

/** A dark page: `color-scheme: dark` (what the elements' `light-dark()` defaults follow) and the custom properties of DARK_THEME. */
export const dark = (story: TemplateResult) => html`<div style=${styleMap({ ...DARK_THEME, padding: '1rem' })}>${story}</div>`;
