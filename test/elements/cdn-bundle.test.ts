import { expect } from '@open-wc/testing';
import { until } from '../helpers/wait.js';

/**
 * The CDN bundle on a bare HTML page, served locally: one <script type="module"> line, then the
 * tags, as a city's web editor would paste them. (dist/ is built by the test command first.)
 */
const root = new URL('../../', import.meta.url).href;

function frame(body: string, head = `<script type="module" src="${root}dist/policy-indicators.min.js"></script>`): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '800px';
  iframe.srcdoc = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><base href="${root}">
    <script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));</script>
    ${head}</head><body>${body}</body></html>`;
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
}


describe('CDN bundle (dist/policy-indicators.min.js) on a bare page', () => {
  it('registers the three elements and renders them from src, with no other script', async () => {
    const iframe = await frame(`
      <policy-indicator-table src="data/atsugi-fy2024.json"></policy-indicator-table>
      <target-trend-chart src="data/atsugi-fy2024.json" indicator-id="a01"></target-trend-chart>
      <achievement-badge target="3,550" actual="2176"></achievement-badge>`);
    const doc = iframe.contentDocument!;
    const table = doc.querySelector('policy-indicator-table')!;
    const chart = doc.querySelector('target-trend-chart')!;
    const badge = doc.querySelector('achievement-badge')!;
    await until(() => !!table.shadowRoot?.querySelector('tr.data') && !!chart.shadowRoot?.querySelector('svg.chart') && !!badge.shadowRoot?.querySelector('[part=rate]'));
    expect(iframe.contentWindow!.customElements.get('policy-indicator-table')).to.not.equal(undefined);
    expect(table.shadowRoot!.querySelectorAll('tr.data')).to.have.length(31);
    expect(table.shadowRoot!.querySelector('[part=headline]')!.textContent!.trim()).to.equal('31単位施策');
    expect(badge.shadowRoot!.querySelector('[part=rate]')!.textContent!.trim()).to.equal('61.3%');
    iframe.remove();
  });

  it('reads a Shift_JIS CSV through the bundle (the on-demand CSV reader is inside the one file)', async () => {
    const iframe = await frame(`<policy-indicator-table src="test/fixtures/kpi-sjis.csv"></policy-indicator-table>`);
    const table = iframe.contentDocument!.querySelector('policy-indicator-table')!;
    await until(() => !!table.shadowRoot?.querySelector('tr.data'));
    expect(table.shadowRoot!.querySelector('tr.data')!.textContent).to.contain('61.3%');
    iframe.remove();
  });

  it('loaded twice on one page (two CMS widgets, each with its own script line): no error, the elements work', async () => {
    const twice = [1, 2].map((n) => `<script type="module" src="${root}dist/policy-indicators.min.js?copy=${n}"></script>`).join('');
    const iframe = await frame(`<achievement-badge target="3,550" actual="2176"></achievement-badge>`, twice);
    const badge = iframe.contentDocument!.querySelector('achievement-badge')!;
    await until(() => !!badge.shadowRoot?.querySelector('[part=rate]'));
    await new Promise((r) => setTimeout(r, 200)); // both copies have run
    expect((iframe.contentWindow as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
    expect(badge.shadowRoot!.querySelector('[part=rate]')!.textContent!.trim()).to.equal('61.3%');
    iframe.remove();
  });
});
