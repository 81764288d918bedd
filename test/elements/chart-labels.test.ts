import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/elements/target-trend-chart/target-trend-chart.js';
import type { TargetTrendChart } from '../../src/elements/target-trend-chart/target-trend-chart.js';
import { loadJson } from '../helpers/datasets.js';

const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function chart(dataset: string, id: string, width: number, lang: string, attrs: { yearStyle?: string } = {}) {
  const data = await loadJson(dataset);
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">
    <target-trend-chart .data=${data} indicator-id=${id} lang=${lang} year-style=${attrs.yearStyle ?? nothing}></target-trend-chart></div>`);
  const el = wrap.querySelector('target-trend-chart')! as TargetTrendChart;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 100)); // the ResizeObserver's first measurement, a frame later
  await el.updateComplete;
  return el;
}

interface Measured {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The browser's own boxes (getBBox) of every word and every marker of the chart. */
function boxes(el: Element): { words: Measured[]; marks: Measured[]; svg: SVGSVGElement } {
  const svg = el.shadowRoot!.querySelector('svg.chart') as SVGSVGElement;
  const box = (n: SVGGraphicsElement, what: string): Measured => {
    const b = n.getBBox();
    return { what, x: b.x, y: b.y, width: b.width, height: b.height };
  };
  return {
    svg,
    words: [...svg.querySelectorAll('text')].map((t) => box(t as SVGTextElement, `“${t.textContent}”`)),
    marks: [...svg.querySelectorAll('.point')].map((p) => box(p.querySelector('[class^=marker]') as SVGGraphicsElement, p.getAttribute('aria-label')!)),
  };
}

const meet = (a: Measured, b: Measured) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The crowded cases found with the pure layout test: three targets at the top under the not-due
 * label (Asaka 展示会等), 「少ないほど良い指標」 beside the not-due label (Sapporo), 集計中 among the
 * markers (Atsugi No.17), expected-value marks at the top (Nagano), a long English label (Atsugi No.24).
 */
const CROWDED: [string, string][] = [
  ['asaka-fy2024', 'a3-3-1'],
  ['sapporo-machizukuri-fy2008', 'e03'],
  ['atsugi-fy2024', 'a17'],
  ['nagano-sousei-strategy-fy2017', 'n5'],
  ['atsugi-fy2024', 'a24'],
];

describe('<target-trend-chart> labels in the browser (getBBox)', () => {
  for (const [dataset, id] of CROWDED) {
    it(`${dataset} ${id}: at 320 and 390 px, ja and en, no word meets a marker or another word, none leaves the SVG`, async () => {
      const problems: string[] = [];
      for (const width of [320, 390]) {
        for (const lang of ['ja', 'en']) {
          const el = await chart(dataset, id, width, lang);
          const { words, marks, svg } = boxes(el);
          expect(words.length, `${width} ${lang}`).to.be.greaterThan(3);
          const view = svg.viewBox.baseVal;
          words.forEach((w, i) => {
            if (w.x < 0 || w.y < 0 || w.x + w.width > view.width || w.y + w.height > view.height) problems.push(`${width} ${lang}: ${w.what} leaves the SVG`);
            for (const m of marks) if (meet(w, m)) problems.push(`${width} ${lang}: ${w.what} covers ${m.what}`);
            for (const o of words.slice(i + 1)) if (meet(w, o)) problems.push(`${width} ${lang}: ${w.what} meets ${o.what}`);
          });
        }
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('the label of the years not due stays in view in small charts (Asaka 展示会等, 390 px): 「R7以降（未到来）」', async () => {
    const el = await chart('asaka-fy2024', 'a3-3-1', 390, 'ja');
    expect(text(el.shadowRoot!.querySelector('.not-due-label'))).to.equal('R7以降（未到来）');
  });
});

describe('<target-trend-chart> years and point names by language', () => {
  it('writes R6 on the axis and 令和6年度 in names in Japanese, FY2024 throughout in English, without year-style', async () => {
    const ja = await chart('atsugi-fy2024', 'a01', 640, 'ja');
    expect($$(ja, '.axis text').map(text)).to.include('R6');
    expect($$(ja, '.point').map((p) => p.getAttribute('aria-label'))).to.include('令和6年度 実績値 2,176件（達成率61.3%、未達成）');
    const en = await chart('atsugi-fy2024', 'a01', 640, 'en');
    const axis = $$(en, '.axis text').map(text);
    expect(axis).to.include('FY2024');
    expect(axis.some((t) => /^R\d/.test(t))).to.equal(false);
    const names = $$(en, '.point').map((p) => p.getAttribute('aria-label')!);
    expect(names).to.include('FY2024 actual: 2,176件 (achievement rate 61.3%, not achieved)');
    expect(names.join(' ')).to.not.match(/Reiwa|Heisei/);
    ($$(en, '[part=table-toggle]')[0] as HTMLButtonElement).click();
    await en.updateComplete;
    expect($$(en, 'table tbody th').map(text)).to.include('FY2023 (baseline 2,588件)');
  });

  it('year-style set by the page wins in both languages', async () => {
    const en = await chart('atsugi-fy2024', 'a01', 640, 'en', { yearStyle: 'era' });
    expect($$(en, '.axis text').map(text)).to.include('Reiwa 6');
    const ja = await chart('atsugi-fy2024', 'a01', 640, 'ja', { yearStyle: 'fy' });
    expect($$(ja, '.axis text').map(text)).to.include('FY2024');
    expect(text(ja.shadowRoot!.querySelector('[part=summary]'))).to.contain('FY2024の実績 2,176件');
  });

  it('every actual point names its rate and judgment; the tooltip shows the same words', async () => {
    const el = await chart('atsugi-fy2024', 'a05', 640, 'ja');
    const actual = $$(el, '.point').filter((p) => p.querySelector('.marker-actual')) as SVGGElement[];
    expect(actual.length).to.be.greaterThan(0);
    for (const p of actual) expect(p.getAttribute('aria-label')).to.match(/（達成率[\d.]+%、(達成|概ね達成|未達成)）$/);
    actual[0]!.focus();
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part=tooltip]'))).to.equal(actual[0]!.getAttribute('aria-label'));
  });
});
