import { expect } from '@open-wc/testing';
import type { CSSResult, CSSResultOrNative } from 'lit';
import { hostStyles } from '../../src/elements/shared/host-styles.js';
import { judgmentTokens } from '../../src/elements/shared/tokens.js';
import { judgmentMarkStyles } from '../../src/elements/shared/judgment-mark.styles.js';
import { messageStyles } from '../../src/elements/shared/message-styles.js';
import { styles as tableStyles } from '../../src/elements/policy-indicator-table/policy-indicator-table.styles.js';
import { styles as chartStyles } from '../../src/elements/target-trend-chart/target-trend-chart.styles.js';
import { styles as badgeStyles } from '../../src/elements/achievement-badge/achievement-badge.styles.js';
import '../../src/elements/achievement-badge/achievement-badge.js';
import type { AchievementBadge } from '../../src/elements/achievement-badge/achievement-badge.component.js';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import '../../src/elements/target-trend-chart/target-trend-chart.js';
import { openFrame } from '../helpers/frame.js';
import { until } from '../helpers/wait.js';

/**
 * The build minifies the CSS inside the elements' css`…` templates (scripts/minify-css.mjs), in
 * dist/ and in the bundles. The browser reads the minified sheets as the same rules: each rule, as
 * Chromium serialises it, equals the rule from the source. (dist/ is built by the test command first.)
 */
const root = new URL('../../', import.meta.url).href;

/**
 * Each rule as Chromium serialises it, with the shorter spellings the minifier writes made the
 * same as ours: `.5em` for `0.5em` (which Chromium keeps as written inside a custom property's
 * `var()` fallback), `font-weight: 400` for `normal` (the same weight, CSS Fonts 4 §2.2), and the
 * white space of a value with `var()` in it, which Chromium keeps as written (line breaks, a space
 * after a comma: the scroller's layered background).
 */
const rules = (sheet: CSSStyleSheet) =>
  [...sheet.cssRules].map((rule) => rule.cssText.replace(/(?<![\d.])0\.(?=\d)/g, '.').replace(/font-weight: normal\b/g, 'font-weight: 400')
    .replace(/\s*,\s*/g, ',').replace(/\s+/g, ' '));
const sheetOf = (style: CSSResultOrNative) => (style instanceof CSSStyleSheet ? style : (style as CSSResult).styleSheet!);

const MODULES: [string, string, CSSResult][] = [
  ['elements/shared/host-styles.js', 'hostStyles', hostStyles],
  ['elements/shared/tokens.js', 'judgmentTokens', judgmentTokens],
  ['elements/shared/judgment-mark.styles.js', 'judgmentMarkStyles', judgmentMarkStyles],
  ['elements/shared/message-styles.js', 'messageStyles', messageStyles],
  ['elements/policy-indicator-table/policy-indicator-table.styles.js', 'styles', tableStyles],
  ['elements/target-trend-chart/target-trend-chart.styles.js', 'styles', chartStyles],
  ['elements/achievement-badge/achievement-badge.styles.js', 'styles', badgeStyles],
];

describe('minified style sheets', () => {
  for (const [path, name, source] of MODULES) {
    it(`dist/${path} is minified and holds the same rules as the source`, async () => {
      const template = async (url: string) => {
        const response = await fetch(url);
        expect(response.ok, `${url} (dist/ is made by npm run build)`).to.equal(true);
        return /css\s*`([^`]*)`/.exec(await response.text())![1]!;
      };
      const minified = await template(`${root}dist/${path}`);
      const written = await template(`${root}src/${path.replace(/\.js$/, '.ts')}`);
      // Minified: no comment and no line break is left inside the template, and it is shorter.
      expect(minified).to.not.include('/*');
      expect(minified.trim()).to.not.include('\n');
      expect(minified.length).to.be.lessThan(written.length * 0.95);
      const built = (await import(/* @vite-ignore */ `${root}dist/${path}`)) as Record<string, CSSResult>;
      const expected = rules(sheetOf(source));
      expect(expected.length).to.be.greaterThan(0);
      expect(rules(sheetOf(built[name]!))).to.deep.equal(expected);
    });
  }

  it('the one-file bundle gives each element the same rules as the source', async () => {
    const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8">
      <script type="module" src="${root}dist/policy-indicators.min.js"></script></head><body></body></html>`;
    const iframe = await openFrame(URL.createObjectURL(new Blob([page], { type: 'text/html' })));
    const registry = iframe.contentWindow!.customElements;
    await until(() => !!registry.get('policy-indicator-table') && !!registry.get('target-trend-chart') && !!registry.get('achievement-badge'));
    for (const tag of ['achievement-badge', 'policy-indicator-table', 'target-trend-chart']) {
      const bundled = registry.get(tag) as unknown as typeof AchievementBadge;
      // The source's classes, defined on this page by the imports above (which finalizes their styles).
      const own = customElements.get(tag) as unknown as typeof AchievementBadge;
      const ours = own.elementStyles.flatMap((s) => rules(sheetOf(s)));
      // The iframe's sheets belong to its document: serialise them there.
      const theirs = bundled.elementStyles.flatMap((s) => rules(sheetOf(s)));
      expect(ours.length, tag).to.be.greaterThan(10);
      expect(theirs, tag).to.deep.equal(ours);
    }
    iframe.remove();
  });
});
