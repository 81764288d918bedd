import { expect } from '@open-wc/testing';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import { loadJson } from '../helpers/datasets.js';
import { PRINTED } from '../helpers/atsugi-printed.js';

/**
 * The table keeps its data rows as elements across renders (row-nodes.ts): sorting and filtering
 * move them, and a row is rendered again only when what it shows changes. A kept row must never
 * show stale content, so every test here drives a table through a change and compares it, row by
 * row and cell by cell, with a new table created directly in the final state.
 */

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr.data')];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The table as a reader meets it: each body's rows, each row's class, id and cell texts. */
function snapshot(el: PolicyIndicatorTable) {
  return [...el.shadowRoot!.querySelectorAll('table > tbody')].map((body) =>
    [...body.querySelectorAll(':scope > tr')].map((tr) => [tr.className.trim(), tr.getAttribute('data-indicator'), ...[...tr.children].map(text)]));
}

const mounted: Element[] = [];
async function table(attrs: { lang?: string; width?: string; data?: unknown } = {}): Promise<PolicyIndicatorTable> {
  const box = document.createElement('div');
  box.style.width = attrs.width ?? '1200px';
  const el = document.createElement('policy-indicator-table');
  if (attrs.lang) el.setAttribute('lang', attrs.lang);
  el.data = (attrs.data ?? (await loadJson('atsugi-fy2024'))) as PolicyIndicatorTable['data'];
  box.append(el);
  document.body.append(box);
  mounted.push(box);
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

const sortButton = (el: Element, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.sort')].find((b) => text(b).startsWith(label))!;

describe('<policy-indicator-table> keeps its rows across renders', function () {
  this.timeout(30000);
  afterEach(() => mounted.splice(0).forEach((n) => n.remove()));

  it('sorting moves the same row elements, each with its own cells, and the printed order comes back exactly', async () => {
    const el = await table();
    const before = snapshot(el);
    const byId = new Map(rows(el).map((tr) => [tr.getAttribute('data-indicator'), tr]));
    expect(byId.size).to.equal(PRINTED.length);

    sortButton(el, '達成率').click();
    await el.updateComplete;
    const sorted = rows(el);
    // The same elements, moved: none was built again.
    expect(sorted.every((tr) => byId.get(tr.getAttribute('data-indicator')) === tr)).to.equal(true);
    // Ordered by the printed rate, the rows without a rate (集計中) last.
    const rates = sorted.map((tr) => PRINTED.find(([no]) => String(no) === text(tr.children[0]))![4]);
    const numbers = rates.filter(Boolean).map((r) => Number(r.replace('%', '')));
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
    expect(rates.slice(numbers.length)).to.deep.equal(['', '', '']);
    // Each row still shows its own indicator's printed actual and result.
    for (const tr of sorted) {
      const printed = PRINTED.find(([no]) => String(no) === text(tr.children[0]))!;
      const cells = [...tr.children].map(text);
      expect(cells).to.include(printed[2]);
      // The report leaves the result of a 集計中 actual blank; the table says 集計中 there too.
      expect(text(tr.querySelector('.judgment-label'))).to.equal(printed[3] || '集計中');
    }

    sortButton(el, '達成率').click(); // descending
    await el.updateComplete;
    sortButton(el, '達成率').click(); // the printed order, with its groups
    await el.updateComplete;
    expect(snapshot(el)).to.deep.equal(before);
    expect(el.shadowRoot!.querySelectorAll('tr.group').length).to.be.above(0);
  });

  it('a filter and back shows exactly what the table showed before, with the same rows', async () => {
    const el = await table();
    const before = snapshot(el);
    const first = rows(el)[0];
    const notAchieved = PRINTED.filter((p) => p[3] === '未達成').map(([no]) => String(no));
    const filters = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.filter')];
    filters.find((b) => text(b).startsWith('未達成'))!.click();
    await el.updateComplete;
    expect(rows(el).map((tr) => text(tr.children[0]))).to.deep.equal(notAchieved);
    filters.at(-1)!.click(); // すべて
    await el.updateComplete;
    expect(snapshot(el)).to.deep.equal(before);
    expect(rows(el)[0]).to.equal(first);
  });

  it('selecting a row renders that row again and leaves the others as they are', async () => {
    const el = await table();
    const [a, b] = rows(el);
    const bRate = b!.querySelector('td:last-child')!.firstChild;
    a!.querySelector<HTMLButtonElement>('button.select')!.click();
    await el.updateComplete;
    expect(a!.className.split(/\s+/)).to.include('selected');
    expect(a!.querySelector('button.select')!.getAttribute('aria-pressed')).to.equal('true');
    expect(b!.className.split(/\s+/)).not.to.include('selected');
    expect(b!.querySelector('td:last-child')!.firstChild, 'an unselected row was rendered again').to.equal(bRate);
    b!.querySelector<HTMLButtonElement>('button.select')!.click();
    await el.updateComplete;
    expect(a!.className.split(/\s+/)).not.to.include('selected');
    expect(a!.querySelector('button.select')!.getAttribute('aria-pressed')).to.equal('false');
    expect(b!.className.split(/\s+/)).to.include('selected');
  });

  it('after a change of language the rows read as a table made in that language', async () => {
    const el = await table();
    sortButton(el, '達成率').click();
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    sortButton(el, 'Rate').click(); // descending
    await el.updateComplete;
    sortButton(el, 'Rate').click(); // printed order
    await el.updateComplete;
    const fresh = await table({ lang: 'en' });
    expect(snapshot(el)).to.deep.equal(snapshot(fresh));
    expect(text(rows(el)[0]!.querySelector('.judgment-label'))).to.equal('Not achieved');
  });

  it('new data replaces every row: nothing of the old data stays', async () => {
    const el = await table();
    const changed = await loadJson('atsugi-fy2024');
    const indicators = (changed as unknown as { indicators: { name: unknown; actuals: Record<string, unknown> }[] }).indicators;
    // Indicator 1 now meets its target (3,550件): 達成 100.0% instead of 未達成 61.3%.
    indicators[0]!.actuals['2024'] = 3550;
    changed.indicators = indicators.slice(0, 20) as typeof changed.indicators;
    el.data = structuredClone(changed);
    await el.updateComplete;
    const fresh = await table({ data: structuredClone(changed) });
    expect(snapshot(el)).to.deep.equal(snapshot(fresh));
    expect(rows(el)).to.have.length(20);
    const first = [...rows(el)[0]!.children].map(text);
    expect(first).to.include('3,550件');
    expect(first).to.include('100.0%');
    expect(text(rows(el)[0]!.querySelector('.judgment-label'))).to.equal('達成');
  });

  it('narrow and wide again: each time the rows are those of a table made at that width', async () => {
    const el = await table();
    const wide = snapshot(el);
    const box = el.parentElement!;
    box.style.width = '360px';
    for (let i = 0; i < 20 && !el.shadowRoot!.querySelector('table.narrow'); i++) await frame();
    await el.updateComplete;
    const fresh = await table({ width: '360px' });
    expect(fresh.shadowRoot!.querySelector('table.narrow')).to.not.equal(null);
    expect(snapshot(el)).to.deep.equal(snapshot(fresh));
    expect(el.shadowRoot!.querySelectorAll('tr.data details.more').length).to.be.above(0);
    box.style.width = '1200px';
    for (let i = 0; i < 20 && el.shadowRoot!.querySelector('table.narrow'); i++) await frame();
    await el.updateComplete;
    expect(snapshot(el)).to.deep.equal(wide);
  });
});
