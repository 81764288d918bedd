import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/achievement-badge/achievement-badge.js';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import '../../src/elements/target-trend-chart/target-trend-chart.js';
import type { AchievementBadge } from '../../src/elements/achievement-badge/achievement-badge.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { TargetTrendChart } from '../../src/elements/target-trend-chart/target-trend-chart.js';
import { doc, loadJson } from '../helpers/datasets.js';
import * as sapporo2008 from '../helpers/sapporo-machizukuri-fy2008-printed.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The judgment of a table row: a mark in the table's own shadow root (not a badge element). */
const badgeOf = (row: Element) => row.querySelector<HTMLElement>('[part=judgment]');
/** The judgment's text: of an <achievement-badge> (its shadow root) or of a table's mark. */
const badgeLabel = (b: Element | null) =>
  text(b?.shadowRoot ? b.shadowRoot.querySelector('[part=label]') : b?.querySelector('.judgment-label'));
const spoken = (b: AchievementBadge) => text(b.shadowRoot!.querySelector('.visually-hidden'));

/** Collects `indicator-error` events fired anywhere below `root` while `run` runs. */
async function errorsDuring(run: () => Promise<unknown>): Promise<Event[]> {
  const seen: Event[] = [];
  const listen = (e: Event) => seen.push(e);
  document.addEventListener('indicator-error', listen, true);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    document.removeEventListener('indicator-error', listen, true);
  }
  return seen;
}

/** A prefecture-style 4-grade scale, as data (A 順調 ≥ 100% / B+ 概ね順調 80–99% / B やや遅れ 50–79% / C 遅れ < 50%). */
const FOUR_GRADE = {
  id: 'pref-4', label: { ja: '4段階', en: '4 grades' },
  tiers: [
    { id: 'A', min: 100, label: { ja: '順調', en: 'On track' }, shape: 'circle', tone: 'success' },
    { id: 'B+', min: 80, label: { ja: '概ね順調', en: 'Mostly on track' }, shape: 'triangle', tone: 'success' },
    { id: 'B', min: 50, label: { ja: 'やや遅れ', en: 'Slightly behind' }, shape: 'square', tone: 'warning' },
    { id: 'C', label: { ja: '遅れ', en: 'Behind' }, shape: 'cross', tone: 'error' },
  ],
};
// 90/90 = 100.0% A; 85/100 = 85.0% B+; 60/100 = 60.0% B; 10/100 = 10.0% C
const fourGradeDoc = () => doc([
  { id: 'a', name: '指標A', unit: '件', direction: 'increase', targets: { 2024: 90 }, actuals: { 2023: 40, 2024: 90 } },
  { id: 'b', name: '指標B', unit: '件', direction: 'increase', targets: { 2024: 100 }, actuals: { 2024: 85 } },
  { id: 'c', name: '指標C', unit: '件', direction: 'increase', targets: { 2024: 100 }, actuals: { 2024: 60 } },
  { id: 'd', name: '指標D', unit: '件', direction: 'increase', targets: { 2024: 100 }, actuals: { 2024: 10 } },
], { evaluation: { scheme: FOUR_GRADE } });

