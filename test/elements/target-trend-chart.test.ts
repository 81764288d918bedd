import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/target-trend-chart/target-trend-chart.js';
import type { TargetTrendChart } from '../../src/elements/target-trend-chart/target-trend-chart.js';
import { loadJson } from '../helpers/datasets.js';
import { WAITING_CHILDREN } from '../../demo/examples.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const summary = (el: Element) => text($(el, '[part=summary]'));

async function chart(dataset: string, id: string, attrs: { lang?: string; width?: number } = {}) {
  const data = await loadJson(dataset);
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${attrs.width ?? 720}px">
    <target-trend-chart .data=${data} indicator-id=${id} lang=${attrs.lang ?? 'ja'}></target-trend-chart></div>`);
  const el = wrap.querySelector('target-trend-chart')!;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 100)); // the ResizeObserver's first measurement, a frame later
  await el.updateComplete;
  return el;
}

describe('<target-trend-chart>', () => {
  it('Atsugi No.1: says 「令和6年度の実績 2,176件は目標 3,550件に対し達成率61.3%（未達成）」 and shows the badge', async () => {
    const el = await chart('atsugi-fy2024', 'a01');
    expect(summary(el)).to.contain('令和6年度の実績 2,176件は目標 3,550件に対し達成率61.3%（未達成）。');
    expect(summary(el)).to.contain('令和5年度の2,588件から令和6年度の2,176件へ減少。');
    expect(summary(el)).to.contain('令和8年度の目標は3,650件。');
    // The caption's judgment: the report's 未達成, with the badge's shape (text and shape, not colour alone).
    const mark = $(el, 'figcaption [part="judgment"]')!;
    expect(mark.getAttribute('data-judgment')).to.equal('not-achieved');
    expect(mark.querySelector('.judgment-label')!.textContent).to.equal('未達成');
    expect(mark.textContent).to.contain('（達成率80%未満）'); // the scheme's rule, for a screen reader
    expect(mark.querySelector('svg.judgment-icon')).to.not.equal(null);
    expect($$(el, 'svg.chart .marker-target')).to.have.length(3);
    expect($(el, '.not-due')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fills its container and keeps the text legible from 320 px to 1200 px', async () => {
    for (const width of [320, 1200]) {
      const el = await chart('atsugi-fy2024', 'a01', { width });
      const svg = $(el, 'svg.chart') as SVGSVGElement;
      expect(Math.abs(svg.getBoundingClientRect().width - width)).to.be.lessThan(2);
      expect(svg.viewBox.baseVal.width).to.equal(width);
    }
  });

  it('Asaka census indicator: 2021 value only, other years not surveyed, gaps in the line', async () => {
    const el = await chart('asaka-fy2024', 'a1-3-2');
    expect(summary(el)).to.contain('令和6年度は調査年ではありません（目標 74,500㎡）。');
    expect(summary(el)).to.contain('直近の実績は令和3年度の70,319㎡。');
    const actualPoints = $$(el, '.point').filter((p) => p.querySelector('.marker-actual'));
    expect(actualPoints).to.have.length(1);
    expect(actualPoints[0]!.getAttribute('aria-label')).to.equal('令和3年度 実績値 70,319㎡（達成率95.7%）');
    expect((($(el, 'svg.chart .actual-line')!.getAttribute('d')) ?? '').match(/M/g)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('Asaka in English: FY2024 against the 2018 baseline, axe clean', async () => {
    const el = await chart('asaka-fy2024', 'a1-1-3', { lang: 'en' });
    expect(summary(el)).to.contain('In FY2024 the actual was 205,000人 against a target of 125,000人: an achievement rate of 164.0%.');
    expect(summary(el)).to.contain('It rose from 108,000人 in FY2018 to 205,000人 in FY2024.');
    expect(text($(el, '[part=table-toggle]'))).to.equal('Show as a table');
    await expect(el).to.be.accessible();
  });

  it('notes a cumulative indicator in its caption', async () => {
    const ind = { id: 'c', name: '誘致件数', unit: '件', cumulative: { since: 2020 }, targets: { 2024: 3, 2025: 4 }, actuals: { 2024: 3 } };
    const el = await fixture<TargetTrendChart>(html`<target-trend-chart .indicator=${ind} fiscal-year="2024"></target-trend-chart>`);
    expect(text($(el, 'figcaption'))).to.contain('（令和2年度からの累計）');
  });

  it('the seminar: a target of 0 in FY2025 and FY2027, integer ticks', async () => {
    const el = await chart('asaka-fy2024', 'a2-1-3');
    const labels = $$(el, '.point').map((p) => p.getAttribute('aria-label'));
    expect(labels).to.include('令和7年度 目標値 0回');
    expect(labels).to.include('令和9年度 目標値 0回');
    expect($$(el, '.axis text').map(text)).to.not.include('0.5');
  });

  it('two actual series after the definition change, labelled in the legend and the table', async () => {
    const el = await chart('asaka-fy2024', 'a1-2-2');
    expect($$(el, 'svg.chart .actual-line')).to.have.length(2);
    expect(text($(el, '[part=legend]'))).to.contain('商店会に対する市補助金の添付書類に基づく数値（業種不問）');
    expect(summary(el)).to.contain('定義が異なるため、目標とは比較していません。');
    ($(el, '[part=table-toggle]') as HTMLButtonElement).click();
    await el.updateComplete;
    const headers = $$(el, 'table thead th').map(text);
    expect(headers).to.have.length(4);
    expect(headers[3]).to.contain('業種不問');
  });

  it('tallying (集計中): no point, the word on the chart, a sentence that says so', async () => {
    const el = await chart('atsugi-fy2024', 'a17');
    expect(summary(el)).to.contain('令和6年度の実績は集計中です（目標 45.0%）。');
    expect(text($(el, '.status-label'))).to.equal('集計中');
    expect($$(el, 'svg.chart .marker-actual')).to.have.length(0);
  });

  it('a percent indicator with a target below the baseline (LED): ticks in %, 110.3%', async () => {
    const el = await chart('atsugi-fy2024', 'a21');
    expect(summary(el)).to.contain('達成率110.3%（達成）');
    expect($$(el, '.axis text').map(text)).to.include('20%');
  });

  it('a decreasing indicator (own example 待機児童数): lower is better, said and drawn', async () => {
    const el = await fixture<TargetTrendChart>(html`<target-trend-chart .indicator=${WAITING_CHILDREN} fiscal-year="2024"></target-trend-chart>`);
    await el.updateComplete;
    expect(summary(el)).to.contain('令和6年度の実績 12人は目標 10人に対し達成率83.3%（概ね達成）。');
    expect(summary(el)).to.contain('少ないほど良い指標');
    expect(text($(el, '.direction'))).to.equal('少ないほど良い指標');
    await expect(el).to.be.accessible();
  });

  it('speaks English and writes FY years with year-style', async () => {
    const el = await chart('atsugi-fy2024', 'a01', { lang: 'en' });
    expect(summary(el)).to.contain('In FY2024 the actual was 2,176件 against a target of 3,550件: an achievement rate of 61.3% (not achieved).');
    el.yearStyle = 'fy';
    await el.updateComplete;
    expect($$(el, '.axis text').map(text)).to.include('FY2024');
    await expect(el).to.be.accessible();
  });

  it('reaches every point by keyboard with a visible tooltip, and shows one on hover', async () => {
    const el = await chart('atsugi-fy2024', 'a01');
    const points = () => $$(el, '.point') as SVGGElement[];
    expect(points().filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    points()[0]!.focus();
    await el.updateComplete;
    expect(text($(el, '[part=tooltip]'))).to.equal(points()[0]!.getAttribute('aria-label'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(points()[1]);
    expect(text($(el, '[part=tooltip]'))).to.equal(points()[1]!.getAttribute('aria-label'));
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(points().at(-1));
    const svg = $(el, 'svg.chart')!;
    const target = points()[0]!.querySelector('.hit')!.getBoundingClientRect();
    svg.dispatchEvent(new PointerEvent('pointermove', { clientX: target.x + target.width / 2, clientY: target.y + target.height / 2, bubbles: true }));
    await el.updateComplete;
    expect(text($(el, '[part=tooltip]'))).to.equal(points()[0]!.getAttribute('aria-label'));
  });

  it('shows the same data as a table on request', async () => {
    const el = await chart('asaka-fy2024', 'a1-1-3');
    const toggle = $(el, '[part=table-toggle]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = $$(el, 'table tbody tr').map((r) => [...r.children].map(text));
    expect(rows.find((r) => r[0]!.startsWith('令和6年度'))).to.deep.equal(['令和6年度', '125,000人', '205,000人']);
    expect(rows[0]![0]).to.contain('基準値 108,000人');
    await expect(el).to.be.accessible();
  });

  it('shows a readable message and fires indicator-error for an unknown id, no targets, one point', async () => {
    const data = await loadJson('atsugi-fy2024');
    const el = document.createElement('target-trend-chart');
    el.data = data;
    el.indicatorId = 'nope';
    const event = oneEvent(el, 'indicator-error');
    document.body.append(el);
    expect((await event).detail.message).to.equal('指定された指標がデータにありません');
    expect(text($(el, '[role=alert]'))).to.contain('nope');
    el.remove();
    for (const [indicator, message] of [
      [{ id: 'x', name: 'X', actuals: { 2023: 1, 2024: 2 } }, '目標値がない'],
      [{ id: 'x', name: 'X', targets: { 2024: 5 } }, '表示できる値がありません'],
      [{ id: 'x', name: 'X', targets: { 2024: 'abc' }, actuals: { 2024: 'xyz' } }, '目標値がない'],
    ] as const) {
      const c = await fixture<TargetTrendChart>(html`<target-trend-chart .indicator=${indicator}></target-trend-chart>`);
      expect(text($(c, '[role=alert]'))).to.contain(message);
    }
  });
});
