import { expect } from '@open-wc/testing';
import { openFrame } from '../helpers/frame.js';
import { until } from '../helpers/wait.js';

/**
 * The CDN loader (dist/cdn/policy-indicators.js, built by the test command first) on a page of its
 * own: it loads only the elements the page uses, and an element added later (a CMS widget, a script)
 * gets its code when it appears.
 */
const page = new URL('../fixtures/cdn/page.html', import.meta.url).href;

type LoaderWindow = Window & typeof globalThis;


const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const scripts = (win: LoaderWindow) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));

describe('the CDN loader (dist/cdn/)', () => {
  let iframe: HTMLIFrameElement;
  let win: LoaderWindow;
  let doc: Document;

  before(async () => {
    iframe = await openFrame(page);
    win = iframe.contentWindow as LoaderWindow;
    doc = iframe.contentDocument!;
    await until(() => !!win.customElements.get('achievement-badge') && text(doc.querySelector('achievement-badge')).includes('61.3'), 10000);
  });
  after(() => iframe.remove());

  it('a page with a badge loads the badge only: 2,176 of 3,550 shows 61.3% 未達成; the table and the chart are not loaded', () => {
    expect(text(doc.querySelector('achievement-badge'))).to.include('61.3').and.include('未達成');
    expect(win.customElements.get('policy-indicator-table')).to.equal(undefined);
    expect(win.customElements.get('target-trend-chart')).to.equal(undefined);
    const loaded = scripts(win);
    expect(loaded).to.include('/dist/cdn/achievement-badge.js');
    expect(loaded.some((p) => /\/(policy-indicator-table|target-trend-chart)\.js$|\/(table|chart)-data-/.test(p)), loaded.join(' ')).to.equal(false);
  });

  it('a table added later is loaded with its data support and shows Atsugi: 31 rows, No.1 at 61.3% 未達成', async () => {
    const table = doc.createElement('policy-indicator-table');
    table.setAttribute('src', new URL('../../data/atsugi-fy2024.json', import.meta.url).href);
    doc.body.append(table);
    await until(() => (table.shadowRoot?.querySelectorAll('tr.data').length ?? 0) === 31, 15000);
    const first = table.shadowRoot!.querySelector('tr.data')!;
    expect(first.textContent).to.include('61.3%').and.include('未達成');
    expect(scripts(win).some((p) => /\/table-data-/.test(p))).to.equal(true);
    expect(win.customElements.get('target-trend-chart')).to.equal(undefined);
    // Its files were asked for at once: a modulepreload link per file, each file once.
    const preloads = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname);
    expect(preloads).to.include('/dist/cdn/policy-indicator-table.js');
    expect(preloads.some((p) => /\/table-data-/.test(p))).to.equal(true);
  });

  it('a chart inside an element added later is found too, and says what it shows', async () => {
    const wrapper = doc.createElement('section');
    wrapper.innerHTML = `<target-trend-chart indicator-id="a01" src="${new URL('../../data/atsugi-fy2024.json', import.meta.url).href}"></target-trend-chart>`;
    doc.body.append(wrapper);
    const chart = wrapper.firstElementChild!;
    await until(() => !!chart.shadowRoot?.querySelector('svg') && text(chart).includes('%'), 15000);
    expect(win.customElements.get('target-trend-chart')).to.not.equal(undefined);
    expect(text(chart)).to.include('61.3');
  });
});
