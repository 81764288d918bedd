import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/achievement-badge/achievement-badge.js';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import '../../src/elements/target-trend-chart/target-trend-chart.js';
import type { AchievementBadge } from '../../src/elements/achievement-badge/achievement-badge.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { TargetTrendChart } from '../../src/elements/target-trend-chart/target-trend-chart.js';
import { doc } from '../helpers/datasets.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Renders `template`, collecting `indicator-error` events and anything thrown on the page meanwhile. */
async function render<T extends HTMLElement>(template: unknown): Promise<{ el: T; events: CustomEvent[]; thrown: unknown[] }> {
  const events: CustomEvent[] = [];
  const thrown: unknown[] = [];
  const onEvent = (e: Event) => events.push(e as CustomEvent);
  const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
  document.addEventListener('indicator-error', onEvent, true);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const el = await fixture<T>(template as never);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    return { el, events, thrown };
  } finally {
    document.removeEventListener('indicator-error', onEvent, true);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

const WITH_TINY = () => doc([
  { id: 'tiny', name: '極小の値', unit: '', direction: 'increase', baseline: { year: 2023, value: 1e-101 }, targets: { 2024: 1e-101, 2025: 2e-101 }, actuals: { 2024: 1e-101 } },
  { id: 'ok', name: '通常の指標', unit: '件', direction: 'increase', targets: { 2024: 10 }, actuals: { 2024: 9 } },
]);

describe('valid data never blanks an element (a target of 1e-101: Intl.NumberFormat threw "minimumFractionDigits value is out of range")', () => {
  it('table', async () => {
    const { el, thrown } = await render<PolicyIndicatorTable>(html`<policy-indicator-table .data=${WITH_TINY()}></policy-indicator-table>`);
    expect(thrown).to.deep.equal([]);
    expect($$(el, 'tr.data')).to.have.length(2);
    expect(text($(el, 'tr[data-indicator="tiny"]'))).to.contain(`0.${'0'.repeat(100)}1`);
  });

  it('chart', async () => {
    const { el, thrown } = await render<TargetTrendChart>(html`<target-trend-chart .data=${WITH_TINY()} indicator-id="tiny"></target-trend-chart>`);
    expect(thrown).to.deep.equal([]);
    expect($(el, 'svg.chart')).to.not.equal(null);
    expect(text($(el, '[part=summary]'))).to.contain('100.0%');
  });
});

describe('one formatting path: the sentence, the badge and the table show the same rate (9,996 / 10,000 at 2 digits)', () => {
  const data = () => doc([{ id: 'x', name: '指標', unit: '人', direction: 'increase', targets: { 2024: 10000 }, actuals: { 2024: 9996 } }], {
    evaluation: { rounding: { digits: 2, mode: 'half-up' } },
  });

  it('99.96% 概ね達成 everywhere, never 「100.0%（概ね達成）」', async () => {
    const chart = (await render<TargetTrendChart>(html`<target-trend-chart .data=${data()} indicator-id="x"></target-trend-chart>`)).el;
    expect(text($(chart, '[part=summary]'))).to.contain('達成率99.96%（概ね達成）');
    const table = (await render<PolicyIndicatorTable>(html`<policy-indicator-table .data=${data()}></policy-indicator-table>`)).el;
    const row = $(table, 'tr[data-indicator="x"]')!;
    expect(text(row)).to.contain('99.96%');
    // The rate has its column; the row's judgment mark says 概ね達成 beside it.
    expect([...row.querySelectorAll('td')].map(text)).to.include('99.96%');
    expect(text(row.querySelector('[part=judgment] .judgment-label'))).to.equal('概ね達成');
  });
});

describe('no silent failures', () => {
  it('the chart reports problems in its own indicator (event + a located message) and still draws the rest', async () => {
    const data = doc([{ id: 'c', name: '壊れた目標', unit: '件', direction: 'increase', targets: { 2023: 10, 2024: '3,550人', 2025: 12 }, actuals: { 2023: 9, 2024: 11 } }]);
    const { el, events, thrown } = await render<TargetTrendChart>(html`<target-trend-chart .data=${data} indicator-id="c"></target-trend-chart>`);
    expect(thrown).to.deep.equal([]);
    expect($(el, 'svg.chart')).to.not.equal(null);
    expect(text($(el, '[part=problem]'))).to.contain('指標「壊れた目標」の目標値');
    expect(events.map((e) => e.detail.problems[0].path)).to.include('indicators[0].targets.2024');
  });

  it('a badge whose own value in the data is unreadable says so and fires indicator-error, not 「— 判定なし」', async () => {
    const data = doc([{ id: 'b', name: 'b', unit: '件', direction: 'increase', targets: { 2024: 'abc' }, actuals: { 2024: 5 } }]);
    const { el, events } = await render<AchievementBadge>(html`<achievement-badge .data=${data} indicator-id="b"></achievement-badge>`);
    expect(text(el.shadowRoot!.querySelector('[part=label]'))).to.equal('値を読み取れません');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.problems[0].path).to.equal('indicators[0].targets.2024');
  });

  it('layout="x" is reported and the table still renders (it threw a TypeError)', async () => {
    const data = doc([{ id: 'a', name: 'a', unit: '件', direction: 'increase', targets: { 2024: 1 }, actuals: { 2024: 1 } }]);
    const { el, events, thrown } = await render<PolicyIndicatorTable>(html`<policy-indicator-table layout="x" .data=${data}></policy-indicator-table>`);
    expect(thrown).to.deep.equal([]);
    expect($$(el, 'tr.data')).to.have.length(1);
    expect(text($(el, '.problems-summary'))).to.contain('layout');
    expect(events.flatMap((e) => e.detail.problems.map((p: { path: string }) => p.path))).to.include('@layout');
  });

  it('a duplicate indicator id in the series layout renders both, with the duplicate reported', async () => {
    const data = doc([
      { id: 'd', name: '一つ目', unit: '件', direction: 'increase', targets: { 2024: 1 }, actuals: { 2024: 1 } },
      { id: 'd', name: '二つ目', unit: '件', direction: 'increase', series: [{ id: 's', actuals: { 2024: 2 } }], targets: { 2024: 2 } },
    ]);
    const { el, events, thrown } = await render<PolicyIndicatorTable>(html`<policy-indicator-table layout="series" .data=${data}></policy-indicator-table>`);
    expect(thrown).to.deep.equal([]);
    expect(text($(el, 'tbody'))).to.contain('一つ目');
    expect(text($(el, 'tbody'))).to.contain('二つ目');
    expect(events[0]!.detail.problems.map((p: { code: string }) => p.code)).to.include('duplicate-id');
  });

  it('digits="1e9" on a badge does not block the page (it took 51.7 s): digits outside 0–6 fall back to 1', async () => {
    const started = performance.now();
    const { el } = await render<AchievementBadge>(html`<achievement-badge digits="1e9" target="3" actual="1"></achievement-badge>`);
    expect(performance.now() - started).to.be.below(2000);
    expect(text(el.shadowRoot!.querySelector('[part=rate]'))).to.equal('33.3%');
  });

  for (const height of ['abc', '-100']) {
    it(`chart height="${height}" draws at the default height, never a NaN viewBox`, async () => {
      const data = doc([{ id: 'h', name: 'h', unit: '件', direction: 'increase', targets: { 2023: 1, 2024: 2 }, actuals: { 2023: 1, 2024: 2 } }]);
      const { el } = await render<TargetTrendChart>(html`<div style="width:600px"><target-trend-chart height=${height} .data=${data} indicator-id="h"></target-trend-chart></div>`);
      const chart = el.querySelector('target-trend-chart')!;
      await chart.updateComplete;
      const viewBox = $(chart, 'svg.chart')!.getAttribute('viewBox')!;
      expect(viewBox).to.not.contain('NaN');
      const [, , , h] = viewBox.split(' ').map(Number);
      expect(h).to.be.within(220, 360);
    });
  }

  it('years with 3,000 entries renders at most 60 year columns quickly, and reports the attribute', async () => {
    const years = Array.from({ length: 3000 }, (_, i) => 1900 + (i % 300)).join(' ');
    const data = doc([{ id: 'y', name: 'y', unit: '件', direction: 'increase', targets: { 2024: 1 }, actuals: { 2024: 1 } }]);
    const started = performance.now();
    const { el, events } = await render<PolicyIndicatorTable>(html`<policy-indicator-table years=${years} .data=${data}></policy-indicator-table>`);
    expect(performance.now() - started).to.be.below(3000);
    expect($$(el, 'thead th').length).to.be.below(75);
    expect(events.flatMap((e) => e.detail.problems.map((p: { path: string }) => p.path))).to.include('@years');
  });

  it('a name with U+202E is rendered isolated (FSI … PDI), so it cannot reorder the text around it', async () => {
    const data = doc([{ id: 'r', name: '相談\u202E件数', unit: '件', direction: 'increase', targets: { 2024: 1 }, actuals: { 2024: 1 } }]);
    const { el } = await render<PolicyIndicatorTable>(html`<policy-indicator-table .data=${data}></policy-indicator-table>`);
    expect($(el, 'tr.data button.select')!.textContent).to.contain('\u2068相談\u202E件数\u2069');
  });
});
