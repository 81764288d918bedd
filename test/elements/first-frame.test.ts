import { expect } from '@open-wc/testing';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import { html, nothing, render } from 'lit';
import { Markup } from '../../src/elements/shared/markup.js';
import { TextMarkup } from '../../src/elements/policy-indicator-table/text-content.js';
import { loadJson } from '../helpers/datasets.js';
import { until } from '../helpers/wait.js';
import { spyOnFetch } from '../helpers/fetch-spy.js';

/**
 * What makes the first screen of a table come sooner (issue 11), checked by what happens and in
 * which order, not by timing: the request for `src` goes out when the element is connected; the
 * first table already has the layout of its box (narrow or not) and its scroll hint, instead of a
 * second render a frame later; rows are one template each, with data always as text.
 */
let n = 0;
const atsugiUrl = () => new URL(`/data/atsugi-fy2024.json?first-frame=${Date.now()}-${n++}`, location.href).href;
const rows = (el: Element) => el.shadowRoot!.querySelectorAll('tr.data');

/** A table in a box `width` px wide, with a watch on every state its shadow root goes through. */
async function watchedTable(width: number, setup: (el: PolicyIndicatorTable) => void) {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const el = document.createElement('policy-indicator-table') as PolicyIndicatorTable;
  const states: { rows: number; narrow: boolean; hint: boolean }[] = [];
  let hintAtFirstFrame: boolean | undefined;
  const record = () => {
    const table = el.shadowRoot?.querySelector('table');
    if (!table) return;
    const state = { rows: rows(el).length, narrow: table.classList.contains('narrow'), hint: !!el.shadowRoot!.querySelector('.hint.shown') };
    states.push(state);
    // The first frame that shows rows: what it paints is what the page has at its animation frame.
    if (state.rows && states.filter((s) => s.rows).length === 1) requestAnimationFrame(() => (hintAtFirstFrame = !!el.shadowRoot!.querySelector('.hint.shown')));
  };
  setup(el);
  box.append(el);
  new MutationObserver(record).observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  await until(() => rows(el).length === 31 && hintAtFirstFrame !== undefined);
  return { el, box, states, hintAtFirstFrame: hintAtFirstFrame! };
}

describe('the first frame of a table', () => {
  it('requests src when the element is connected: in the same task, before the first frame', async () => {
    const spy = spyOnFetch();
    const asked = () => spy.requests.map((r) => r.url);
    try {
      const el = document.createElement('policy-indicator-table') as PolicyIndicatorTable;
      const src = atsugiUrl();
      el.src = src;
      expect(asked()).to.deep.equal([]);
      const frame = new Promise<string[]>((resolve) => requestAnimationFrame(() => resolve(asked())));
      document.body.append(el);
      // Not from connectedCallback's own stack (see data-source.ts), but a microtask later: by the
      // first frame, the request is out and the loading state rendered.
      expect(asked()).to.deep.equal([]);
      await Promise.resolve();
      await Promise.resolve();
      expect(asked(), 'asked within the microtasks after connecting').to.deep.equal([src]);
      expect(await frame).to.deep.equal([src]);
      await until(() => rows(el).length === 31);
      expect(asked(), 'one request, not a second one at the update').to.deep.equal([src]);
      el.remove();
    } finally {
      spy.restore();
    }
  });

  // With `data`, the first update renders the rows: nothing has measured the box before it.
  it('on a phone-width box, the first table rendered is already the narrow one', async () => {
    const data = await loadJson('atsugi-fy2024');
    const { el, box, states } = await watchedTable(360, (t) => (t.data = data));
    expect(states.filter((s) => s.rows > 0).length).to.be.greaterThan(0);
    // Every state of the table, its first rows included (they may come a frame after its header).
    expect(states.filter((s) => !s.narrow), 'a wide table was rendered first').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('details.more').length).to.equal(31);
    box.remove();
  });

  it('a table wider than its box shows the scroll hint in the first frame with rows, not a frame later', async () => {
    const data = await loadJson('atsugi-fy2024');
    const { el, box, hintAtFirstFrame } = await watchedTable(700, (t) => (t.data = data));
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth, 'the table does overflow this box').to.be.greaterThan(scroller.clientWidth + 1);
    expect(el.shadowRoot!.querySelector('table')!.classList.contains('narrow')).to.equal(false);
    expect(hintAtFirstFrame).to.equal(true);
    box.remove();
  });

  it('a table that fits shows no hint', async () => {
    const data = await loadJson('atsugi-fy2024');
    const { el, box } = await watchedTable(4000, (t) => (t.data = data));
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
    expect(el.shadowRoot!.querySelector('.hint.shown')).to.equal(null);
    box.remove();
  });
});

describe('Markup (a template built for the columns shown)', () => {
  it('gives the same markup the same strings array, so Lit prepares it once', () => {
    const a = new Markup().s('<td class="num">').v('1').s('</td>').done();
    const b = new Markup().s('<td class="num">').v('2').s('</td>').done();
    const c = new Markup().s('<td>').v('1').s('</td>').done();
    expect(a.strings).to.equal(b.strings);
    expect(c.strings).to.not.equal(a.strings);
    expect(Object.prototype.hasOwnProperty.call(a.strings, 'raw')).to.equal(true);
    expect(Object.isFrozen(a.strings)).to.equal(true);
  });

  it('renders values from data as text, in text and in attributes', async () => {
    const data = await loadJson('atsugi-fy2024');
    const evil = '<img src=x onerror="window.__markupXss=1">"><b>太字</b>';
    const indicator = data.indicators[0] as { id: string; name: unknown };
    indicator.name = evil;
    indicator.id = '"><img src=y onerror="window.__markupXss=2">';
    const el = document.createElement('policy-indicator-table') as PolicyIndicatorTable;
    el.data = data;
    document.body.append(el);
    await until(() => rows(el).length === 31);
    await el.updateComplete;
    const first = rows(el)[0]!;
    expect(first.querySelector('img, b')).to.equal(null);
    expect(first.querySelector('button.select')!.textContent!.trim()).to.equal(evil);
    expect(first.getAttribute('data-indicator')).to.equal(indicator.id);
    expect((window as { __markupXss?: number }).__markupXss).to.equal(undefined);
    el.remove();
  });
});

