import { expect } from '@open-wc/testing';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import { FIRST_ROWS } from '../../src/elements/policy-indicator-table/progressive.js';
import { doc, loadJson } from '../helpers/datasets.js';
import { referenceRate } from '../helpers/reference.js';

/**
 * The series layout (Asaka's: a target row and an actual row per indicator, every plan year as a
 * column) at a portal's scale (issue 11), and its filter when the report's judgments are computed
 * per row. No timing here: `npm run bench` measures speed. Expected rates come from the reference
 * division (test/helpers/reference.ts); Atsugi's counts are the ones its report prints.
 */
const N = 10_000;
const NAMES = Array.from({ length: N }, (_, i) => `系列${String(i + 1).padStart(5, '0')}`);
const target = (i: number) => 100 + (i % 89);
const actual = (i: number) => (i * 41) % 197;

function dataset() {
  return doc(
    NAMES.map((name, i) => ({
      id: `s${i + 1}`, no: i + 1, name, unit: '人', direction: 'increase',
      targets: { 2023: target(i), 2024: target(i) }, actuals: { 2023: actual(i + 1), 2024: actual(i) },
    })),
    { plan: { title: '系列計画', publisher: 'テスト市', reportedYear: 2024, period: { start: 2023, end: 2024 } } },
  );
}

/** The FY2024 rate, as printed with one decimal, half-up. */
const rates = NAMES.map((_, i) => referenceRate(String(actual(i)), String(target(i)), 1, 'half-up'));
const judgments = rates.map((r) => (Number(r) >= 100 ? '達成' : Number(r) >= 80 ? '概ね達成' : '未達成'));

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tr.data')];
/** The indicators shown: each indicator's first row carries its id. */
const shownIds = (el: Element) => [...el.shadowRoot!.querySelectorAll('tr.data[data-indicator]')].map((r) => r.getAttribute('data-indicator')!);

