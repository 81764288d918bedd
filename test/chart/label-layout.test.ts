import { expect } from '@open-wc/testing';
import { chartData, chartProblem } from '../../src/chart/data.js';
import { chartGeometry, chartSize, type Geometry } from '../../src/chart/geometry.js';
import { LabelPlacer, overlaps, textBox, textWidth, type Box } from '../../src/chart/label-layout.js';
import { chartTexts, chartYearStyles } from '../../src/chart/labels.js';
import type { Dataset, Indicator } from '../../src/core/index.js';
import { DATASETS, loadDataset } from '../helpers/datasets.js';

const WIDTHS = [320, 390, 640];
const LOCALES = ['ja', 'en'];

function geometryOf(dataset: Dataset, indicator: Indicator, width: number, locale: string): Geometry | null {
  const year = dataset.plan.reportedYear;
  const data = chartData(indicator, year, dataset.evaluation.basis);
  if (chartProblem(data)) return null;
  const texts = chartTexts(data, indicator, year, locale, chartYearStyles(locale));
  return chartGeometry(data, chartSize(data, width, undefined, texts), texts);
}

/** What is wrong with the words of a chart: a word over a marker, over another word, or outside the SVG. */
function collisions(g: Geometry, width: number, height: number): string[] {
  const out: string[] = [];
  const name = (b: { kind: string; text: string }) => `${b.kind} “${b.text}”`;
  const within = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height;
  g.labels.forEach((l, i) => {
    if (!within(l.box)) out.push(`${name(l)} leaves the SVG`);
    for (const p of g.points) if (overlaps(l.box, p.box)) out.push(`${name(l)} covers the ${p.kind} marker of ${p.year}`);
    for (const other of g.labels.slice(i + 1)) if (overlaps(l.box, other.box)) out.push(`${name(l)} meets ${name(other)}`);
  });
  return out;
}

describe('chart labels never cover marks (pure layout)', () => {
  it('measures CJK characters as 1em and ASCII as about 0.6em, direction marks as nothing', () => {
    expect(textWidth('未到来', 10)).to.equal(30);
    expect(textWidth('not due', 10)).to.be.closeTo(42, 0.01);
    expect(textWidth('R7', 10)).to.be.closeTo(13.2, 0.01);
    expect(textWidth('\u2068名\u2069', 10)).to.equal(10);
    const box = textBox('未到来', 100, 50, 'end', 10);
    expect(box.x + box.w).to.be.closeTo(101, 0.01);
    expect(box.y).to.be.lessThan(50 - 10);
    expect(box.y + box.h).to.be.greaterThan(50);
  });

  it('a placer takes the first free candidate, skips one that meets a mark or leaves the bounds, and gives up when none is free', () => {
    const placer = new LabelPlacer({ x: 0, y: 0, w: 200, h: 100 }, [{ x: 90, y: 20, w: 20, h: 20 }]);
    const first = placer.place([{ text: 'abc', x: 95, y: 35, anchor: 'start' }, { text: 'abc', x: 10, y: 35, anchor: 'start' }], 12);
    expect(first?.x).to.equal(10);
    expect(placer.place([{ text: 'abc', x: 195, y: 35, anchor: 'start' }, { text: 'abc', x: 12, y: 35, anchor: 'start' }], 12)).to.equal(null);
  });

  for (const name of DATASETS) {
    it(`${name}: at 320, 390 and 640 px, in Japanese and English, no word covers a marker or another word`, async () => {
      const dataset = await loadDataset(name);
      const problems: string[] = [];
      let charts = 0;
      for (const indicator of dataset.indicators) {
        for (const width of WIDTHS) {
          for (const locale of LOCALES) {
            const g = geometryOf(dataset, indicator, width, locale);
            if (!g) continue;
            charts++;
            const height = g.plot.y1 + 36;
            problems.push(...collisions(g, width, height).map((p) => `${indicator.id} ${locale} ${width}px: ${p}`));
            // The reported year is always labelled on the axis.
            if (g.xTicks.some((t) => t.year === dataset.plan.reportedYear)) {
              expect(g.labels.some((l) => l.kind === 'x-tick' && l.year === dataset.plan.reportedYear), `${indicator.id} ${width}`).to.equal(true);
            }
            // The not-due label is not given up: in full or short, it finds a place.
            expect(g.omitted, `${indicator.id} ${locale} ${width}px`).to.not.include('not-due');
          }
        }
      }
      expect(charts).to.be.greaterThan(0);
      expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
    });
  }

  it('Asaka 展示会等の開催回数 at 390 px: 「R7以降（未到来）」 is drawn above the shaded years, clear of the R8–R10 targets at the top', async () => {
    const asaka = await loadDataset('asaka-fy2024');
    const g = geometryOf(asaka, asaka.indicators.find((i) => i.id === 'a3-3-1')!, 390, 'ja')!;
    const label = g.labels.find((l) => l.kind === 'not-due')!;
    expect(label.text).to.equal('R7以降（未到来）');
    expect(label.x).to.be.at.least(g.notDue!.x0);
    const top = g.points.filter((p) => p.kind === 'target' && p.year >= 2026);
    expect(top.length).to.equal(3);
    expect(top.every((p) => p.cy === g.plot.y0)).to.equal(true); // the targets that used to cover it
    for (const p of top) expect(overlaps(label.box, p.box)).to.equal(false);
  });

  it('English at 320 px: FY years, every other one or fewer so that they do not meet, the reported year in bold among them', async () => {
    const asaka = await loadDataset('asaka-fy2024');
    const g = geometryOf(asaka, asaka.indicators.find((i) => i.id === 'a1-1-1')!, 320, 'en')!;
    const years = g.labels.filter((l) => l.kind === 'x-tick');
    expect(years.map((l) => l.text)).to.include('FY2024');
    expect(years.length).to.be.lessThan(11);
    expect(years.find((l) => l.text === 'FY2024')!.bold).to.equal(true);
  });

  it('a decreasing indicator with years not due: 「少ないほど良い指標」 and the not-due label share the band above the plot', async () => {
    const sapporo = await loadDataset('sapporo-machizukuri-fy2008');
    for (const width of WIDTHS) {
      const g = geometryOf(sapporo, sapporo.indicators.find((i) => i.direction === 'decrease')!, width, 'ja')!;
      const direction = g.labels.find((l) => l.kind === 'direction')!;
      const notDue = g.labels.find((l) => l.kind === 'not-due')!;
      expect(direction.text).to.equal('少ないほど良い指標');
      expect(notDue, String(width)).to.not.equal(undefined);
      expect(overlaps(direction.box, notDue.box)).to.equal(false);
    }
  });

  it('集計中 stands in its year, clear of the markers', async () => {
    const atsugi = await loadDataset('atsugi-fy2024');
    for (const width of WIDTHS) {
      const g = geometryOf(atsugi, atsugi.indicators.find((i) => i.id === 'a17')!, width, 'ja')!;
      const status = g.labels.find((l) => l.kind === 'status')!;
      expect(status.text).to.equal('集計中');
      expect(Math.abs(status.x - g.x(2024))).to.be.lessThan(g.step);
    }
  });
});
