/**
 * What a sheet's printed rates say about the city's rules. A report that prints 達成率 computed
 * them one way: increase (actual ÷ target) or decrease (target ÷ actual), rounded half-up or
 * truncated, to so many decimals. We let core compute every candidate and keep the one whose rates
 * match the printed ones most often; the sheet never gets a rate computed here.
 */
import { parseValue } from '../core/parse-value.js';
import type { Direction } from '../core/rate.js';
import type { RoundingMode } from '../core/decimal.js';
import { applyMapping } from './apply.js';
import { GridView, type SheetGrid } from './grid.js';
import type { SheetMapping } from './mapping.js';
import { fieldOf } from './words.js';

const CANDIDATES: { direction: Direction; mode: RoundingMode }[] = [
  { direction: 'increase', mode: 'half-up' },
  { direction: 'increase', mode: 'truncate' },
  { direction: 'decrease', mode: 'half-up' },
  { direction: 'decrease', mode: 'truncate' },
];
const DIRECTION_JA: Record<Direction, string> = { increase: '増加', decrease: '減少', maintain: '維持' };
const MODE_JA: Record<RoundingMode, string> = { 'half-up': '四捨五入', truncate: '切り捨て' };

/** The decimals of the printed rates as shown (a formula's 0.612957… shows as 61.3%), most common first. */
function printedRateDecimals(grid: SheetGrid, m: SheetMapping): number[] {
  const view = new GridView(grid);
  const count = new Map<number, number>();
  for (let r = m.firstDataRow; r <= m.lastDataRow; r++) {
    const label = m.rowLabels ? fieldOf(view.text(r, m.rowLabels.column)) : null;
    for (const v of m.values) {
      if ((v.field ?? label) !== 'rate') continue;
      const cell = view.own(r, v.column);
      if (!cell) continue;
      const parsed = parseValue(cell.text.trim(), { unit: '%' });
      if (parsed?.value.status === 'value') count.set(parsed.value.decimals ?? 0, (count.get(parsed.value.decimals ?? 0) ?? 0) + 1);
    }
  }
  return [...count].sort((a, b) => b[1] - a[1]).map(([d]) => d);
}

/**
 * The mapping with the default direction and the rounding that make core's rates equal the printed
 * ones most often (ties keep increase and half-up), and a note saying how many matched. Unchanged
 * when the sheet prints no rate.
 */
export function calibrate(grid: SheetGrid, mapping: SheetMapping): SheetMapping {
  if (mapping.columns.name === null || !mapping.values.length) return mapping;
  const [digits] = printedRateDecimals(grid, mapping);
  if (digits === undefined) return mapping;
  let best: { mapping: SheetMapping; misses: number } | null = null;
  for (const c of CANDIDATES) {
    const candidate: SheetMapping = {
      ...mapping,
      defaults: { ...mapping.defaults, direction: mapping.defaults.direction ?? c.direction },
      plan: { ...mapping.plan, rounding: { digits, mode: c.mode } },
    };
    const { problems } = applyMapping(grid, candidate);
    const misses = problems.filter((p) => p.code === 'rate-mismatch' || p.code === 'rate-not-computed').length;
    if (!best || misses < best.misses) best = { mapping: candidate, misses };
    if (misses === 0) break;
  }
  const chosen = best!.mapping;
  const total = countRates(grid, mapping);
  const matched = total - best!.misses;
  const direction = chosen.defaults.direction!;
  const mode = chosen.plan.rounding.mode;
  chosen.notes = [
    ...mapping.notes,
    {
      ja: `表の達成率 ${total}件のうち${matched}件が、方向「${DIRECTION_JA[direction]}」・${MODE_JA[mode]}・小数第${digits}位の計算と一致したため、これを既定としました。`,
      en: `${matched} of the ${total} printed rates match the computation with direction “${direction}”, ${mode} rounding to ${digits} decimal${digits === 1 ? '' : 's'}; these were made the defaults.`,
    },
  ];
  return chosen;
}

function countRates(grid: SheetGrid, m: SheetMapping): number {
  const view = new GridView(grid);
  let n = 0;
  for (let r = m.firstDataRow; r <= m.lastDataRow; r++) {
    const label = m.rowLabels ? fieldOf(view.text(r, m.rowLabels.column)) : null;
    for (const v of m.values) if ((v.field ?? label) === 'rate' && view.own(r, v.column)) n++;
  }
  return n;
}