describe('<policy-indicator-table layout="series"> with 10,000 indicators', function () {
  this.timeout(180000);
  let el: PolicyIndicatorTable;
  /** Data rows in the document when rows first appeared. */
  let firstRows = 0;

  before(async () => {
    el = document.createElement('policy-indicator-table');
    el.layout = 'series';
    el.data = dataset();
    document.body.append(el);
    // The first batch of rows the table puts in (a MutationObserver sees each batch, whatever the timing).
    const seen = new MutationObserver(() => {
      const n = rows(el).length;
      if (n && !firstRows) firstRows = n;
    });
    seen.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    seen.disconnect();
  });
  after(() => el.remove());

  it('puts the first screen of rows in first, then every row: no indicator split across the two', () => {
    // Two rows per indicator (targets, actuals): the first step ends on an indicator's last row.
    expect(firstRows).to.equal(FIRST_ROWS);
    expect(rows(el)).to.have.length(2 * N);
  });

  it('has every indicator in the printed order: its name over its two rows, its targets, actuals and rate', () => {
    const ids = shownIds(el);
    expect(ids).to.have.length(N);
    expect(ids).to.deep.equal(NAMES.map((_, i) => `s${i + 1}`));
    const all = rows(el);
    for (const i of [0, 1, 4999, 9998, 9999]) {
      const head = all[2 * i]!;
      const name = head.querySelector('th.sticky')!;
      expect(text(name.querySelector('button.select'))).to.equal(NAMES[i]);
      expect(name.getAttribute('rowspan')).to.equal('2');
      // Baseline (none given), FY2023, FY2024, rate: the rate is on the actual row.
      expect([...head.querySelectorAll('td')].map(text)).to.deep.equal(['', `${target(i)}人`, `${target(i)}人`, '']);
      const actuals = [...all[2 * i + 1]!.querySelectorAll('td')].map(text);
      expect(actuals).to.deep.equal(['', `${actual(i + 1)}人`, `${actual(i)}人`, `${rates[i]}%`]);
    }
  });

  it('find-in-page, print and screen readers have every row: the last indicator is rendered text', () => {
    const last = rows(el).at(-1)!;
    const style = getComputedStyle(last);
    expect([style.display, style.visibility, style.contentVisibility]).to.deep.equal(['table-row', 'visible', 'visible']);
    expect(last.getBoundingClientRect().height).to.be.above(0);
    expect(text(rows(el).at(-2)!.querySelector('button.select'))).to.equal(NAMES.at(-1));
  });

  it('selecting an indicator marks both its rows; selecting one far down the table unmarks them', async () => {
    const selectedIds = () => [...el.shadowRoot!.querySelectorAll('tr.data.selected')].map((r) => r.getAttribute('data-indicator'));
    const pick = (i: number) => el.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-indicator="s${i + 1}"] button.select`)!;
    const button = pick(0);
    button.focus();
    button.click();
    await el.updateComplete;
    // The target row carries the id, the actual row under it none.
    expect(selectedIds()).to.deep.equal(['s1', null]);
    expect(pick(0).getAttribute('aria-pressed')).to.equal('true');
    // Updated in place: the button a keyboard user pressed is still there, and still focused.
    expect(pick(0)).to.equal(button);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    pick(8999).click();
    await el.updateComplete;
    expect(selectedIds()).to.deep.equal(['s9000', null]);
    expect(pick(0).getAttribute('aria-pressed')).to.equal('false');
    expect(pick(8999).getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('button.select[aria-pressed="true"]')).to.have.length(1);
  });

  it('a filter shows exactly the indicators of its judgment, each with both rows, and all again', async () => {
    const notAchieved = NAMES.map((_, i) => `s${i + 1}`).filter((_, i) => judgments[i] === '未達成');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.filter')];
    expect(buttons.map(text)).to.deep.equal([`達成 ${N - notAchieved.length}（概ね達成含む）`, `未達成 ${notAchieved.length}`, '集計中 0', `すべて ${N}`]);
    buttons[1]!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(notAchieved);
    expect(rows(el)).to.have.length(2 * notAchieved.length);
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.contain(String(notAchieved.length));
    buttons[3]!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(N);
    expect(rows(el)).to.have.length(2 * N);
  });
});

/** Runs `check` on Atsugi's table in the series layout, rendered, and removes the table after. */
async function withAtsugiSeries(check: (el: PolicyIndicatorTable) => Promise<void>): Promise<void> {
  const el = document.createElement('policy-indicator-table');
  el.layout = 'series';
  el.data = await loadJson('atsugi-fy2024');
  document.body.append(el);
  try {
    await el.updateComplete;
    await check(el);
  } finally {
    el.remove();
  }
}

describe('the series layout of a report with computed judgments (Atsugi, layout="series")', () => {
  it('filters by each row\'s judgment: the report\'s 20 / 8 / 3 indicators, and the announcement says so', async () => {
    await withAtsugiSeries(async (el) => {
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.filter')];
      // As the report prints them (達成 counts 概ね達成).
      expect(buttons.map(text)).to.deep.equal(['達成 20（概ね達成含む）', '未達成 8', '集計中 3', 'すべて 31']);
      const counts: number[] = [];
      for (const button of buttons.slice(0, 3)) {
        button.click();
        await el.updateComplete;
        // An indicator listed under two measures is shown under each: count distinct indicators.
        counts.push(new Set(shownIds(el)).size);
        expect(rows(el).length).to.be.above(0);
        expect(el.shadowRoot!.querySelector('tr.empty')).to.equal(null);
      }
      expect(counts).to.deep.equal([20, 8, 3]);
      expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.contain('3');
      buttons[3]!.click();
      await el.updateComplete;
      expect(new Set(shownIds(el)).size).to.equal(31);
    });
  });
});

describe('the series layout keeps its rows across renders (Atsugi, layout="series")', () => {
  it('a filter and back shows the same table with the same row elements; an indicator under two measures has rows under each', async () => {
    await withAtsugiSeries(async (el) => {
      const markup = () => el.shadowRoot!.querySelector('table')!.innerHTML.replace(/<!--[^]*?-->/g, '');
      const before = markup();
      const elements = rows(el);
      // Every row is its own element: an indicator listed under two measures does not share one.
      expect(new Set(elements).size).to.equal(elements.length);
      const ids = shownIds(el);
      expect(ids.length).to.be.above(new Set(ids).size);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.filter')];
      buttons[1]!.click(); // 未達成
      await el.updateComplete;
      expect(new Set(shownIds(el)).size).to.equal(8);
      buttons[3]!.click(); // すべて
      await el.updateComplete;
      expect(markup()).to.equal(before);
      const after = rows(el);
      expect(after).to.have.length(elements.length);
      expect(after.every((tr, i) => tr === elements[i]), 'the rows were built again').to.equal(true);
    });
  });
});
