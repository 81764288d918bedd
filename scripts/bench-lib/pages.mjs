// The HTML pages of `npm run bench`, written into the run's temporary directory (served at /run/).
// Both sides of a comparison get the same document shell (lang="ja", no page CSS but what the
// comparison needs, the same viewport): only the table or the charts differ.
//
// URLs: /run/... is the temporary directory (pages, datasets, a snapshot of dist/), /repo/... the
// repository (node_modules/chart.js, bench/*.js).

const shell = ({ title, head = '', body }) => `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

/**
 * The script line of the element pages, as the README's first line gives it: the one-file CDN bundle
 * (a copy of dist/ taken at the start of the run). BENCH_BUNDLE=loader measures the CDN loader
 * (dist/cdn/policy-indicators.js, which loads the element's files when it finds the tag) instead.
 */
export const CDN_BUNDLE = process.env.BENCH_BUNDLE === 'loader' ? '/run/dist/cdn/policy-indicators.js' : '/run/dist/policy-indicators.min.js';
const script = (src) => `<script type="module" src="${src}"></script>`;
const BUNDLE = script(CDN_BUNDLE);

/** An empty page: the memory and listener baseline. */
export const emptyPage = () => shell({ title: 'empty', body: '' });

/**
 * <policy-indicator-table> loading its dataset from `src`; `bundle`: another build of the package
 * (profiling); `attributes`: more of the element's attributes (`layout="series"`).
 */
export const elementTablePage = (src, bundle = CDN_BUNDLE, attributes = '') => shell({
  title: 'element table',
  head: script(bundle),
  body: `<policy-indicator-table src="${src}"${attributes ? ` ${attributes}` : ''}></policy-indicator-table>`,
});

/**
 * A table rendered on the server (`policy-indicators render`: declarative shadow DOM, the dataset
 * inline), taken over by the hydrate bundle, as the README's server rendering section gives it.
 */
export const serverRenderedTablePage = (fragment) => shell({
  title: 'server-rendered table',
  head: script('/run/dist/policy-indicators.hydrate.min.js'),
  body: fragment,
});

/** The flattened table (bench/flatten.js) as static HTML: no script at all. */
export const staticTablePage = ({ css, html }) => shell({
  title: 'static table',
  head: `<style>\n${css}\n</style>`,
  body: html,
});

const CHART_CSS = `<style>
  .cell { width: 640px; margin: 0 0 16px; }
  .cell figure { margin: 0; }
  .cell .canvas { position: relative; height: 320px; }
</style>`;

/** `ids.length` <target-trend-chart> elements (640 px wide: their own default height is 320 px). */
export const elementChartPage = (src, ids) => shell({
  title: 'element charts',
  head: `${BUNDLE}\n${CHART_CSS}`,
  body: ids.map((id) => `<div class="cell"><target-trend-chart src="${src}" indicator-id="${id}"></target-trend-chart></div>`).join('\n'),
});

/** The same charts with Chart.js 4 (canvas, 640 × 320), drawn by bench/chartjs-page.js. */
export const chartJsPage = (src, ids) => shell({
  title: 'Chart.js charts',
  head: `<script defer src="/repo/node_modules/chart.js/dist/chart.umd.js"></script>
<script defer src="/repo/bench/chartjs-page.js"></script>
${CHART_CSS}`,
  body: `<main id="charts" data-src="${src}" data-ids="${ids.join(' ')}"></main>`,
});
