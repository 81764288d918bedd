// Synthetic datasets for the table comparisons of `npm run bench`, grown from the real Atsugi
// report (data/atsugi-fy2024.json, 31 indicators in a 4-level hierarchy).
//
// N indicators are N / 31 "blocks", each a copy of the whole Atsugi plan: its group tree with
// suffixed ids (a pillar's name gets 「（block）」 so the section headers differ) and its
// indicators with unique ids (a01-7), unique names (「…（7）」), numbers 1..N, and varied actuals:
// every numeric actual is multiplied by a factor in [0.45, 1.6) from a seeded generator, so rates,
// judgments and the rows that need a reason vary from row to row, the same on every run. Values
// that are not numbers (集計中) stay. A last partial block takes the first indicators only.
//
// The element and the static HTML are built from the same JSON file; the expected sort and filter
// results come from the package's own core (dist/core), the numbers the element shows.
import { readFileSync } from 'node:fs';

/** Mulberry32: a small seeded generator, so every run benchmarks the same data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value scaled by `factor`, keeping its form (number, numeric string, { value } object) and decimals. */
function scale(value, factor) {
  if (typeof value === 'number') return Number.isInteger(value) ? Math.round(value * factor) : Number((value * factor).toFixed(decimals(String(value))));
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return (Number(value) * factor).toFixed(decimals(value));
  if (value && typeof value === 'object' && 'value' in value) return { ...value, value: scale(value.value, factor) };
  return value; // 集計中, —, …
}
const decimals = (text) => text.split('.')[1]?.length ?? 0;

/** Copies a group tree for block `k`, keeping only the indicator ids that exist in the block. */
function copyGroups(groups, k, ids, depth = 0) {
  return groups.map((g) => ({
    ...g,
    id: `${g.id}~${k}`,
    name: depth === 0 ? `${g.name}（${k + 1}）` : g.name,
    indicators: (g.indicators ?? []).map((id) => `${id}-${k}`).filter((id) => ids.has(id)),
    ...(g.children && { children: copyGroups(g.children, k, ids, depth + 1) }),
  }));
}

/** A dataset of `count` indicators grown from `source` (the Atsugi JSON document). */
export function syntheticDataset(source, count, seed = 11) {
  const next = random(seed + count);
  const base = source.indicators;
  const indicators = [];
  const groups = [];
  for (let k = 0; indicators.length < count; k++) {
    const block = base.slice(0, count - indicators.length).map((indicator, i) => {
      const factor = 0.45 + next() * 1.15;
      const actuals = Object.fromEntries(Object.entries(indicator.actuals ?? {}).map(([year, v]) => [year, scale(v, factor)]));
      return { ...indicator, id: `${indicator.id}-${k}`, no: indicators.length + i + 1, name: `${indicator.name}（${k + 1}）`, actuals };
    });
    indicators.push(...block);
    groups.push(...copyGroups(source.groups, k, new Set(block.map((i) => i.id))));
  }
  return { ...source, plan: { ...source.plan, id: `${source.plan.id}-x${count}` }, groups, indicators };
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * What the table shows for `document`, from the package's core: each row's id, rate and judgment
 * (in the printed order), and the summary line used for the filter comparison.
 * `core` is the module dist/core/index.js.
 */
export function tableFacts(core, document, filterId = 'not-achieved') {
  const result = core.validate(document);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`synthetic dataset invalid: ${errors[0].message}`);
  const dataset = result.dataset;
  const evaluated = core.evaluate(dataset, { year: dataset.plan.reportedYear });
  const scheme = core.resolveScheme(dataset.evaluation.scheme);
  const summary = core.summarize(evaluated, scheme ?? undefined);
  const lineIndex = summary.lines.findIndex((l) => l.id === filterId);
  if (lineIndex < 0) throw new Error(`no summary line "${filterId}"`);
  const rows = evaluated.map((r) => ({ id: r.indicatorId, rate: r.rate ?? null, judgment: r.judgment ?? null }));
  return { rows, filter: { id: filterId, index: lineIndex, includes: summary.lines[lineIndex].includes } };
}

/**
 * The order the element shows after one click on the rate header (ascending, empty rates last,
 * ties in printed order), and the rows of that order left by the filter: the same rule as
 * src/view/table-model.ts visibleRows(), and the one the static page applies (bench/static-rerender.js).
 */
export function expectedOrders(facts) {
  const sorted = [...facts.rows].sort((a, b) => (a.rate == null || b.rate == null ? (a.rate == null) - (b.rate == null) : a.rate - b.rate));
  const filtered = sorted.filter((r) => r.judgment != null && facts.filter.includes.includes(r.judgment));
  return { sorted: sorted.map((r) => r.id), filtered: filtered.map((r) => r.id) };
}

/**
 * The indicators the chart comparison draws: those of `document` (Asaka, ten plan years) with at
 * least two numeric targets and one numeric actual, repeated to `count`.
 */
export function chartIndicators(document, count) {
  const numeric = (v) => Number.isFinite(Number(v && typeof v === 'object' ? v.value : v));
  const usable = document.indicators.filter((i) => Object.values(i.targets ?? {}).filter(numeric).length >= 2
    && [i, ...(i.series ?? [])].some((s) => Object.values(s.actuals ?? {}).some(numeric)));
  return Array.from({ length: count }, (_, i) => usable[i % usable.length].id);
}
