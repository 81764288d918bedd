/**
 * The CDN loader, `dist/cdn/policy-indicators.js`: one script line for a plain HTML page, which loads
 * only the elements the page uses. It defines nothing itself; when one of the three tags is in the
 * document (now, or added later by a CMS widget or a script), it imports that element's code from the
 * files beside it (`dist/cdn/`), with the element's data support (validation, the view model) for the
 * table and the chart, which always have data to show. A page with one badge downloads the badge;
 * a page with a table, the table.
 *
 * Elements inside another component's shadow root are not seen from the document: call
 * `discover(shadowRoot)` for such a root, or import the element's own file
 * (`dist/cdn/policy-indicator-table.js` …), which defines its tag at once. For one file that holds
 * everything (to upload to a CMS that takes single files), use `dist/policy-indicators.min.js`.
 */

/** Loads each tag's code: the element, and for the table and the chart their data support alongside. */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'achievement-badge': () => import('./elements/achievement-badge/achievement-badge.js'),
  'policy-indicator-table': () =>
    Promise.all([import('./elements/policy-indicator-table/policy-indicator-table.js'), import('./elements/policy-indicator-table/table-data.js')]),
  'target-trend-chart': () =>
    Promise.all([import('./elements/target-trend-chart/target-trend-chart.js'), import('./elements/target-trend-chart/chart-data.js')]),
};

/**
 * Each tag's files (its own, the chunks they import, the data support), written in by the build
 * (scripts/build.mjs), so that all of them are requested at once rather than one import at a time.
 */
declare const __CDN_PRELOAD__: string | undefined;

function preload(tag: string): void {
  const files = typeof __CDN_PRELOAD__ === 'undefined' ? [] : ((JSON.parse(__CDN_PRELOAD__) as Record<string, string[]>)[tag] ?? []);
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, import.meta.url).href;
    document.head.append(link);
  }
}

const TAGS = Object.keys(LOADERS);
const SELECTOR = TAGS.join(',');
const loading = new Map<string, Promise<unknown>>();

/** Loads the code of one tag (once per page); resolves when the tag is defined. A failed load is tried again on the next call. */
export function load(tag: string): Promise<unknown> {
  const loader = LOADERS[tag];
  if (!loader) return Promise.reject(new Error(`policy-indicators: no element <${tag}>`));
  let promise = loading.get(tag);
  if (!promise) {
    preload(tag);
    promise = loader().catch((e: unknown) => {
      loading.delete(tag);
      console.error(`policy-indicators: could not load <${tag}>`, e);
      throw e;
    });
    loading.set(tag, promise);
  }
  return promise;
}

/** Loads the code of every element under `root` (the document by default, or a shadow root) not yet defined. */
export function discover(root: ParentNode = document): Promise<unknown[]> {
  const found = new Set<string>();
  if (root instanceof Element && TAGS.includes(root.localName)) found.add(root.localName);
  for (const el of root.querySelectorAll(SELECTOR)) found.add(el.localName);
  return Promise.all([...found].filter((tag) => !customElements.get(tag)).map((tag) => load(tag).catch(() => undefined)));
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  void discover();
  // Elements added later: a CMS widget, a page's own script, a single-page app's next view.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
    // Every tag defined: nothing more to watch for.
    if (TAGS.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
