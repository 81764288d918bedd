import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/achievement-badge/achievement-badge.js';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import '../../src/elements/target-trend-chart/target-trend-chart.js';
import type { DatasetDocument } from '../../src/core/dataset-json.js';
import { DATASETS, loadJson } from '../helpers/datasets.js';


/** Han, kana, CJK and full-width punctuation, ㎡ and the like: what an English page must not show in our own words. */
const CJK = /[\u3000-\u30ff\u31f0-\u31ff\u3300-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Baseline labels from the data that our words translate (計画策定時 → "At plan adoption"): they
 * must not appear in English, so they are not counted as data values here.
 */
const TRANSLATED = new Set(['計画策定時', '現状値', '基準値', '策定時', '基準年']);

/** Every string value of a JSON document (not keys), the ones with CJK characters, longest first. */
function dataStrings(json: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (CJK.test(v) && !TRANSLATED.has(v)) out.add(v.trim());
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(json);
  return [...out].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** Text nodes and accessible-name attributes in the element and every shadow root below it (not <style>). */
function texts(root: Element): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      const tag = parent?.localName;
      const cls = parent?.getAttribute('class') ? `.${parent.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
      if (tag !== 'style' && tag !== 'script' && node.textContent!.trim()) out.push({ where: `<${tag}${cls}>`, text: node.textContent! });
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'alt', 'aria-description', 'aria-roledescription', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) out.push({ where: `<${node.localName} ${name}>`, text: value });
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

/** What is left of a text once the data's own strings are taken out. */
function ourWords(text: string, data: string[]): string {
  let rest = text;
  for (const d of data) if (rest.includes(d)) rest = rest.split(d).join(' ');
  return rest;
}

async function settle(els: Element[]) {
  for (const el of els) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 50)); // the chart's first measurement, a frame later
  for (const el of els) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // Badges inside the table and the chart render after their hosts.
  for (const el of els) {
    for (const inner of el.shadowRoot?.querySelectorAll('achievement-badge') ?? []) await (inner as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
}

function leaks(root: Element, data: string[]): string[] {
  return texts(root).filter((t) => CJK.test(ourWords(t.text, data))).map((t) => `${t.where} ${t.text.trim().slice(0, 160)}`);
}

describe('English pages: no Japanese outside data values', () => {
  for (const name of DATASETS) {
    it(`${name}: the table, a chart and a badge for every indicator, in English`, async () => {
      const json: DatasetDocument = await loadJson(name);
      const data = dataStrings(json);
      const ids = (json.indicators as readonly { id: string }[]).map((i) => i.id);
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en" style="width:640px">
        <policy-indicator-table .data=${json}></policy-indicator-table>
        ${ids.map((id) => html`<target-trend-chart .data=${json} indicator-id=${id} show-table></target-trend-chart>
          <achievement-badge .data=${json} indicator-id=${id}></achievement-badge>`)}
      </div>`);
      const els = [...wrap.children];
      await settle(els);
      const found = els.flatMap((el) => leaks(el, data).map((l) => `${el.localName}${el.getAttribute('indicator-id') ? `#${el.getAttribute('indicator-id')}` : ''}: ${l}`));
      expect([...new Set(found)], [...new Set(found)].slice(0, 60).join('\n')).to.deep.equal([]);
    });
  }

  it('the check itself finds our Japanese words in an English page', async () => {
    const el = await fixture<HTMLDivElement>(html`<div lang="en"><p title="目標値">Target 3,550件</p></div>`);
    expect(leaks(el, ['件'])).to.deep.equal(['<p title> 目標値']);
  });
});
