import { expect } from '@open-wc/testing';
import { openFrame } from '../helpers/frame.js';
import { until } from '../helpers/wait.js';

/**
 * The CDN bundle under the strict policy the README recommends (issue 9, item 8). The test server
 * (test/server/routes.mjs) serves test/fixtures/csp/page.html with the header
 *   Content-Security-Policy: script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
 * The page loads dist/policy-indicators.min.js (built by the test command first) and record.js,
 * which records every `securitypolicyviolation` and reports what rendered and is styled; the same
 * page is also served as page-loader.html with the CDN loader (dist/cdn/) instead, under the same header.
 */
interface CspReport {
  violations: { directive: string; blocked: string; sample: string; source: string; line: number }[];
  elements: Record<string, { rendered: boolean; styled: boolean }>;
  tooltip: { text: string; left: string; top: string; position: string; computedLeft: string } | null;
}
type CspWindow = Window & { cspReport(): CspReport; cspViolations: unknown[] };

/** The same page with the one-file bundle, and with the CDN loader (the test server writes page-loader.html from page.html). */
const PAGES = [
  // [what the page loads, the page, a file it must load, files it must not load]
  ['the one-file bundle', new URL('../fixtures/csp/page.html', import.meta.url).href, /\/dist\/policy-indicators\.min\.js$/, /\/dist\/cdn\//],
  ['the CDN loader, which adds modulepreload links and imports the elements', new URL('../fixtures/csp/page-loader.html', import.meta.url).href, /\/dist\/cdn\/chunks\/table-data-\w+\.js$/, /\/dist\/policy-indicators\.min\.js$/],
] as const;

for (const [bundle, page, script, other] of PAGES) describe(`strict CSP and Trusted Types (${bundle}, on a page served with the policy)`, () => {
  let iframe: HTMLIFrameElement;
  let win: CspWindow;
  const report = () => win.cspReport();
  const allRendered = () => Object.values(report().elements).every((e) => e.rendered);

  before(async () => {
    iframe = await openFrame(page);
    win = iframe.contentWindow as CspWindow;
    await until(() => typeof win.cspReport === 'function' && allRendered(), 10000);
  });
  after(() => iframe.remove());

  it('the page really is served with the policy (an inline style attribute there is blocked and recorded)', async () => {
    const response = await fetch(page, { cache: 'no-store' });
    expect(response.headers.get('content-security-policy')).to.equal(
      "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    // The recorder works: a deliberate violation in a scratch frame with the same policy is seen there.
    const probe = document.createElement('iframe');
    probe.src = page;
    document.body.append(probe);
    await new Promise((r) => probe.addEventListener('load', r, { once: true }));
    const probeWindow = probe.contentWindow as CspWindow;
    const div = probe.contentDocument!.createElement('div');
    div.setAttribute('style', 'color: red');
    probe.contentDocument!.body.append(div);
    expect(() => {
      probe.contentDocument!.body.innerHTML = '<b>x</b>';
    }).to.throw(); // Trusted Types: a string into innerHTML is refused
    await until(() => probeWindow.cspViolations.length >= 2, 3000);
    probe.remove();
  });

  it('all three elements render from a JSON src, a CSV src and inline JSON, styled by their shadow styles', () => {
    const { elements } = report();
    expect(elements).to.deep.equal({
      'chart-json': { rendered: true, styled: true },
      'table-csv': { rendered: true, styled: true },
      'badge-inline': { rendered: true, styled: true },
      'table-inline': { rendered: true, styled: true },
    });
  });

  it('the chart tooltip (a style change under the policy) is placed, and nothing was blocked', async () => {
    const chart = iframe.contentDocument!.getElementById('chart-json')!;
    const point = chart.shadowRoot!.querySelector<SVGGElement>('.point')!;
    point.focus();
    await until(() => !!report().tooltip, 3000);
    const first = report().tooltip!;
    expect(first.text).to.not.equal('');
    expect(first.position).to.equal('absolute');
    expect(first.left).to.match(/%$/);
    expect(first.top).to.match(/%$/);
    // Move to the next point: the style of the tooltip changes again.
    point.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await until(() => report().tooltip?.left !== first.left, 3000);
    expect(report().violations).to.deep.equal([]);
  });

  it(`the page ran ${bundle}`, () => {
    const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded.filter((path) => script.test(path)), loaded.join(' ')).to.have.length(1);
    expect(loaded.filter((path) => other.test(path))).to.deep.equal([]);
  });

  it('zero violations on the whole page', () => {
    expect(report().violations).to.deep.equal([]);
  });
});
