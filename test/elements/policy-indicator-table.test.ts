import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import { doc, loadJson } from '../helpers/datasets.js';
import { PRINTED } from '../helpers/atsugi-printed.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dataRows = (el: Element) => $$(el, 'tr.data');
const badgeText = (row: Element) => {
  return text(row.querySelector('[part=judgment] .judgment-label'));
};

async function table(name: string, attrs: { lang?: string; year?: number; columns?: string } = {}): Promise<PolicyIndicatorTable> {
  const data = await loadJson(name);
  const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table .data=${data} lang=${attrs.lang ?? 'ja'}
    fiscal-year=${attrs.year ?? ''} columns=${attrs.columns ?? ''}></policy-indicator-table>`);
  await el.updateComplete;
  return el;
}

describe('<policy-indicator-table> with the Atsugi report (summary layout)', () => {
  let el: PolicyIndicatorTable;
  beforeEach(async () => {
    el = await table('atsugi-fy2024');
  });

  it('is a real table: caption, column headers with scope, row headers, group headers per rowgroup', () => {
    expect(text($(el, 'caption'))).to.equal('厚木市産業マスタープラン後期実施計画 令和6年度取組状況');
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(el, 'tbody tr.data > th[scope=row]')).to.have.length(31);
    const groups = $$(el, 'tr.group th[scope=rowgroup]').map(text);
    expect(groups).to.include('I 持続性の高い強い産業の実現');
    expect(groups).to.include('III-2 働き方改革への取組');
  });

  it('shows every printed target, actual, result and rate of the report in its row', () => {
    for (const [no, target, actual, result, rate] of PRINTED) {
      const row = $(el, `tr[data-indicator="a${String(no).padStart(2, '0')}"]`)!;
      const cells = [...row.children].map(text);
      expect(cells, `No. ${no}`).to.include(target);
      expect(cells, `No. ${no}`).to.include(actual);
      if (rate) expect(cells, `No. ${no}`).to.include(rate);
      expect(badgeText(row), `No. ${no}`).to.equal(result || '集計中');
    }
  });

  it('reads the headline as printed: 31単位施策 / 達成 20（概ね達成含む）/ 未達成 8 / 集計中 3', () => {
    expect(text($(el, '[part=headline]'))).to.equal('31単位施策');
    expect($$(el, 'button.filter').map(text)).to.deep.equal(['達成 20（概ね達成含む）', '未達成 8', '集計中 3', 'すべて 31']);
  });

  it('filters by judgment from the keyboard and announces the result', async () => {
    const button = $$(el, 'button.filter')[1] as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dataRows(el)).to.have.length(8);
    expect(dataRows(el).map(badgeText).every((t) => t === '未達成')).to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(text($(el, '[role=status]'))).to.equal('未達成：8件を表示しています');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(dataRows(el)).to.have.length(31);
  });

  it('達成 includes 概ね達成 when filtering (20 rows)', async () => {
    ($$(el, 'button.filter')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(dataRows(el)).to.have.length(20);
  });

  it('sorts by rate from the keyboard with aria-sort; rows being tallied stay last', async () => {
    const rateHeader = () => $$(el, 'thead th').find((th) => text(th).startsWith('達成率'))!;
    (rateHeader().querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rateHeader().getAttribute('aria-sort')).to.equal('ascending');
    const firstNo = () => text(dataRows(el)[0]!.children[0]);
    expect(firstNo()).to.equal('31'); // 5.9%, the lowest printed rate
    expect(text(dataRows(el).at(-1)!.children[0])).to.be.oneOf(['6', '17', '18']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rateHeader().getAttribute('aria-sort')).to.equal('descending');
    expect(firstNo()).to.equal('8'); // 180.0%, the highest printed rate
    expect(text(dataRows(el).at(-1)!.children[0])).to.be.oneOf(['6', '17', '18']);
    expect(text($(el, '[role=status]'))).to.equal('達成率 R6の降順で並べ替えました');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(firstNo()).to.equal('1');
    expect($$(el, 'tbody tr.group').length).to.be.greaterThan(0);
  });

  it('sorts by name and by judgment', async () => {
    const header = (label: string) => $$(el, 'thead th').find((th) => text(th).startsWith(label))!.querySelector('button')!;
    header('結果').click();
    await el.updateComplete;
    expect(badgeText(dataRows(el)[0]!)).to.equal('達成');
    expect(badgeText(dataRows(el).at(-1)!)).to.equal('集計中');
    header('成果指標').click();
    await el.updateComplete;
    const names = dataRows(el).map((r) => text(r.querySelector('th')));
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'ja')));
  });

  it('dispatches indicator-select with the indicator id when a name is activated', async () => {
    const button = $(el, 'tr[data-indicator="a10"] button.select') as HTMLButtonElement;
    setTimeout(() => button.click());
    const { detail } = await oneEvent(el, 'indicator-select');
    expect(detail).to.deep.equal({ indicatorId: 'a10', seriesId: 'actual', year: 2024 });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('chooses columns by configuration', async () => {
    const narrow = await table('atsugi-fy2024', { columns: 'no indicator rate' });
    expect($$(narrow, 'thead th').map(text)).to.deep.equal(['No.', '成果指標', '達成率 R6']);
  });

  it('writes years as R6 by default and as 令和6年度 / FY2024 with year-style', async () => {
    const data = await loadJson('atsugi-fy2024');
    const era = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table .data=${data} year-style="era"></policy-indicator-table>`);
    expect($$(era, 'thead th').map(text)).to.include('目標 令和6年度');
    const fy = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table .data=${data} year-style="fy" lang="en"></policy-indicator-table>`);
    expect($$(fy, 'thead th').map(text)).to.include.members(['Target FY2024', 'Target FY2026', 'Actual FY2024']);
  });

  it('is accessible (axe) in Japanese', async () => {
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en" and is accessible (axe)', async () => {
    const en = await table('atsugi-fy2024', { lang: 'en' });
    expect($$(en, 'button.filter').map(text)).to.deep.equal(['Achieved 20 (incl. nearly achieved)', 'Not achieved 8', 'Being tallied 3', 'All 31']);
    expect($$(en, 'thead th').map(text)).to.include('Target FY2024');
    expect(text($(en, 'p.headline')!)).to.equal('31 unit measures');
    await expect(en).to.be.accessible();
  });
});

describe('<policy-indicator-table> with the Asaka sheets (series layout)', () => {
  let el: PolicyIndicatorTable;
  before(async () => {
    el = await table('asaka-fy2024');
  });
  const rowsOf = (id: string) => {
    const first = $(el, `tr[data-indicator="${id}"]`)!;
    const rows = [first];
    let next = first.nextElementSibling;
    while (next && !next.hasAttribute('data-indicator') && next.classList.contains('data')) {
      rows.push(next);
      next = next.nextElementSibling;
    }
    return rows;
  };

  it('shows targets and actuals across every plan year, with the baseline (計画策定時) column', () => {
    const headers = $$(el, 'thead th').map(text);
    // 計画策定時 is printed with (2018年度) on most sheets but without a year on 5-1 and 5-2.
    expect(headers).to.include('計画策定時');
    expect(headers).to.include('令和元年度');
    expect(headers).to.include('令和10年度');
    const [targets, actuals] = rowsOf('a1-1-3');
    expect([...targets!.children].map(text)).to.include.members(['110,000人', '125,000人', '230,000人']);
    // The baseline carries its year (平成30年度) where the sheets do not all print one.
    expect([...actuals!.children].map(text)).to.include.members(['108,000人（平成30年度）', '35,000人', '205,000人']);
  });

  it('shows census years as not surveyed, not as zero or as missing', () => {
    const [, actuals] = rowsOf('a1-1-2');
    const cells = [...actuals!.children].map(text);
    expect(cells).to.include('508事業所');
    expect(cells.filter((c) => c === '調査年以外').length).to.be.greaterThan(3);
    expect(cells).not.to.include('0事業所');
  });

  it('shows the dual series of 商店街店舗数 as two labelled rows', () => {
    const rows = rowsOf('a1-2-2');
    expect(rows).to.have.length(3);
    expect(text(rows[1]!.querySelector('th'))).to.contain('商業統計に基づく数値（小売のみ）');
    expect(text(rows[2]!.querySelector('th'))).to.contain('商店会に対する市補助金の添付書類に基づく数値（業種不問）');
    expect([...rows[2]!.children].map(text)).to.include('341件');
    expect(text(rows[2]!.lastElementChild)).to.equal('定義変更のため目標と比較しない');
  });

  it('shows the given A–D judgment of each measure beside the computed rates', () => {
    const header = $$(el, 'tr.group').find((tr) => text(tr).startsWith('1-1'))!;
    expect(header.querySelector('[part=judgment]')!.getAttribute('data-judgment')).to.equal('A');
    const [, actuals] = rowsOf('a1-1-3');
    expect(text(actuals!.lastElementChild)).to.equal('164.0%');
    expect($$(el, 'button.filter').map((b) => text(b).replace(/（.*）/, ''))).to.deep.equal(['A 1', 'B 1', 'C 10', 'D 2', 'すべて 14']);
  });

  it('keeps the zero targets of the seminar (1, 0, 1, 0, 1)', () => {
    const [targets] = rowsOf('a2-1-3');
    expect([...targets!.children].map(text).slice(-6, -1)).to.deep.equal(['1回', '0回', '1回', '0回', '1回']);
  });

  it('filters measures by grade: D shows 2-1 and 5-4', async () => {
    const d = $$(el, 'button.filter')[3] as HTMLButtonElement;
    d.click();
    await el.updateComplete;
    expect($$(el, 'tr.group.depth-1').map((tr) => text(tr).slice(0, 3))).to.deep.equal(['2-1', '5-4']);
    d.click();
    await el.updateComplete;
  });

  it('shows FY2023 with fiscal-year="2023": its grades (D 3)', async () => {
    const y2023 = await table('asaka-fy2024', { year: 2023 });
    expect(text($(y2023, 'caption'))).to.equal('朝霞市産業振興基本計画（令和5年度）');
    expect(text($$(y2023, 'button.filter')[3])).to.match(/^D 3/);
  });

  it('is accessible (axe) in Japanese and in English', async () => {
    const ja = await table('asaka-fy2024');
    await expect(ja).to.be.accessible();
    const en = await table('asaka-fy2024', { lang: 'en' });
    await expect(en).to.be.accessible();
  });
});

describe('<policy-indicator-table> with bad data', () => {
  it('shows an invalid indicator as a row with a located message, renders the rest, fires indicator-error', async () => {
    const data = doc([
      { id: 'ok', name: '正常な指標', unit: '件', direction: 'increase', targets: { 2024: 10 }, actuals: { 2024: 9 } },
      { id: 'bad', name: '壊れた指標', unit: '件', direction: 'increase', targets: { 2024: '3,550人' }, actuals: { 2024: 5 } },
    ]);
    const el = document.createElement('policy-indicator-table');
    const event = oneEvent(el, 'indicator-error');
    el.data = data;
    document.body.append(el);
    const { detail } = await event;
    expect(detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['indicators[1].targets.2024']);
    await el.updateComplete;
    expect(dataRows(el)).to.have.length(2);
    const problem = text($(el, 'tr.problem'));
    expect(problem).to.contain('指標「壊れた指標」の目標値 R6');
    expect(problem).to.contain('件を単位とする数値');
    expect(badgeText($(el, 'tr[data-indicator="ok"]')!)).to.equal('概ね達成');
    el.remove();
  });

  it('shows an error box for a document it cannot use, and never throws', async () => {
    for (const bad of [42, 'nonsense', null, { plan: 'x' }, [1, 2, 3]]) {
      const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table .data=${bad}></policy-indicator-table>`);
      expect($(el, '[role=alert]'), JSON.stringify(bad)).to.not.equal(null);
    }
  });

  it('renders hostile strings in names as text', async () => {
    const data = doc([{ id: 'x', name: '<img src=x onerror="window.__pwned=1">', unit: '<b>件</b>', targets: { 2024: 1 }, actuals: { 2024: 1 } }]);
    const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table .data=${data}></policy-indicator-table>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(text($(el, 'tr.data th'))).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('leaves other elements on the page unaffected', async () => {
    const bad = document.createElement('policy-indicator-table');
    const good = document.createElement('policy-indicator-table');
    (bad as { data: unknown }).data = 42;
    good.data = doc([{ id: 'a', name: 'A', targets: { 2024: 2 }, actuals: { 2024: 1 } }]);
    document.body.append(bad, good);
    await Promise.all([bad.updateComplete, good.updateComplete]);
    expect($(bad, '[role=alert]')).to.not.equal(null);
    expect(dataRows(good)).to.have.length(1);
    bad.remove();
    good.remove();
  });
});