describe('a custom scheme reaches every badge: table, badge and chart show its labels and shapes and fire no error', () => {
  for (const lang of ['ja', 'en']) {
    it(`table (${lang})`, async () => {
      let el!: PolicyIndicatorTable;
      const errors = await errorsDuring(async () => {
        el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table lang=${lang} .data=${fourGradeDoc()}></policy-indicator-table>`);
        await el.updateComplete;
      });
      expect(errors).to.have.length(0);
      const labels = $$(el, 'tr.data').map((r) => badgeLabel(badgeOf(r)));
      expect(labels).to.deep.equal(lang === 'ja' ? ['順調', '概ね順調', 'やや遅れ', '遅れ'] : ['On track', 'Mostly on track', 'Slightly behind', 'Behind']);
      const shapes = $$(el, 'tr.data').map((r) => badgeOf(r)!.querySelector('.judgment-icon')!.innerHTML.replace(/<!--.*?-->/g, ''));
      expect(new Set(shapes).size).to.equal(4);
      expect($$(el, 'button.filter').map(text)).to.deep.equal(lang === 'ja'
        ? ['順調 1', '概ね順調 1', 'やや遅れ 1', '遅れ 1', 'すべて 4']
        : ['On track 1', 'Mostly on track 1', 'Slightly behind 1', 'Behind 1', 'All 4']);
      await expect(el).to.be.accessible();
    });
  }

  it('badge given the scheme object as a property', async () => {
    const errors: Event[] = [];
    const el = await fixture<AchievementBadge>(html`<achievement-badge .scheme=${FOUR_GRADE} target="100" actual="85"
      @indicator-error=${(e: Event) => errors.push(e)}></achievement-badge>`);
    expect(badgeLabel(el)).to.equal('概ね順調');
    expect(spoken(el)).to.equal('達成率85.0%、概ね順調');
    expect(errors).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a broken scheme object is a located problem, not a silent blank', async () => {
    const el = document.createElement('achievement-badge');
    const seen = new Promise<CustomEvent>((resolve) => el.addEventListener('indicator-error', (e) => resolve(e as CustomEvent), { once: true }));
    el.scheme = { ...FOUR_GRADE, tiers: FOUR_GRADE.tiers.slice(0, 2) } as never; // no catch-all tier
    el.setAttribute('target', '100');
    el.setAttribute('actual', '10');
    document.body.append(el);
    const e = await seen;
    expect(e.detail.problems[0].path).to.equal('scheme.tiers[1].min');
    el.remove();
  });

  for (const lang of ['ja', 'en']) {
    it(`chart (${lang})`, async () => {
      let el!: TargetTrendChart;
      const errors = await errorsDuring(async () => {
        el = await fixture<TargetTrendChart>(html`<target-trend-chart lang=${lang} .data=${fourGradeDoc()} indicator-id="a"></target-trend-chart>`);
        await el.updateComplete;
      });
      expect(errors).to.have.length(0);
      const mark = $(el, '[part=caption] [part=judgment]')!;
      expect(mark.querySelector('.judgment-label')!.textContent).to.equal(lang === 'ja' ? '順調' : 'On track');
      expect(mark.querySelector('.judgment-rate')!.textContent).to.equal('100.0%');
      expect(text($(el, '[part=summary]'))).to.contain(lang === 'ja' ? '達成率100.0%（順調）' : 'achievement rate of 100.0% (on track)');
      await expect(el).to.be.accessible();
    });
  }
});

describe('a verbal scale given per measure (series layout)', () => {
  const VERBAL = {
    id: 'v5', label: '5段階', computed: false,
    tiers: [
      { id: '1', label: { ja: '目標を大きく上回って達成', en: 'Well above target' }, shape: 'diamond', tone: 'success' },
      { id: '2', label: { ja: '目標を上回って達成', en: 'Above target' }, shape: 'circle', tone: 'success' },
      { id: '3', label: { ja: '目標をほぼ達成', en: 'Nearly met' }, shape: 'triangle', tone: 'info' },
      { id: '4', label: { ja: '目標を下回った', en: 'Below target' }, shape: 'square', tone: 'warning' },
      { id: '5', label: { ja: '目標を大きく下回った', en: 'Well below target' }, shape: 'cross', tone: 'error' },
    ],
  };
  for (const lang of ['ja', 'en']) {
    it(`shows each measure's grade with the scale's own words, counts them, fires no error (${lang})`, async () => {
      const data = doc([
        { id: 'a', name: '利用者数', unit: '人', direction: 'increase', targets: { 2024: 100 }, actuals: { 2024: 120 } },
        { id: 'b', name: '相談件数', unit: '件', direction: 'increase', targets: { 2024: 50 }, actuals: { 2024: 20 } },
      ], {
        evaluation: { scheme: VERBAL },
        plan: { title: '計画', publisher: '市', reportedYear: 2024, levels: [{ id: 'measure', label: '施策' }] },
        groups: [
          { id: 'm1', level: 'measure', code: '1', name: '施策1', indicators: ['a'], givenJudgments: { 2024: '2' } },
          { id: 'm2', level: 'measure', code: '2', name: '施策2', indicators: ['b'], givenJudgments: { 2024: '5' } },
        ],
      });
      let el!: PolicyIndicatorTable;
      const errors = await errorsDuring(async () => {
        el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table lang=${lang} .data=${data}></policy-indicator-table>`);
        await el.updateComplete;
      });
      expect(errors).to.have.length(0);
      const grades = $$(el, 'tr.group [part=judgment]').map((b) => badgeLabel(b));
      expect(grades).to.deep.equal(lang === 'ja' ? ['目標を上回って達成', '目標を大きく下回った'] : ['Above target', 'Well below target']);
      expect($$(el, 'button.filter').map(text)).to.include(lang === 'ja' ? '目標を大きく下回った 1' : 'Well below target 1');
      await expect(el).to.be.accessible();
    });
  }
});

