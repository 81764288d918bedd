import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as badgeStories from '../../stories/achievement-badge.stories.js';
import * as tableStories from '../../stories/policy-indicator-table.stories.js';
import * as chartStories from '../../stories/target-trend-chart.stories.js';
import { contrast, luminance, measure, parseColor, type Measurement } from './contrast.js';
import { settle } from '../helpers/settle.js';

/** WCAG 2.2: 1.4.3 (text, AA) and 1.4.11 (lines, marks and borders that carry meaning). */
const TEXT = 4.5;
const GRAPHICS = 3;

describe('WCAG contrast arithmetic', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrast([0, 0, 0, 1], [255, 255, 255, 1])).to.equal(21);
    expect(contrast([26, 26, 26, 1], [26, 26, 26, 1])).to.equal(1);
  });
  it('gives 4.54:1 for #767676 on white (the usual AA boundary grey)', () => {
    expect(contrast(parseColor('rgb(118, 118, 118)')!, [255, 255, 255, 1])).to.be.closeTo(4.54, 0.01);
  });
  it('reads the colour syntaxes Chromium computes', () => {
    expect(parseColor('rgba(0, 0, 0, 0)')).to.deep.equal([0, 0, 0, 0]);
    expect(parseColor('rgb(25 122 75 / 0.5)')).to.deep.equal([25, 122, 75, 0.5]);
    expect(luminance(parseColor('color(srgb 1 1 1)')!)).to.be.closeTo(1, 1e-9);
  });
});

type Story = { render?: () => TemplateResult };
const darkStories = [
  ['achievement-badge', badgeStories.Dark],
  ['policy-indicator-table', tableStories.Dark],
  ['target-trend-chart', chartStories.Dark],
] as unknown as [string, Story][];

describe('the Dark stories are legible', () => {
  for (const [tag, story] of darkStories) {
    it(`${tag}: text ≥ ${TEXT}:1, lines, marks and borders ≥ ${GRAPHICS}:1 against the dark background`, async () => {
      const container = document.createElement('div');
      container.style.width = '1200px';
      document.body.append(container);
      try {
        render(story.render!(), container);
        await settle(container, 100); // the chart's redraw at its measured width
        const measured = measure(container);
        const texts = measured.filter((m) => m.kind === 'text');
        const graphics = measured.filter((m) => m.kind !== 'text');
        // Not vacuous: the story rendered text and drew something, on a dark background.
        expect(texts.length, 'text runs measured').to.be.greaterThan(3);
        expect(graphics.length, 'lines, marks and borders measured').to.be.greaterThan(3);
        expect(luminance(parseColor(getComputedStyle(container.firstElementChild!).backgroundColor)!), 'a dark page').to.be.lessThan(0.05);
        const report = (list: Measurement[]) => list.map((m) => `${m.kind} ${m.what}: ${m.fg} on ${m.bg} = ${m.ratio.toFixed(2)}`).join('\n');
        expect(report(texts.filter((m) => m.ratio < TEXT)), 'text below 4.5:1').to.equal('');
        expect(report(graphics.filter((m) => m.ratio < GRAPHICS)), 'lines, marks and borders below 3:1').to.equal('');
      } finally {
        container.remove();
      }
    });
  }
});
