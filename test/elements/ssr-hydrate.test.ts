import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { PRINTED } from '../helpers/atsugi-printed.js';
import { until } from '../helpers/wait.js';

/**
 * What `npx policy-indicators render` prints, published as a city would (test/server/ssr-routes.mjs
 * serves it as /__ssr/page.html with the README's script line): read with JavaScript disabled
 * (a sandboxed iframe without allow-scripts still attaches declarative shadow roots), then with the
 * hydrate bundle, which must take over the server's DOM without a mismatch and stay interactive.
 */
interface FrameWindow extends Window {
  Element: typeof Element;
  __errors?: string[];
  __serverRow?: Element | null;
}

const A01_SENTENCE = '令和6年度の実績 2,176件は目標 3,550件に対し達成率61.3%（未達成）。令和5年度の2,588件から令和6年度の2,176件へ減少。令和8年度の目標は3,650件。';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (host: Element, sel: string) => host.shadowRoot!.querySelector(sel);
const $$ = (host: Element, sel: string) => [...host.shadowRoot!.querySelectorAll(sel)];
/** The judgment's text: of an <achievement-badge>, or of a table row's mark (the table's own markup). */
const label = (badge: Element | null) =>
  text(badge?.shadowRoot ? badge.shadowRoot.querySelector('[part=label]') : badge?.querySelector('.judgment-label'));

function frame(query: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '800px';
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.src = `/__ssr/page.html?${query}`;
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
}

const elements = (iframe: HTMLIFrameElement) => {
  const doc = iframe.contentDocument!;
  return {
    win: iframe.contentWindow as FrameWindow,
    table: doc.querySelector('policy-indicator-table')!,
    chart: doc.querySelector('target-trend-chart')!,
    badge: doc.querySelector('achievement-badge')!,
  };
};

/** Every Lit element of the frame, nested ones included, has finished its first update (hydration). */
async function hydrated(iframe: HTMLIFrameElement): Promise<void> {
  const { table, chart, badge } = elements(iframe);
  const hosts = () => [table, chart, badge, ...$$(chart, 'achievement-badge')] as LitElement[];
  await until(() => hosts().every((el) => el.hasUpdated === true));
  for (const el of hosts()) await el.updateComplete;
}

function expectPrintedRows(table: Element): void {
  const rows = $$(table, 'tr.data');
  expect(rows).to.have.length(31);
  for (const [no, target, actual, result, rate] of PRINTED) {
    const row = $(table, `tr[data-indicator="a${String(no).padStart(2, '0')}"]`)!;
    expect(row.checkVisibility(), `No. ${no} visible`).to.equal(true);
    const cells = [...row.children];
    const shown = cells.filter((c) => c.checkVisibility()).map(text);
    expect(shown[0], `No. ${no}`).to.equal(String(no));
    expect(shown, `No. ${no}`).to.include(target);
    expect(shown, `No. ${no}`).to.include(actual);
    if (rate) expect(shown, `No. ${no}`).to.include(rate);
    expect(label(row.querySelector('[part=judgment]')), `No. ${no}`).to.equal(result || '集計中');
  }
}

