// The figures `npm run bench` prints: medians, the median of paired ratios and their middle half.
// Expected values worked out by hand from the inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, pairedRatio, ratioSpread, summarize, formatTable } from '../../scripts/bench-lib/stats.mjs';

test('median of odd and even counts, ignoring values that are not numbers', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([NaN, 7, null]), 7);
  assert.equal(median([]), null);
});

test('paired ratio: the median of each pair’s A ÷ B, not the ratio of the medians', () => {
  // Pairs: 100/50 = 2, 300/300 = 1, 120/100 = 1.2 → median 1.2; medians alone would give 120/100 = 1.2 too,
  // so a second case where they differ: 10/10 = 1, 40/10 = 4, 30/20 = 1.5 → 1.5 (medians: 30/10 = 3).
  assert.equal(pairedRatio([100, 300, 120], [50, 300, 100]), 1.2);
  assert.equal(pairedRatio([10, 40, 30], [10, 10, 20]), 1.5);
  // A pair whose reference is 0 or missing is left out.
  assert.equal(pairedRatio([10, 20], [0, 10]), 2);
});

test('middle half of the ratios: first and third quartiles, interpolated', () => {
  // Ratios 1, 2, 3, 4, 5: positions (5 − 1) × 0.25 = 1 → 2 and (5 − 1) × 0.75 = 3 → 4.
  assert.deepEqual(ratioSpread([1, 2, 3, 4, 5], [1, 1, 1, 1, 1]), [2, 4]);
  // Ratios 1, 2, 3, 4: positions 0.75 → 1.75 and 2.25 → 3.25.
  assert.deepEqual(ratioSpread([4, 1, 3, 2], [1, 1, 1, 1]), [1.75, 3.25]);
  assert.equal(ratioSpread([3], [1]), null);
});

test('a printed line shows the spread and the number of pairs, and fails past its target', () => {
  // Ratios 1.1 … 1.5: median 1.3 (at the target: passes), quartiles 1.2 and 1.4.
  const line = summarize({ name: 'x', unit: 'ms', a: [150, 110, 130, 120, 140], b: [100, 100, 100, 100, 100], target: { max: 1.3 } });
  assert.equal(line.pairs, 5);
  assert.equal(line.ratio, 1.3);
  assert.equal(line.pass, true);
  // Ratios 1.4, 1.6, 1.8: median 1.6, quartiles 1.5 and 1.7; the medians 160 and 100 ms.
  const table = formatTable([line, summarize({ name: 'y', unit: 'ms', a: [140, 180, 160], b: [100, 100, 100], target: { max: 1.3 } })]);
  assert.match(table, /\| x +\| +130 ms \| +100 ms \| +1\.30× \| +1\.20–1\.40 \| +5 \| +≤ 1\.3× \| +— \| +PASS \|/);
  assert.match(table, /\| y +\| +160 ms \| +100 ms \| +1\.60× \| +1\.50–1\.70 \| +3 \| +≤ 1\.3× \| +— \| +FAIL \|/);
});
