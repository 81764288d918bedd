import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as badgeStories from '../../stories/achievement-badge.stories.js';
import * as tableStories from '../../stories/policy-indicator-table.stories.js';
import * as chartStories from '../../stories/target-trend-chart.stories.js';
import { settle } from '../helpers/settle.js';

/**
 * Every Storybook story as a test: rendered as Storybook renders it (meta and story args, the
 * story's or the meta's render), left to load its data, then checked: it shows something, and
 * axe finds no violation.
 */
type Render = (args: Record<string, unknown>) => TemplateResult;
interface StoryModule {
  default: { title: string; render?: Render; args?: Record<string, unknown> };
  [name: string]: unknown;
}


for (const mod of [badgeStories, tableStories, chartStories] as unknown as StoryModule[]) {
  const meta = mod.default;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default') continue;
      const s = story as { render?: Render; args?: Record<string, unknown> };
      it(`${name} renders and is accessible`, async () => {
        const container = document.createElement('div');
        document.body.append(container);
        try {
          const template = (s.render ?? meta.render)!({ ...meta.args, ...s.args });
          render(template, container);
          await settle(container);
          const shown = [...container.querySelectorAll('*')].filter((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
          expect(shown.length, 'something rendered').to.be.greaterThan(0);
          await expect(container).to.be.accessible();
        } finally {
          container.remove();
        }
      });
    }
  });
}
