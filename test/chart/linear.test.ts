import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import { linearScale } from '../../src/chart/linear.js';

/**
 * The chart's own linear scale against d3-scale's `scaleLinear().domain([lo, hi]).nice(5)`, the
 * reference it replaces (the chart keeps d3-scale for its year axis): the same nice domain, the same
 * ticks and the same pixel for every value, to the last bit.
 */
describe('linearScale (the value axis) matches d3-scale scaleLinear', () => {
  // A deterministic spread of domains: counts, rates, tiny and huge values, negatives, odd spans.
  const domains: [number, number][] = [
    [0, 1], [0, 5], [0, 7], [0, 10], [0, 23], [0, 80], [0, 99.9], [0, 100], [0, 101], [0, 3550], [0, 1389],
    [0, 0.03], [0, 0.00071], [-3, 4], [-120, 0], [-0.5, 0.7], [0, 1234567], [0, 9.87e9], [0, 2.5e-7], [12, 13],
  ];
  let seed = 20241121;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 300; i++) {
    const magnitude = 10 ** Math.floor(random() * 12 - 4);
    const lo = random() < 0.2 ? -random() * magnitude : 0;
    domains.push([lo, lo + Math.max(random() * magnitude, magnitude / 100)]);
  }

  it('gives the same nice domain, ticks and positions for 320 domains', () => {
    let compared = 0;
    for (const [lo, hi] of domains) {
      const reference = scaleLinear().domain([lo, hi]).nice(5).range([280, 20]);
      const ours = linearScale(lo, hi, 5, 280, 20);
      expect([...ours.domain], `domain of [${lo}, ${hi}]`).to.deep.equal(reference.domain());
      expect(ours.ticks(5), `ticks of [${lo}, ${hi}]`).to.deep.equal(reference.ticks(5));
      const [d0, d1] = reference.domain() as [number, number];
      for (const v of [lo, hi, 0, d0, d1, (lo + hi) / 3, ...reference.ticks(5)]) {
        expect(ours(v), `position of ${v} in [${lo}, ${hi}]`).to.equal(reference(v));
        compared++;
      }
    }
    expect(compared).to.be.greaterThan(2000);
  });
});
