import { expect } from '@open-wc/testing';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import { Markup } from '../../src/elements/shared/markup.js';
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
