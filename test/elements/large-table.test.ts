import { expect } from '@open-wc/testing';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import { doc } from '../helpers/datasets.js';
import { referenceRate } from '../helpers/reference.js';

/**
 * A portal's table of 10,000 indicators (issue 11): every row is in the document once the table has
 * finished (rendered in steps, never virtualised), sorting and filtering act on all of them, and a
 * reader's find-in-page finds the last one. No timing here: `npm run bench` measures speed.
 * Expected values come from the reference division (test/helpers/reference.ts), not from the core.
 */
const N = 10_000;
const NAMES = Array.from({ length: N }, (_, i) => `指標${String(i + 1).padStart(5, '0')}`);
/** Integer targets and actuals that give rates on both sides of 80% and 100%. */
const target = (i: number) => 100 + (i % 97);
const actual = (i: number) => (i * 37) % 211;

function dataset() {
  return doc(
    NAMES.map((name, i) => ({
      id: `k${i + 1}`, no: i + 1, name, unit: '件', direction: 'increase',
      targets: { 2024: target(i) }, actuals: { 2024: actual(i) },
    })),
  );
}

/** Rate in tenths of a percent, exactly as printed with one decimal, half-up. */
const rates = NAMES.map((_, i) => referenceRate(String(actual(i)), String(target(i)), 1, 'half-up'));
const judgments = rates.map((r) => (Number(r) >= 100 ? '達成' : Number(r) >= 80 ? '概ね達成' : '未達成'));

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tr.data')];

describe('<policy-indicator-table> with 10,000 indicators', function () {
  this.timeout(120000);
  let el: PolicyIndicatorTable;

  // Not open-wc's fixture(), which removes the element after the first test.
  before(async () => {
    el = document.createElement('policy-indicator-table');
    el.columns = 'no indicator targets actual result rate';
    el.data = dataset();
    document.body.append(el);
    await el.updateComplete;
  });
  after(() => el.remove());

  it('has every row in the document, in the printed order, each with its rate and judgment', () => {
    const all = rows(el);
    expect(all).to.have.length(N);
    for (const i of [0, 1, 4999, 9998, 9999]) {
      const row = all[i]!;
      expect(row.getAttribute('data-indicator')).to.equal(`k${i + 1}`);
      const cells = [...row.children].map(text);
      expect(cells).to.include(`${rates[i]}%`);
      expect(text(row.querySelector('.judgment-label'))).to.equal(judgments[i]);
    }
    // The judgment is plain markup of the table, not 10,000 elements with shadow roots.
    expect(el.shadowRoot!.querySelectorAll('achievement-badge')).to.have.length(0);
  });

  it('the summary counts all 10,000, and a filter shows exactly the rows of its judgment', async () => {
    const achieved = judgments.filter((j) => j !== '未達成').length; // 達成 includes 概ね達成 in the summary
    const notAchieved = judgments.filter((j) => j === '未達成').length;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.filter')];
    // 達成 counts 概ね達成 too, and says so: 「達成 4375（概ね達成含む）」.
    expect(buttons.map(text)).to.deep.equal([`達成 ${achieved}（概ね達成含む）`, `未達成 ${notAchieved}`, '集計中 0', `すべて ${N}`]);
    buttons[1]!.click();
    await el.updateComplete;
    const shown = rows(el);
    expect(shown).to.have.length(notAchieved);
    expect(shown.every((r) => text(r.querySelector('.judgment-label')) === '未達成')).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('[role=status]'))).to.contain(String(notAchieved));
    buttons[3]!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(N);
  });

  it('selecting a row far down the table unselects the first one: exactly one row is selected', async () => {
    const pick = (i: number) => el.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-indicator="k${i + 1}"] button.select`)!;
    const selected = () => [...el.shadowRoot!.querySelectorAll('tr.data.selected')].map((r) => r.getAttribute('data-indicator'));
    pick(0).click();
    await el.updateComplete;
    expect(selected()).to.deep.equal(['k1']);
    pick(8999).click();
    await el.updateComplete;
    expect(selected()).to.deep.equal(['k9000']);
    expect([pick(0), pick(8999)].map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
  });

  it('sorting by rate orders all 10,000 rows by the exact rate (ties by No.), and back', async () => {
    const sortButton = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.sort')].find((b) => text(b).startsWith('達成率'))!;
    sortButton().click();
    await el.updateComplete;
    const expected = NAMES.map((_, i) => i).sort((a, b) => Number(rates[a]) - Number(rates[b]) || a - b).map((i) => `k${i + 1}`);
    const ids = rows(el).map((r) => r.getAttribute('data-indicator'));
    expect(ids).to.have.length(N);
    expect(ids.slice(0, 50)).to.deep.equal(expected.slice(0, 50));
    expect(ids.slice(-50)).to.deep.equal(expected.slice(-50));
    expect(new Set(ids).size).to.equal(N);
    // Each row's cells moved with it: the rate shown is its own indicator's.
    for (const r of rows(el).filter((_, k) => k % 997 === 0)) {
      const i = Number(r.getAttribute('data-indicator')!.slice(1)) - 1;
      expect([...r.children].map(text)).to.include(`${rates[i]}%`);
    }
    sortButton().click(); // descending
    await el.updateComplete;
    sortButton().click(); // the printed order again
    await el.updateComplete;
    expect(rows(el)[0]!.getAttribute('data-indicator')).to.equal('k1');
    expect(rows(el)[N - 1]!.getAttribute('data-indicator')).to.equal(`k${N}`);
  });

  it('find-in-page, print and screen readers have every row: all 10,000 names are rendered text, none hidden', () => {
    const all = rows(el);
    const names = all.map((r) => text(r.querySelector('th button.select')));
    expect(names).to.deep.equal(NAMES);
    // Rendered, not skipped: the last row lays out and is visible (no display:none, no content-visibility).
    const last = all.at(-1)!;
    const style = getComputedStyle(last);
    expect([style.display, style.visibility, style.contentVisibility]).to.deep.equal(['table-row', 'visible', 'visible']);
    expect(last.getBoundingClientRect().height).to.be.above(0);
    // In the accessibility tree as a table row whose header is the name.
    expect(last.querySelector('th')!.getAttribute('scope')).to.equal('row');
  });
});