describe('a report without judgments (札幌市, 平成20年度): values with their own years, a zero target, 「1.0%未満」', () => {
  for (const lang of ['ja', 'en']) {
    it(`shows no judgment filters or result column, names the count correctly, and keeps every printed figure (${lang})`, async () => {
      const data = await loadJson('sapporo-machizukuri-fy2008');
      const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table lang=${lang} .data=${data}></policy-indicator-table>`);
      await el.updateComplete;
      expect($$(el, 'button.filter')).to.have.length(0);
      expect(text($(el, '[part=headline]'))).to.equal(lang === 'ja' ? '10指標' : '10 indicators');
      const headers = $$(el, 'thead th').map(text);
      expect(headers.some((h) => /結果|Result|理由|Reason/.test(h))).to.equal(false);
      for (const p of sapporo2008.PRINTED) {
        const row = $(el, `tr[data-indicator="${p.id}"]`)!;
        const cells = text(row);
        if (lang === 'ja') {
          expect(cells, p.id).to.contain(`${p.target}（平成${p.targetYear.replace('年度', '')}年度）`.replace('平成', 'H').replace('年度）', '）'));
        }
        expect(cells, p.id).to.contain(p.actual);
      }
      const legend = text($(el, '[part=footnotes]'));
      expect(legend).to.contain(lang === 'ja' ? '未満・以下・以上・超' : '<, ≤, ≥, >');
      await expect(el).to.be.accessible();
    });
  }
});

describe('final-year targets with expected values (長野県)', () => {
  it('shows the city’s A/B/C for every judged indicator, the latest actual with its year, and the 目安値 as 期待値, never as 目標値', async () => {
    const data = await loadJson('nagano-sousei-strategy-fy2017');
    let el!: PolicyIndicatorTable;
    const errors = await errorsDuring(async () => {
      el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table .data=${data}></policy-indicator-table>`);
      await el.updateComplete;
    });
    expect(errors).to.have.length(0);
    const rowOf = (id: string) => $(el, `tr[data-indicator="${id}"]`)!;
    expect(['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => badgeLabel(badgeOf(rowOf(id))))).to.deep.equal(['C', 'A', 'C', 'A', 'A']);
    const headers = $$(el, 'thead th').map(text);
    expect(headers).to.include('期待値 H29');
    // 労働生産性: FY2017 has no actual yet; the latest (FY2015) 7,612 is shown with its year.
    expect(text(rowOf('n3'))).to.contain('7,612千円/人（H27）');
    await expect(el).to.be.accessible();
  });

  it('the chart draws the expected line and says it in the text alternative', async () => {
    const data = await loadJson('nagano-sousei-strategy-fy2017');
    const el = await fixture<TargetTrendChart>(html`<target-trend-chart .data=${data} indicator-id="n1"></target-trend-chart>`);
    await el.updateComplete;
    expect($(el, 'path.expected-line')!.getAttribute('d')).to.match(/^M/);
    // (1.56 − 1.54) / (1.62 − 1.54) = 25.0%
    expect(text($(el, '[part=summary]'))).to.contain('平成29年度の実績 1.56は期待値 1.62に対し進捗率25.0%（判定C）。');
    await expect(el).to.be.accessible();
  });
});

describe('qualified values, notes and sources are shown, never dropped', () => {
  const data = () => doc([
    { id: 'q', name: '待機児童数', unit: '人', direction: 'decrease', notes: ['各年4月1日現在'], source: '子ども未来局調べ',
      baseline: { year: 2023, value: 1339 }, targets: { 2024: '0人' }, actuals: { 2024: { value: '1,389人（見込み）', note: '確定は7月' } } },
    { id: 'r', name: '出現率', unit: '%', direction: 'decrease', targets: { 2024: '1.0%未満' }, actuals: { 2024: '0.9%' } },
  ], { groups: [{ id: 'g', name: '子育て', notes: ['重点施策'], indicators: ['q', 'r'] }] });

  for (const lang of ['ja', 'en']) {
    it(`table: the 見込み marker and legend, the zero-target change, numbered notes for indicator, cell and group (${lang})`, async () => {
      const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table lang=${lang} .data=${data()}></policy-indicator-table>`);
      await el.updateComplete;
      const row = text($(el, 'tr[data-indicator="q"]'));
      expect(row).to.contain(lang === 'ja' ? '1,389人見込み' : '1,389人estimate');
      expect(row).to.contain(lang === 'ja' ? '基準値から+50人' : '+50人 from the baseline');
      const notes = $$(el, '[part=footnotes] ol li').map(text);
      expect(notes.join('|')).to.contain('重点施策');
      expect(notes.join('|')).to.contain('各年4月1日現在');
      expect(notes.join('|')).to.contain('子ども未来局調べ');
      expect(notes.join('|')).to.contain('確定は7月');
      const legend = text($(el, '[part=footnotes] .legend'));
      expect(legend).to.contain(lang === 'ja' ? '見込み' : 'estimate');
      expect(legend).to.contain(lang === 'ja' ? '目標値0' : 'Target 0');
      const mark = badgeOf($(el, 'tr[data-indicator="q"]')!)!;
      expect(text(mark)).to.contain(lang === 'ja' ? '暫定' : 'provisional');
      expect(badgeLabel(badgeOf($(el, 'tr[data-indicator="r"]')!))).to.equal(lang === 'ja' ? '達成' : 'Achieved');
      await expect(el).to.be.accessible();
    });
  }

  it('chart: the qualifier in the tooltip text, the table view and the sentence', async () => {
    const el = await fixture<TargetTrendChart>(html`<target-trend-chart .data=${data()} indicator-id="q" show-table></target-trend-chart>`);
    await el.updateComplete;
    const sentence = text($(el, '[part=summary]'));
    expect(sentence).to.contain('1,389人（見込み）は目標 0人に達していません（未達成）');
    expect(sentence).to.contain('基準値から+50人');
    expect(sentence).to.contain('暫定');
    expect(text($(el, '[part=table]'))).to.contain('1,389人（見込み）');
    const point = $$(el, 'g.point').map((g) => g.getAttribute('aria-label')).find((l) => l?.includes('実績'));
    expect(point).to.contain('1,389人（見込み）');
    await expect(el).to.be.accessible();
  });
});
