import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import type { PolicyIndicatorTable } from '../../src/elements/policy-indicator-table/policy-indicator-table.js';

/**
 * `npm run bench` compares the table with static HTML made from the element's own output by
 * bench/flatten.js (the shadow roots' markup as plain children, their style sheets rewritten for the
 * light DOM). That comparison is only fair if the static copy is the same table: here every element
 * of it has the computed style of its counterpart in the element, property by property. Sizes that
 * come out of layout are left out (they follow from the rest); so are custom properties, which the
 * rewritten sheets carry as they are.
 */
const LAYOUT_RESULTS = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);

async function flattened(): Promise<{ css: string; html: string }> {
  const source = await (await fetch(new URL('../../bench/flatten.js', import.meta.url))).text();
  return (0, eval)(source) as { css: string; html: string };
}

async function staticCopy(css: string, body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  // The same width as this page, so that the table's container queries answer alike.
  frame.style.cssText = `border: 0; display: block; width: ${document.documentElement.clientWidth}px; height: 600px`;
  const lang = document.documentElement.lang;
  frame.srcdoc = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

function differences(a: Element, b: Element): string[] {
  const sa = getComputedStyle(a);
  const sb = b.ownerDocument.defaultView!.getComputedStyle(b);
  const out: string[] = [];
  for (const p of sa) {
    if (p.startsWith('--') || LAYOUT_RESULTS.has(p)) continue;
    if (sa.getPropertyValue(p) !== sb.getPropertyValue(p)) out.push(`${p}: ${sa.getPropertyValue(p)} ≠ ${sb.getPropertyValue(p)}`);
  }
  return out;
}

for (const layout of ['summary', 'series']) {
  describe(`bench reference: the flattened ${layout} table looks like the element`, function () {
    this.timeout(60000);
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('has the same elements with the same computed styles (Atsugi)', async () => {
      const el = await fixture<PolicyIndicatorTable>(html`<policy-indicator-table layout=${layout} src=${new URL('../../data/atsugi-fy2024.json', import.meta.url).href}></policy-indicator-table>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('tr.data').length).to.be.above(30);
      const { css, html: body } = await flattened();
      frame = await staticCopy(css, body);
      const host = frame.contentDocument!.querySelector('policy-indicator-table')!;
      const skip = (e: Element) => ['style', 'script', 'template', 'slot'].includes(e.localName);
      const ours = [el, ...[...el.shadowRoot!.querySelectorAll('*')].filter((e) => !skip(e))];
      const theirs = [host, ...host.querySelectorAll('*')];
      expect(theirs.map((e) => e.localName)).to.deep.equal(ours.map((e) => e.localName));
      const found: string[] = [];
      ours.forEach((e, i) => {
        const d = differences(e, theirs[i]!);
        if (d.length) found.push(`${e.localName}.${e.getAttribute('class') ?? ''}: ${d.join('; ')}`);
      });
      expect(found.slice(0, 5), `${found.length} elements differ`).to.deep.equal([]);
    });
  });
}
