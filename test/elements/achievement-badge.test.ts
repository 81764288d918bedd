import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/achievement-badge/achievement-badge.js';
import type { AchievementBadge } from '../../src/elements/achievement-badge/achievement-badge.js';
import { evaluate, validate } from '../../src/core/index.js';
import { doc } from '../helpers/datasets.js';

const visible = (el: AchievementBadge) =>
  [...el.shadowRoot!.querySelectorAll('[part=label], [part=rate]')].map((n) => n.textContent!.trim()).filter(Boolean).join(' ');
const spoken = (el: AchievementBadge) => el.shadowRoot!.querySelector('.visually-hidden')?.textContent?.trim();
const icon = (el: AchievementBadge) => el.shadowRoot!.querySelector('[part=icon]')?.innerHTML ?? '';

describe('<achievement-badge>', () => {
  it('shows 未達成 61.3% for Atsugi No.1 (target 3,550, actual 2,176) and says 達成率61.3%、未達成', async () => {
    const el = await fixture<AchievementBadge>(html`<achievement-badge target="3,550" actual="2176"></achievement-badge>`);
    expect(visible(el)).to.equal('未達成 61.3%');
    expect(spoken(el)).to.equal('達成率61.3%、未達成');
    await expect(el).to.be.accessible();
  });

  it('shows 概ね達成 93.3% (No.3: 14 of 15) and 達成 126.3% (No.26: 202 of 160)', async () => {
    const a = await fixture<AchievementBadge>(html`<achievement-badge target="15" actual="14"></achievement-badge>`);
    expect(visible(a)).to.equal('概ね達成 93.3%');
    const b = await fixture<AchievementBadge>(html`<achievement-badge target="160" actual="202"></achievement-badge>`);
    expect(visible(b)).to.equal('達成 126.3%');
    await expect(a).to.be.accessible();
    await expect(b).to.be.accessible();
  });

  it('shows 集計中 when the actual is being tallied', async () => {
    const el = await fixture<AchievementBadge>(html`<achievement-badge target="30" actual="集計中"></achievement-badge>`);
    expect(visible(el)).to.equal('集計中');
    expect(spoken(el)).to.equal('集計中');
    await expect(el).to.be.accessible();
  });

  it('shows a given grade C with its meaning for screen readers', async () => {
    const el = await fixture<AchievementBadge>(html`<achievement-badge judgment="C" scheme="given-grade"></achievement-badge>`);
    expect(visible(el)).to.equal('C');
    expect(spoken(el)).to.equal('判定C：計画どおりの進捗状況');
    await expect(el).to.be.accessible();
  });

  it('judges a given rate as displayed: 99.95 → 100.0% 達成, never 概ね達成', async () => {
    const el = await fixture<AchievementBadge>(html`<achievement-badge rate="99.95"></achievement-badge>`);
    expect(visible(el)).to.equal('達成 100.0%');
    el.rounding = 'truncate';
    await el.updateComplete;
    expect(visible(el)).to.equal('概ね達成 99.9%');
  });

  it('speaks English with lang="en", and takes lang from an ancestor', async () => {
    const el = await fixture<AchievementBadge>(html`<achievement-badge lang="en" target="3550" actual="2176"></achievement-badge>`);
    expect(visible(el)).to.equal('Not achieved 61.3%');
    expect(spoken(el)).to.equal('Achievement rate 61.3%, not achieved');
    const wrap = await fixture<HTMLElement>(html`<div lang="en-GB"><achievement-badge judgment="D" scheme="given-grade"></achievement-badge></div>`);
    const inner = wrap.querySelector('achievement-badge')!;
    await inner.updateComplete;
    expect(spoken(inner)).to.equal('Grade D: behind plan');
    await expect(el).to.be.accessible();
  });

  it('draws a different shape for each judgment, so colour is never the only cue', async () => {
    const shapes = new Set<string>();
    for (const actual of ['10', '9', '1', '集計中']) {
      const el = await fixture<AchievementBadge>(html`<achievement-badge target="10" actual=${actual}></achievement-badge>`);
      const svg = el.shadowRoot!.querySelector('[part=icon]')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      shapes.add(icon(el));
    }
    expect(shapes.size).to.equal(4);
  });

  it('takes an evaluation row from evaluate()', async () => {
    const { dataset } = validate(doc([{ id: 'i', name: 'n', unit: '件', direction: 'increase', targets: { 2024: 80 }, actuals: { 2024: 23 } }]));
    const row = evaluate(dataset!)[0]!;
    const el = await fixture<AchievementBadge>(html`<achievement-badge .evaluation=${row}></achievement-badge>`);
    expect(visible(el)).to.equal('未達成 28.8%');
  });

  it('handles decrease and target 0 through core', async () => {
    const dec = await fixture<AchievementBadge>(html`<achievement-badge direction="decrease" target="10" actual="20"></achievement-badge>`);
    expect(visible(dec)).to.equal('未達成 50.0%');
    const zero = await fixture<AchievementBadge>(html`<achievement-badge target="0" actual="1"></achievement-badge>`);
    expect(visible(zero)).to.equal('達成');
  });

  it('shows a readable problem and fires indicator-error for unreadable input, without throwing', async () => {
    const el = document.createElement('achievement-badge');
    el.setAttribute('target', '10');
    el.setAttribute('actual', 'abc');
    const event = oneEvent(el, 'indicator-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.problems[0].path).to.equal('actual');
    expect(visible(el)).to.equal('値を読み取れません');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('reflects size and compact; shows — without any input', async () => {
    const el = await fixture<AchievementBadge>(html`<achievement-badge size="small" compact></achievement-badge>`);
    expect(el.size).to.equal('small');
    expect(el.compact).to.equal(true);
    expect(visible(el)).to.equal('—');
    expect(spoken(el)).to.equal('判定なし');
    el.size = 'medium';
    await el.updateComplete;
    expect(el.getAttribute('size')).to.equal('medium');
  });

  it('renders hostile text from attributes as text', async () => {
    const el = await fixture<AchievementBadge>(html`<achievement-badge judgment="<img src=x onerror=alert(1)>"></achievement-badge>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
