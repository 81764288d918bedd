/**
 * Example data of our own (not from a real report): a lower-is-better indicator, 待機児童数
 * (children waiting for a nursery place), with a target of 0 by FY2026.
 */
export const WAITING_CHILDREN = {
  id: 'waiting-children',
  name: { ja: '保育所等の待機児童数（例）', en: 'Children waiting for a nursery place (example)' },
  kind: 'outcome',
  unit: { ja: '人', en: 'children' },
  direction: 'decrease',
  baseline: { year: 2020, value: 48 },
  targets: { 2021: 40, 2022: 30, 2023: 20, 2024: 10, 2025: 5, 2026: 0 },
  actuals: { 2021: 42, 2022: 35, 2023: 18, 2024: 12 },
};