describe('server-rendered HTML (npx policy-indicators render)', () => {
  it('reads with JavaScript disabled: Atsugi\'s 31 rows and printed rates, the chart\'s SVG and sentence, the badge', async () => {
    const iframe = await frame('bundle=hydrate', 'allow-same-origin');
    const { win, table, chart, badge } = elements(iframe);
    expect(win.__errors, 'no script ran').to.equal(undefined);
    expect(win.customElements.get('policy-indicator-table'), 'no element is defined').to.equal(undefined);
    expectPrintedRows(table);
    expect(text($(table, '[part=headline]'))).to.equal('31単位施策');
    expect(text($(table, 'caption'))).to.not.equal('');
    // The inline styles apply: the sticky name column, the hidden status line.
    expect(getComputedStyle($(table, 'thead .sticky')!).position).to.equal('sticky');
    expect($(table, '.status.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
    const svg = $(chart, 'svg.chart')!;
    expect(svg.getBoundingClientRect().width).to.be.above(300);
    expect(svg.getAttribute('viewBox')).to.match(/^0 0 640 \d+$/);
    expect($$(chart, '.point').length).to.be.above(3);
    expect(text($(chart, '[part=summary]'))).to.equal(A01_SENTENCE);
    expect(label(badge)).to.equal('未達成');
    expect(text($(badge, '[part=rate]'))).to.equal('61.3%');
    iframe.remove();
  });

  it('hydrates with the hydrate bundle: the server\'s nodes kept, no error or mismatch, then sorting, the chart\'s width and its table work', async () => {
    const iframe = await frame('bundle=hydrate');
    const { win, table, chart, badge } = elements(iframe);
    await hydrated(iframe);
    expect(win.__errors).to.deep.equal([]);
    // Hydrated, not rendered again: the row the server wrote is the one in the table now.
    expect(win.__serverRow).to.be.instanceOf(win.Element);
    expect(win.__serverRow!.isConnected).to.equal(true);
    expect($(table, 'tr.data')).to.equal(win.__serverRow);
    expectPrintedRows(table);
    expect(label(badge)).to.equal('未達成');

    // Interactive: sort by rate, ascending: No. 31 (5.9%) first. The rows move through the hydrated
    // template instances, so a cell the server left empty (集計中 has no rate) now shows another row's text.
    const rowTexts = () => Object.fromEntries($$(table, 'tr.data').map((r) => [r.getAttribute('data-indicator')!, text(r)]));
    const before = rowTexts();
    const rateSort = $$(table, 'button.sort').find((b) => text(b).startsWith('達成率'))! as HTMLButtonElement;
    rateSort.click();
    await (table as LitElement).updateComplete;
    expect($(table, 'tr.data')!.getAttribute('data-indicator')).to.equal('a31');
    expect($$(table, 'tr.data').map((r) => r.getAttribute('data-indicator'))).to.not.deep.equal(Object.keys(before));
    expect(rateSort.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowTexts()).to.deep.equal(before);
    expectPrintedRows(table);
    expect(text($(table, '[role=status]'))).to.equal('達成率 R6の昇順で並べ替えました');

    // After hydration the rows are kept as elements: sorting again moves them, descending now
    // (the printed rates in falling order, No. 8's 180.0% first), each row the same element with its own text.
    const rowElements = new Map($$(table, 'tr.data').map((r) => [r.getAttribute('data-indicator')!, r]));
    rateSort.click();
    await (table as LitElement).updateComplete;
    expect(rateSort.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    const moved = $$(table, 'tr.data');
    const printedRate = new Map(PRINTED.map(([no, , , , rate]) => [`a${String(no).padStart(2, '0')}`, rate]));
    const rates = moved.map((r) => printedRate.get(r.getAttribute('data-indicator')!)!).filter((rate) => rate !== '').map(parseFloat);
    expect(moved[0]!.getAttribute('data-indicator')).to.equal('a08');
    expect(rates).to.have.length(28);
    expect(rates).to.deep.equal([...rates].sort((x, y) => y - x));
    expect(moved).to.have.length(31);
    for (const row of moved) expect(row, row.getAttribute('data-indicator')!).to.equal(rowElements.get(row.getAttribute('data-indicator')!));
    expect(rowTexts()).to.deep.equal(before);
    expectPrintedRows(table);

    // The chart measures itself after hydration and redraws at its width; its table opens.
    await until(() => $(chart, 'svg.chart')!.getAttribute('viewBox')!.split(' ')[2] !== '640');
    const width = Number($(chart, 'svg.chart')!.getAttribute('viewBox')!.split(' ')[2]);
    expect(Math.abs(width - chart.getBoundingClientRect().width)).to.be.at.most(2);
    expect(text($(chart, '[part=summary]'))).to.equal(A01_SENTENCE);
    ($(chart, '[part=table-toggle]') as HTMLButtonElement).click();
    await (chart as LitElement).updateComplete;
    expect($$(chart, '[part=table] tbody tr').length).to.be.above(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__errors).to.deep.equal([]);
    iframe.remove();
  });

  it('hydrates when the bundle runs before the page is parsed (loaded async, the inline data still to come): it waits for the data, no mismatch, the server\'s rows kept', async () => {
    const iframe = await frame('bundle=hydrate&stream=1');
    const { win, table, badge } = elements(iframe);
    await hydrated(iframe);
    expect(win.__errors).to.deep.equal([]);
    expect($(table, 'tr.data')).to.equal(win.__serverRow);
    expectPrintedRows(table);
    expect(label(badge)).to.equal('未達成');
    iframe.remove();
  });

  it('inline JSON as `embed` writes it, the bundle running while only half of the JSON has come: no error shown or reported, then the whole table', async () => {
    const iframe = await frame('bundle=plain&variant=embed&stream=1&cut=json-middle');
    const { win, table } = elements(iframe);
    await until(() => (table as LitElement).hasUpdated && $$(table, 'tr.data').length === 31);
    await (table as LitElement).updateComplete;
    expectPrintedRows(table);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__errors).to.deep.equal([]);
    expect((win as FrameWindow & { __alerts: string[] }).__alerts).to.deep.equal([]);
    iframe.remove();
  });

  it('a page whose browser render differs from the server\'s (inline data left out) reports a hydration mismatch', async () => {
    const iframe = await frame('bundle=hydrate&variant=no-data');
    const { win } = elements(iframe);
    await until(() => (win.__errors ?? []).some((e) => /Hydration value mismatch/.test(e)));
    iframe.remove();
  });

  it('with the plain CDN bundle instead, the elements render again from the inline data, without error', async () => {
    const iframe = await frame('bundle=plain');
    const { win, table, badge } = elements(iframe);
    await until(() => (table as LitElement).hasUpdated && (badge as LitElement).hasUpdated && $$(table, 'tr.data').length === 31);
    await until(() => $$(table, '[part=judgment]').every((b) => label(b) !== ''));
    expect(win.__serverRow!.isConnected, 'rendered again, not hydrated').to.equal(false);
    expectPrintedRows(table);
    expect(win.__errors).to.deep.equal([]);
    iframe.remove();
  });
});

describe('server-rendered HTML under a strict Content-Security-Policy (style-src without unsafe-inline)', () => {
  /** With JavaScript off, whether the inline styles applied: the status line is visually hidden, the name column sticky. */
  const styled = (table: Element) =>
    $(table, '.status.visually-hidden')!.getBoundingClientRect().width <= 1 && getComputedStyle($(table, 'thead .sticky')!).position === 'sticky';

  it("with style-src 'self' alone the inline styles are blocked (why `render --csp` and `--nonce` exist)", async () => {
    const iframe = await frame('csp=strict', 'allow-same-origin');
    expect(styled(elements(iframe).table)).to.equal(false);
    iframe.remove();
  });

  for (const csp of ['hash', 'nonce']) {
    it(`with the ${csp === 'hash' ? "hashes `render --csp` prints" : 'nonce of `render --nonce`'}: styled with JavaScript off, hydrated with no violation`, async () => {
      const off = await frame(`csp=${csp}`, 'allow-same-origin');
      expect(styled(elements(off).table)).to.equal(true);
      expectPrintedRows(elements(off).table);
      off.remove();

      const on = await frame(`csp=${csp}`);
      await hydrated(on);
      const { win, table, badge } = elements(on);
      expect(styled(table)).to.equal(true);
      expect(label(badge)).to.equal('未達成');
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__errors).to.deep.equal([]);
      on.remove();
    });
  }
});
