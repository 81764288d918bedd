import { expect } from '@open-wc/testing';

type Host = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

/**
 * Until every element rendered under `root` has shown its content: updated at least once and not
 * loading (an element whose first update is still to come has an empty shadow root, which looked
 * settled: run alone, the table's Dark story was measured before it had rendered anything), then
 * a frame and `after` ms more (the chart draws again once its ResizeObserver has measured it).
 */
export async function settle(root: HTMLElement, after = 50): Promise<void> {
  const elements = () => [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-')) as Host[];
  const busy = () => elements().some((el) => !el.shadowRoot || el.hasUpdated !== true || el.shadowRoot.querySelector('[part=loading]'));
  for (let i = 0; i < 200 && busy(); i++) {
    await Promise.all(elements().map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 25));
  }
  expect(busy(), 'every element rendered, none still loading').to.equal(false);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, after)));
}
