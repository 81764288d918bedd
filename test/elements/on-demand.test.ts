import { expect, fixture, html, oneEvent } from '@open-wc/testing';
// Each element alone, as an app's bundler imports it: the data support is not in these modules.
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import '../../src/elements/target-trend-chart/target-trend-chart.js';
import '../../src/elements/achievement-badge/achievement-badge.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { TargetTrendChart } from '../../src/elements/target-trend-chart/target-trend-chart.js';
import { tableData } from '../../src/elements/policy-indicator-table/table-support.js';
import { chartDataSupport } from '../../src/elements/target-trend-chart/chart-support.js';
import { onDemand } from '../../src/elements/shared/on-demand.js';
import { loadJson } from '../helpers/datasets.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

// Order matters in this file: the modules load once per page, so the first tests see them unloaded.
describe('data support on demand (each element imported alone)', () => {
  it('is not loaded by importing the elements, nor by an element without data', async () => {
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table lang="ja"></policy-indicator-table>`);
    const chart = await fixture<TargetTrendChart>(html`<target-trend-chart lang="ja"></target-trend-chart>`);
    const badge = await fixture(html`<achievement-badge target="3,550" actual="2176" lang="ja"></achievement-badge>`);
    await Promise.all([el.updateComplete, chart.updateComplete, (badge as PolicyIndicatorTable).updateComplete]);
    expect(tableData.get()).to.equal(undefined);
    expect(chartDataSupport.get()).to.equal(undefined);
    // A badge with attributes needs none of it: 2176 / 3550 = 61.29…% → 61.3%, 未達成 (Atsugi No.1).
    expect(text(badge.shadowRoot!.querySelector('[part=rate]'))).to.equal('61.3%');
    expect(text(el.shadowRoot!.querySelector('.muted'))).to.not.equal('');
  });

  it('a support that cannot be loaded: a located message, indicator-error, and a retry later', async () => {
    const realTable = tableData.load;
    const realChart = chartDataSupport.load;
    tableData.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    chartDataSupport.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const data = await loadJson('atsugi-fy2024');
      const el = document.createElement('policy-indicator-table') as PolicyIndicatorTable;
      el.lang = 'ja';
      el.data = data;
      const error = oneEvent(el, 'indicator-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.message).to.contain('この内容を表示できませんでした');
      expect(detail.message).to.contain('Failed to fetch');
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role=alert]');
      expect(text(alert)).to.contain('この内容を表示できませんでした');
      el.remove();

      const chart = document.createElement('target-trend-chart') as TargetTrendChart;
      chart.lang = 'en';
      chart.data = data;
      chart.indicatorId = 'a01';
      const chartError = oneEvent(chart, 'indicator-error');
      document.body.append(chart);
      expect((await chartError).detail.message).to.contain('could not be shown');
      chart.remove();
    } finally {
      tableData.load = realTable;
      chartDataSupport.load = realChart;
    }
    expect(tableData.get()).to.equal(undefined);
  });

  it('loads when an element gets data, then shows the Atsugi report (31 rows, No.1 at 61.3%, 未達成)', async () => {
    const data = await loadJson('atsugi-fy2024');
    const el = document.createElement('policy-indicator-table') as PolicyIndicatorTable;
    el.lang = 'ja';
    el.data = data;
    document.body.append(el);
    // Before the support has arrived the reader hears that the data is loading, not an empty table.
    await new Promise((r) => requestAnimationFrame(r));
    if (!tableData.get()) expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.contain('読み込んで');
    await el.updateComplete;
    expect(tableData.get()).to.not.equal(undefined);
    const rows = [...el.shadowRoot!.querySelectorAll('tr.data')];
    expect(rows).to.have.length(31);
    expect(text(rows[0])).to.contain('61.3%');
    expect(text(rows[0]!.querySelector('[part=judgment] .judgment-label'))).to.equal('未達成');
    el.remove();
  });

  it('the chart loads its own support and says the rate in its summary', async () => {
    const chart = await fixture<TargetTrendChart>(html`<target-trend-chart lang="ja" indicator-id="a01" .data=${await loadJson('atsugi-fy2024')}></target-trend-chart>`);
    await chart.updateComplete;
    expect(chartDataSupport.get()).to.not.equal(undefined);
    expect(text(chart.shadowRoot!.querySelector('[part=summary]'))).to.contain('達成率61.3%（未達成）');
  });

  it('onDemand: a failed load is tried again on the next call; provide() wins at once', async () => {
    let calls = 0;
    const lazy = onDemand(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ n: calls })));
    let failure: unknown;
    await lazy.load().catch((e: unknown) => (failure = e));
    expect((failure as Error).message).to.equal('offline');
    expect(lazy.get()).to.equal(undefined);
    expect(await lazy.load()).to.deep.equal({ n: 2 });
    expect(lazy.get()).to.deep.equal({ n: 2 });
    const given = onDemand<{ n: number }>(() => Promise.reject(new Error('never called')));
    given.provide({ n: 7 });
    expect(await given.load()).to.deep.equal({ n: 7 });
  });
});
