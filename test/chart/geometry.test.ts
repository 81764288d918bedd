import { expect } from '@open-wc/testing';
import { chartData, chartProblem } from '../../src/chart/data.js';
import { chartGeometry } from '../../src/chart/geometry.js';
import { validate, type Indicator } from '../../src/core/index.js';
import { doc, loadDataset } from '../helpers/datasets.js';

const size = { width: 600, height: 300, margin: { top: 20, right: 10, bottom: 30, left: 50 } };
const one = (indicator: Record<string, unknown>): Indicator => validate(doc([{ id: 'i', name: 'n', unit: '件', ...indicator }])).dataset!.indicators[0]!;
/** Runs of a path: each "M" starts a new, unconnected piece. */
const runs = (d: string) => (d.match(/M/g) ?? []).length;

describe('chart geometry (pure)', () => {
  it('places the years left to right at equal steps, and the values on a nice scale from 0', () => {
    const g = chartGeometry(chartData(one({ baseline: { year: 2023, value: 2588 }, targets: { 2024: 3550, 2025: 3600, 2026: 3650 }, actuals: { 2024: 2176 } }), 2024), size);
    const xs = [2023, 2024, 2025, 2026].map(g.x);
    expect(xs[1]! - xs[0]!).to.be.closeTo(xs[3]! - xs[2]!, 1e-9);
    expect(xs[0]).to.be.greaterThan(size.margin.left);
    expect(g.yTicks[0]!.value).to.equal(0);
    expect(g.yTicks.at(-1)!.value).to.be.at.least(3650);
    expect(g.y(0)).to.equal(size.height - size.margin.bottom);
    expect(g.y(3650)).to.be.lessThan(g.y(2176));
  });

  it('shades the years after the reported year as not due', () => {
    const g = chartGeometry(chartData(one({ targets: { 2024: 10, 2025: 11, 2026: 12 }, actuals: { 2024: 9 } }), 2024), size);
    expect(g.notDue!.x0).to.be.greaterThan(g.x(2024));
    expect(g.notDue!.x0).to.be.lessThan(g.x(2025));
    const done = chartGeometry(chartData(one({ targets: { 2024: 10 }, actuals: { 2024: 9 } }), 2024), size);
    expect(done.notDue).to.equal(null);
  });

  it('breaks the actual line at census years: gaps, not zeros, no line through missing years', async () => {
    const asaka = await loadDataset('asaka-fy2024');
    const census = asaka.indicators.find((i) => i.id === 'a1-3-2')!; // 小売業売場面積: 2018 baseline, 2021 census
    const data = chartData(census, 2024);
    const g = chartGeometry(data, size);
    expect(data.actuals[0]!.points.filter((p) => p.y != null).map((p) => p.year)).to.deep.equal([2021]);
    expect(data.actuals[0]!.points.find((p) => p.year === 2022)!.status).to.equal('not-surveyed');
    expect(runs(g.actualPaths.actual!)).to.equal(2); // the 2018 baseline alone, the 2021 census alone
    expect(g.points.filter((p) => p.kind === 'actual').map((p) => p.year)).to.deep.equal([2021]);
    expect(g.points.every((p) => p.y !== 0 || p.kind === 'target')).to.equal(true);
  });

  it('draws a target of 0 at zero and keeps the target line continuous (seminar 1, 0, 1, 0, 1)', async () => {
    const asaka = await loadDataset('asaka-fy2024');
    const seminar = asaka.indicators.find((i) => i.id === 'a2-1-3')!;
    const g = chartGeometry(chartData(seminar, 2024), size);
    const t2025 = g.points.find((p) => p.kind === 'target' && p.year === 2025)!;
    expect(t2025.cy).to.equal(g.y(0));
    expect(runs(g.targetPath)).to.equal(1);
    expect(g.yTicks.every((t) => Number.isInteger(t.value))).to.equal(true);
  });

  it('leaves a gap for a tallied year (集計中) and a series per definition', async () => {
    const atsugi = await loadDataset('atsugi-fy2024');
    const tallied = chartData(atsugi.indicators.find((i) => i.id === 'a17')!, 2024);
    expect(tallied.actuals[0]!.points.find((p) => p.year === 2024)).to.deep.include({ y: null, status: 'tallying' });
    const asaka = await loadDataset('asaka-fy2024');
    const dual = chartData(asaka.indicators.find((i) => i.id === 'a1-2-2')!, 2024);
    expect(dual.actuals.map((s) => [s.id, s.comparable])).to.deep.equal([['commerce-statistics', true], ['shopkeepers-association', false]]);
    expect(dual.baseline.map((b) => b.y)).to.deep.equal([158, 369]);
  });

  it('decreasing indicators keep the scale upright: lower values sit lower, the good direction is down', () => {
    const data = chartData(one({ direction: 'decrease', baseline: { year: 2020, value: 48 }, targets: { 2024: 10, 2026: 0 }, actuals: { 2024: 12 } }), 2024);
    expect(data.direction).to.equal('decrease');
    const g = chartGeometry(data, size);
    expect(g.y(0)).to.be.greaterThan(g.y(48));
    const target2026 = g.points.find((p) => p.kind === 'target' && p.year === 2026)!;
    expect(target2026.cy).to.equal(g.zeroY);
  });

  it('a target below the baseline (LED 65.0% vs 66.4%) is plotted as is', async () => {
    const atsugi = await loadDataset('atsugi-fy2024');
    const g = chartGeometry(chartData(atsugi.indicators.find((i) => i.id === 'a21')!, 2024), size);
    const base = g.points.find((p) => p.kind === 'baseline')!;
    const target = g.points.find((p) => p.kind === 'target' && p.year === 2024)!;
    expect(base.cy).to.be.lessThan(target.cy);
  });

  it('reports what cannot be charted', () => {
    expect(chartProblem(chartData(one({}), 2024))).to.equal('no-years');
    expect(chartProblem(chartData(one({ actuals: { 2023: 1, 2024: 2 } }), 2024))).to.equal('no-targets');
    expect(chartProblem(chartData(one({ targets: { 2024: 5 } }), 2024))).to.equal('no-values');
    expect(chartProblem(chartData(one({ targets: { 2024: 5, 2025: 6 } }), 2024))).to.equal(null);
    expect(chartProblem(chartData(one({ targets: { 2024: '集計中' }, actuals: { 2024: '—' } }), 2024))).to.equal('no-targets');
  });

  it('labels fewer years when they are crowded', () => {
    const many = one({ targets: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [2010 + i, i])) });
    const narrow = chartGeometry(chartData(many, 2024), { ...size, width: 320 });
    expect(narrow.xTicks.filter((t) => t.label).length).to.be.lessThan(20);
    expect(narrow.xTicks.find((t) => t.year === 2024)!.label).to.equal(true);
  });
});
