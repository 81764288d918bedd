import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';
import { closeAll, open as openPage } from './frame.js';

/** The demo pages as a reader opens them (served locally), in an iframe. */
const open = async (path: string) => (await openPage(path)).doc;

const visible = (el: Element) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

afterEach(closeAll);

describe('demo pages', () => {
  it('Atsugi page: the headline 31単位施策 / 達成 20 / 未達成 8 / 集計中 3 and a printed rate are visible; selecting a row charts it', async () => {
    const doc = await open('demo/atsugi.html');
    const table = doc.querySelector('policy-indicator-table')!;
    await until(() => !!table.shadowRoot?.querySelector('tr.data'));
    const headline = table.shadowRoot!.querySelector('[part=headline]')!;
    expect(headline.textContent!.trim()).to.equal('31単位施策');
    expect(visible(headline)).to.equal(true);
    const filters = [...table.shadowRoot!.querySelectorAll('button.filter')].map((b) => b.textContent!.trim());
    expect(filters.slice(0, 3)).to.deep.equal(['達成 20（概ね達成含む）', '未達成 8', '集計中 3']);
    const row10 = table.shadowRoot!.querySelector('tr[data-indicator="a10"]')!;
    expect(row10.textContent).to.contain('59.8%');
    expect(visible(row10)).to.equal(true);
    (row10.querySelector('button.select') as HTMLButtonElement).click();
    const chart = doc.querySelector('target-trend-chart')!;
    await until(() => !!chart.shadowRoot?.querySelector('[part=summary]')?.textContent?.includes('167,400千円'));
    expect(chart.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('達成率59.8%（未達成）');
    // Focus follows the choice to the chart's heading, and the change is announced.
    await until(() => doc.activeElement?.id === 'trend-heading');
    expect(doc.getElementById('trend-status')!.textContent).to.contain('中小企業設備投資額');
  });

  it('Atsugi page in English', async () => {
    const doc = await open('demo/atsugi.html?lang=en');
    expect(doc.documentElement.lang).to.equal('en');
    const table = doc.querySelector('policy-indicator-table')!;
    await until(() => !!table.shadowRoot?.querySelector('tr.data'));
    expect(table.shadowRoot!.querySelector('button.filter')!.textContent!.trim()).to.equal('Achieved 20 (incl. nearly achieved)');
    expect(doc.querySelector('h1')!.textContent).to.equal('Industry Master Plan (late-term): FY2024 status');
  });

  it('Asaka page: directions, measures with their grades for both years, narrative texts, charts', async () => {
    const doc = await open('demo/asaka.html');
    await until(() => doc.querySelectorAll('section.direction').length === 5);
    expect(doc.querySelectorAll('section.measure').length).to.equal(14 + 4);
    const m11 = doc.getElementById('m-1-1')!;
    expect([...m11.querySelectorAll('achievement-badge')].map((b) => b.getAttribute('judgment'))).to.deep.equal(['A', 'A']);
    expect(doc.body.textContent).to.contain('商工関連イベント（商工まつり、産業フェア、ASAKA STREET TERRACE、黒目川花まつり）集客数【205,000人】');
    const chart = doc.querySelector('target-trend-chart[indicator-id="a1-1-3"]')!;
    await until(() => !!chart.shadowRoot?.querySelector('svg.chart'));
    expect(chart.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('達成率164.0%');
  });
});
