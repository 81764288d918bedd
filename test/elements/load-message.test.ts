import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { loadErrorSummary, sourceName } from '../../src/elements/shared/load-state.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const TAGS = ['policy-indicator-table', 'target-trend-chart', 'achievement-badge'] as const;
let n = 0;
const missing = () => new URL(`../../data/kpi-missing.json?t=${Date.now()}-${n++}`, import.meta.url).href;

/** An element with a `src` that answers 404, once it has said so. */
async function failing(tag: (typeof TAGS)[number], lang: string): Promise<{ el: HTMLElement; message: string }> {
  const el = document.createElement(tag);
  el.setAttribute('lang', lang);
  el.setAttribute('indicator-id', 'a01');
  const event = new Promise<CustomEvent>((resolve) => el.addEventListener('indicator-error', (e) => resolve(e as CustomEvent), { once: true }));
  el.setAttribute('src', missing());
  document.body.append(el);
  const { detail } = await event;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, message: detail.message };
}

describe('a failing src: one short message, the same in the three elements', () => {
  it('names the file, not the whole URL; its title and indicator-error carry the details', async () => {
    for (const tag of TAGS) {
      const { el, message } = await failing(tag, 'ja');
      try {
        const alerts = el.shadowRoot!.querySelectorAll('[role=alert]');
        expect(alerts.length, tag).to.equal(1);
        const box = alerts[0]!;
        expect(text(box), tag).to.equal('データを読み込めませんでした（404）：kpi-missing.json');
        expect(box.getAttribute('part'), tag).to.equal('message');
        expect(box.classList.contains('pi-message'), tag).to.equal(true);
        expect(box.querySelector('ul, li'), tag).to.equal(null);
        expect(text(box), tag).to.not.contain('http');
        expect(message, tag).to.match(/^データを読み込めませんでした（404 Not Found）：http.*kpi-missing\.json\?t=/);
        expect(box.getAttribute('title'), tag).to.equal(message);
      } finally {
        el.remove();
      }
    }
  });

  it('in English too', async () => {
    for (const tag of TAGS) {
      const { el } = await failing(tag, 'en');
      try {
        expect(text($(el, '[role=alert]')), tag).to.equal('The data could not be loaded (HTTP 404): kpi-missing.json');
      } finally {
        el.remove();
      }
    }
  });

  it('a boxed line in each element (the table and the badge need `messageStyles` in their static styles)', async () => {
    const looks: string[] = [];
    for (const tag of TAGS) {
      const { el } = await failing(tag, 'ja');
      try {
        const style = getComputedStyle($(el, '[role=alert]')!);
        looks.push(`${tag}: ${style.display} ${style.borderTopStyle} ${style.borderTopWidth}`);
        if (tag === 'achievement-badge') {
          // Inline: the box fits in a line of text, where the badge would stand.
          expect(style.display, tag).to.equal('inline-flex');
        }
      } finally {
        el.remove();
      }
    }
    expect(looks).to.deep.equal(TAGS.map((tag) => `${tag}: inline-flex solid 2px`));
  });

  it('file names: the last part of the path, decoded, without query; the host for a bare address; inline JSON in words', () => {
    expect(sourceName('https://example.jp/data/kpi.json?v=3#x', 'ja')).to.equal('kpi.json');
    expect(sourceName('https://example.jp/data/%E6%8C%87%E6%A8%99.csv', 'ja')).to.equal('指標.csv');
    expect(sourceName('https://example.jp/', 'en')).to.equal('example.jp');
    expect(sourceName('inline', 'ja')).to.equal('ページ内のJSON');
    expect(sourceName('inline', 'en')).to.equal('inline JSON');
    expect(sourceName(`https://example.jp/${'a'.repeat(80)}.json`, 'en')).to.have.length(45);
    expect(loadErrorSummary({ kind: 'timeout', source: 'https://example.jp/kpi.json', timeout: 15000 }, 'ja')).to.equal('データを読み込めませんでした（15秒で時間切れ）：kpi.json');
    expect(loadErrorSummary({ kind: 'network', source: 'https://example.jp/kpi.json' }, 'en')).to.equal('The data could not be loaded (network error): kpi.json');
  });
});