describe('TextMarkup: text as textContent (the kept rows of a table in the browser)', () => {
  /** The markup Lit is given, with the values' places shown as ${}. */
  const markup = (t: Markup) => t.done().strings.join('${}');

  it('binds a text value that is all of an element to its textContent, and nothing else', () => {
    expect(markup(new TextMarkup().s('<td class="num">').v('1').s('</td>'))).to.equal('<td class="num" .textContent=${}></td>');
    // An attribute part inside the tag: the tag is found back across the strings.
    expect(markup(new TextMarkup().s('<button class="select" aria-pressed=').v('true').s('>').v('名前').s('</button>')))
      .to.equal('<button class="select" aria-pressed=${} .textContent=${}></button>');
    // Numbers, nothing, null and undefined are text too (Lit renders them as text or as nothing).
    for (const value of [3550, nothing, null, undefined]) expect(markup(new TextMarkup().s('<td>').v(value).s('</td>'))).to.equal('<td .textContent=${}></td>');
    // Not text, not all of the element, not an element's content: a child, as without the option.
    const asChild = [
      new TextMarkup().s('<td>').v(html`<b>x</b>`).s('</td>'),
      new TextMarkup().s('<td>').v(['a', 'b']).s('</td>'),
      new TextMarkup().s('<td><span>a</span>').v('b').s('</td>'),
      new TextMarkup().s('<td>').v('a').s(' <span>b</span></td>'),
      new TextMarkup().s('<td>a<br>').v('b').s('</td>'),
      new TextMarkup().s('<td>a > ').v('b').s('</td>'),
      new TextMarkup().s('<td><!-- c -->').v('b').s('</td>'),
    ];
    for (const t of asChild) expect(markup(t)).to.not.include('.textContent');
    expect(markup(new Markup().s('<td>').v('1').s('</td>'))).to.equal('<td>${}</td>');
  });

  it('gives a row with a template in a cell another template than a row with text there', () => {
    const row = (value: unknown) => new TextMarkup().s('<td>').v(value).s('</td>').done().strings;
    expect(row('1')).to.equal(row('2'));
    expect(row(html`<i>1</i>`)).to.not.equal(row('1'));
  });

  it('renders the same text as a child part would, as text, with no comment marker in the element, and updates it', () => {
    const box = document.createElement('table');
    const body = box.createTBody();
    const tr = body.insertRow();
    const cells = (a: unknown, b: unknown) => new TextMarkup().s('<td class="num">').v(a).s('</td><td>').v(b).s('</td>').done();
    const evil = '<img src=x onerror="window.__markupXss=3">';
    render(cells('3,550', evil), tr);
    const [first, second] = tr.cells;
    expect(first!.textContent).to.equal('3,550');
    expect(second!.textContent).to.equal(evil);
    expect(second!.querySelector('img')).to.equal(null);
    for (const cell of [first!, second!]) expect([...cell.childNodes].map((c) => c.nodeType)).to.deep.equal([Node.TEXT_NODE]);
    render(cells('3,650', nothing), tr);
    expect(tr.cells[0]).to.equal(first);
    expect(first!.textContent).to.equal('3,650');
    expect(second!.textContent).to.equal('');
    render(cells('3,650', html`<b>太字</b>`), tr);
    expect(tr.cells[1]!.querySelector('b')!.textContent).to.equal('太字');
    expect((window as { __markupXss?: number }).__markupXss).to.equal(undefined);
  });

  for (const layout of ['summary', 'series'] as const) {
    it(`a table's cells and spans that hold one text hold no comment marker (Atsugi, ${layout} layout)`, async () => {
      const data = await loadJson('atsugi-fy2024');
      const el = document.createElement('policy-indicator-table') as PolicyIndicatorTable;
      el.layout = layout;
      el.data = data;
      document.body.append(el);
      // 31 indicators: one row each in the summary layout, a target row and actual rows in the series layout.
      await until(() => rows(el).length >= 31);
      await el.updateComplete;
      let textOnly = 0;
      for (const row of rows(el)) {
        // Note references (「※1」) are templates of their own, as the server renders them: not counted.
        for (const element of row.querySelectorAll(':not(.note-ref, .note-ref *)')) {
          const kinds = [...element.childNodes].map((c) => c.nodeType);
          // One text and nothing else: one value (static text beside a value, as in 「※1」, is a child part).
          if (kinds.includes(Node.ELEMENT_NODE) || kinds.filter((k) => k === Node.TEXT_NODE).length !== 1) continue;
          textOnly++;
          expect(kinds, `${element.localName}.${element.className} in ${row.getAttribute('data-indicator')}`).to.not.include(Node.COMMENT_NODE);
        }
      }
      // Every row has text-only elements (its number, its name's button, its rate …).
      expect(textOnly).to.be.at.least(31 * 3);
      el.remove();
    });
  }
});
