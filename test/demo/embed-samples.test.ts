import { expect } from '@open-wc/testing';
import { closeAll, open, settle, text } from './frame.js';

/**
 * The embed page shows exactly what each code sample says: the shown code, read as HTML, has the
 * same elements with the same attributes as what the section renders, and a section renders no
 * element of ours outside its sample.
 */
const TAGS = 'policy-indicator-table, achievement-badge, target-trend-chart';

type Shape = [tag: string, attributes: Record<string, string>];
const shape = (root: ParentNode): Shape[] =>
  [...root.querySelectorAll('*')].map((el) => [el.localName, Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))]);

/** Attributes an element writes itself (Lit's `reflect: true`), e.g. the badge's size="medium". */
function reflected(win: Window, tag: string): Set<string> {
  const ctor = win.customElements.get(tag) as unknown as { elementProperties?: Map<string, { reflect?: boolean; attribute?: string | boolean }> } | undefined;
  const names = new Set<string>();
  for (const [name, options] of ctor?.elementProperties ?? []) {
    if (options.reflect) names.add(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase());
  }
  return names;
}

afterEach(closeAll);

describe('embed page: each section renders exactly its code sample', () => {
  it('the shown code and the rendered elements have the same tags and attributes', async () => {
    const { doc, win } = await open('demo/embed.html');
    await settle(doc);
    const sections = [...doc.querySelectorAll('main section')];
    expect(sections.map((s) => s.id)).to.deep.equal(['by-src', 'badge', 'inline', 'property', 'csv']);
    for (const section of sections) {
      const codes = section.querySelectorAll('pre:not(.command) code');
      const outputs = section.querySelectorAll('[data-sample-output]');
      expect(codes, section.id).to.have.length(1);
      expect(outputs, section.id).to.have.length(1);
      // Read the shown text as HTML (our own test's parse of our own sample).
      const shown = document.createElement('template');
      shown.innerHTML = codes[0]!.textContent!;
      const expected = shape(shown.content);
      const rendered = shape(outputs[0]!);
      expect(rendered.map(([tag]) => tag), section.id).to.deep.equal(expected.map(([tag]) => tag));
      rendered.forEach(([tag, attributes], i) => {
        const sample = expected[i]![1];
        for (const [name, value] of Object.entries(sample)) expect(attributes[name], `${section.id} <${tag} ${name}>`).to.equal(value);
        const extra = Object.keys(attributes).filter((name) => !(name in sample) && !reflected(win, tag).has(name));
        expect(extra, `${section.id} <${tag}> attributes not in the sample`).to.deep.equal([]);
      });
      // The sample's inline JSON and script are the ones that ran.
      const code = (root: ParentNode) => [...root.querySelectorAll('script')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
      expect(code(outputs[0]!), section.id).to.deep.equal(code(shown.content));
      // Nothing of ours outside the sample: no badge or filtered table the code does not show.
      const ours = [...section.querySelectorAll(TAGS)];
      expect(ours.length, section.id).to.be.greaterThan(0);
      expect(ours.every((el) => outputs[0]!.contains(el)), `${section.id}: every element inside the sample's output`).to.equal(true);
    }
  });

  it('each sample renders: the whole Atsugi table (no filter), one badge, inline JSON, data by property, the Shift_JIS CSV', async () => {
    const { doc } = await open('demo/embed.html');
    await settle(doc);
    const [bySrc, inline, csv] = [...doc.querySelectorAll('policy-indicator-table')];
    expect(bySrc!.shadowRoot!.querySelectorAll('tr.data')).to.have.length(31);
    expect(bySrc!.hasAttribute('filter')).to.equal(false);
    expect(text(doc.querySelector('#badge achievement-badge')!.shadowRoot!)).to.contain('90.0%');
    expect(inline!.shadowRoot!.textContent).to.contain('110.3%'); // LED ratio
    expect(csv!.shadowRoot!.textContent).to.contain('126.3%');
    const chart = doc.getElementById('by-property')!;
    const start = performance.now();
    while (!chart.shadowRoot?.querySelector('svg.chart') && performance.now() - start < 10000) await new Promise((r) => setTimeout(r, 25));
    expect(chart.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('164.0%');
  });

  it('the code is shown as text, labelled, in both languages', async () => {
    for (const [path, labels] of [['demo/embed.html', ['コード', '表示']], ['demo/embed.html?lang=en', ['Code', 'Result']]] as const) {
      const { doc } = await open(path);
      const code = doc.querySelector('#by-src pre code')!;
      expect(code.children, 'no markup inside the code').to.have.length(0);
      expect(code.textContent).to.equal('<policy-indicator-table src="../data/atsugi-fy2024.json"></policy-indicator-table>');
      expect([...doc.querySelectorAll('#by-src .sample-label')].map(text)).to.deep.equal(labels);
      closeAll();
    }
  });
});
