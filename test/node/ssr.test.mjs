// Server rendering: the built elements (dist/, as a server imports them) rendered by @lit-labs/ssr in
// Node, and the `render` command that writes them as static HTML, checked against Atsugi's report.
// scripts/test.sh builds dist/ first. test/elements/ssr-hydrate.test.ts shows the output in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { parse } from 'parse5';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { html } from 'lit';
import '../../dist/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const atsugiText = readFileSync(join(root, 'data/atsugi-fy2024.json'), 'utf8');
const atsugi = JSON.parse(atsugiText);

// The figures as the city printed them (test/helpers/atsugi-printed.ts, compiled here from its TypeScript).
const printed = await transform(readFileSync(join(root, 'test/helpers/atsugi-printed.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
const { PRINTED } = await import(`data:text/javascript,${encodeURIComponent(printed.code)}`);

const ssr = async (template) => collectResult(render(template));
const cli = (args, input) => spawnSync(process.execPath, ['bin/policy-indicators.mjs', ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

// ---- reading the HTML as a browser without JavaScript would (parse5; a declarative shadow root is a <template>) ----

const tree = (markup) => parse(`<!doctype html><html><body>${markup}</body></html>`);
const children = (node) => [...(node.childNodes ?? []), ...(node.content ? node.content.childNodes : [])];
function all(node, test, found = []) {
  if (node.tagName && test(node)) found.push(node);
  for (const child of children(node)) all(child, test, found);
  return found;
}
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const hasClass = (node, name) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);
/** Text as rendered: Lit's markers are comments, <style> is not text. */
function text(node) {
  if (node.nodeName === '#text') return node.value;
  if (node.tagName === 'style' || node.tagName === 'script') return '';
  return children(node).map(text).join('');
}
const clean = (node) => text(node).replace(/\s+/g, ' ').trim();
/** The declarative shadow root of a host element. */
function shadow(host) {
  const template = host.childNodes.find((n) => n.tagName === 'template' && attr(n, 'shadowrootmode') === 'open');
  assert.ok(template, `<${host.tagName}> has a declarative shadow root`);
  return template;
}
const first = (node, tag) => all(node, (n) => n.tagName === tag)[0];

function checkTable(markup) {
  const host = first(tree(markup), 'policy-indicator-table');
  const root = shadow(host);
  assert.match(all(root, (n) => n.tagName === 'style')[0]?.childNodes[0]?.value ?? '', /:host/, 'the styles are inline');
  assert.ok(first(root, 'table') && first(root, 'caption'), 'a real table with its caption');
  const rows = all(root, (n) => n.tagName === 'tr' && hasClass(n, 'data'));
  assert.equal(rows.length, 31);
  assert.equal(clean(all(root, (n) => attr(n, 'part') === 'headline')[0]), '31単位施策');
  for (const [no, target, actual, result, rate] of PRINTED) {
    const row = rows.find((r) => attr(r, 'data-indicator') === `a${String(no).padStart(2, '0')}`);
    assert.ok(row, `No. ${no}`);
    const cells = row.childNodes.filter((n) => n.tagName === 'td' || n.tagName === 'th').map(clean);
    assert.equal(cells[0], String(no));
    assert.ok(cells.includes(target), `No. ${no}: target ${target} in ${cells}`);
    assert.ok(cells.includes(actual), `No. ${no}: actual ${actual} in ${cells}`);
    if (rate) assert.ok(cells.includes(rate), `No. ${no}: rate ${rate} in ${cells}`);
    // The judgment is the table's own markup (a mark, not a badge element).
    const label = clean(all(row, (n) => hasClass(n, 'judgment-label'))[0]);
    assert.equal(label, result || '集計中', `No. ${no}: result`);
  }
  return host;
}

function checkChart(markup, sentence) {
  const host = first(tree(markup), 'target-trend-chart');
  const root = shadow(host);
  const chart = all(root, (n) => n.tagName === 'svg' && attr(n, 'part') === 'chart')[0];
  assert.ok(chart, 'the SVG chart');
  assert.match(attr(chart, 'viewBox'), /^0 0 640 \d+$/, 'the default width on the server');
  assert.doesNotMatch(markup, /NaN|undefined/);
  assert.equal(all(chart, (n) => hasClass(n, 'point')).length > 3, true, 'its points');
  for (const path of all(chart, (n) => n.tagName === 'path' && /-line\b/.test(attr(n, 'class') ?? ''))) {
    assert.match(attr(path, 'd'), /^M[\d.]+,[\d.]+/, attr(path, 'class'));
  }
  assert.equal(clean(all(root, (n) => attr(n, 'part') === 'summary')[0]), sentence);
  return host;
}

const A01_SENTENCE = '令和6年度の実績 2,176件は目標 3,550件に対し達成率61.3%（未達成）。令和5年度の2,588件から令和6年度の2,176件へ減少。令和8年度の目標は3,650件。';

function badgeParts(markup) {
  const root = shadow(first(tree(markup), 'achievement-badge'));
  const part = (name) => clean(all(root, (n) => attr(n, 'part') === name)[0] ?? { childNodes: [] });
  return { label: part('label'), rate: part('rate'), name: clean(all(root, (n) => hasClass(n, 'visually-hidden'))[0]) };
}

/** The one <script type="application/json"> child of the host, parsed. */
function embedded(markup, tag) {
  const host = first(tree(markup), tag);
  const scripts = all(host, (n) => n.tagName === 'script');
  assert.equal(scripts.length, 1, 'one script element');
  assert.equal(attr(scripts[0], 'type'), 'application/json');
  assert.ok(host.childNodes.includes(scripts[0]), 'a light-DOM child, where the element reads it');
  return JSON.parse(scripts[0].childNodes.map((n) => n.value).join(''));
}

// ---- @lit-labs/ssr ----

test('<policy-indicator-table> renders on the server: 31 rows with the printed targets, actuals, results and rates', async () => {
  checkTable(await ssr(html`<policy-indicator-table lang="ja" .data=${atsugi}></policy-indicator-table>`));
});

test('<achievement-badge> renders on the server: No. 1 未達成 61.3%, named 「達成率61.3%、未達成」', async () => {
  const parts = badgeParts(await ssr(html`<achievement-badge .data=${atsugi} indicator-id="a01"></achievement-badge>`));
  assert.deepEqual(parts, { label: '未達成', rate: '61.3%', name: '達成率61.3%、未達成' });
  const en = badgeParts(await ssr(html`<achievement-badge lang="en" target="3,550" actual="2176"></achievement-badge>`));
  assert.deepEqual(en, { label: 'Not achieved', rate: '61.3%', name: 'Achievement rate 61.3%, not achieved' });
});

test('<target-trend-chart> renders on the server: the SVG at 640 px, no NaN, and its sentence', async () => {
  checkChart(await ssr(html`<target-trend-chart .data=${atsugi} indicator-id="a01"></target-trend-chart>`), A01_SENTENCE);
  const decreasing = await ssr(html`<target-trend-chart .data=${atsugi} indicator-id="a31" lang="en"></target-trend-chart>`);
  assert.doesNotMatch(decreasing, /NaN/);
  assert.match(decreasing, /aria-label="[^"]*: trend"/);
});

test('on the server nothing throws: bad data, an unknown indicator, src (not fetched) each render a message', async () => {
  const cases = [
    [html`<policy-indicator-table .data=${'not a dataset'}></policy-indicator-table>`, /role="alert"/],
    [html`<policy-indicator-table .data=${{ plan: {}, indicators: [{ id: 1 }] }}></policy-indicator-table>`, /part="problem"/],
    [html`<target-trend-chart .data=${atsugi} indicator-id="nope"></target-trend-chart>`, /part="message"/],
    [html`<achievement-badge actual="abc" target="1"></achievement-badge>`, /読み取れません|problem/],
    [html`<policy-indicator-table src="kpi.json"></policy-indicator-table>`, /part="loading"/],
    [html`<target-trend-chart src="http://[" indicator-id="a01"></target-trend-chart>`, /part="message"/],
    [html`<policy-indicator-table></policy-indicator-table>`, /class="muted"/],
  ];
  for (const [template, expected] of cases) assert.match(await ssr(template), expected);
});

test('with a renderer that calls connectedCallback, the elements touch no document, observer or fetch', async () => {
  const options = () => ({ connectedCallback: true });
  LitElementRenderer.renderOptions.push(options);
  try {
    checkTable(await ssr(html`<policy-indicator-table lang="ja" .data=${atsugi}></policy-indicator-table>`));
    checkChart(await ssr(html`<target-trend-chart .data=${atsugi} indicator-id="a01"></target-trend-chart>`), A01_SENTENCE);
    assert.match(await ssr(html`<achievement-badge src="kpi.json" indicator-id="a01"></achievement-badge>`), /part="loading"/);
  } finally {
    LitElementRenderer.renderOptions.splice(LitElementRenderer.renderOptions.indexOf(options), 1);
  }
});

// ---- npx policy-indicators render ----

test('render (table): static HTML that reads without JavaScript, with the dataset inline for the browser', () => {
  const out = cli(['render', 'data/atsugi-fy2024.json']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /^<policy-indicator-table lang="ja"><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(out.stdout, /<\/policy-indicator-table>\n$/);
  assert.doesNotMatch(out.stdout, /^<!--lit-part/, 'no markers outside the element');
  checkTable(out.stdout);
  assert.deepEqual(embedded(out.stdout, 'policy-indicator-table'), atsugi);
});

test('render (badge, chart): --element badge|chart --indicator a01', () => {
  const badge = cli(['render', 'data/atsugi-fy2024.json', '--element', 'badge', '--indicator', 'a01']);
  assert.equal(badge.status, 0, badge.stderr);
  assert.match(badge.stdout, /^<achievement-badge lang="ja" indicator-id="a01"/);
  assert.deepEqual(badgeParts(badge.stdout), { label: '未達成', rate: '61.3%', name: '達成率61.3%、未達成' });
  assert.deepEqual(embedded(badge.stdout, 'achievement-badge'), atsugi);
  const chart = cli(['render', 'data/atsugi-fy2024.json', '--element', 'chart', '--indicator', 'a01']);
  assert.equal(chart.status, 0, chart.stderr);
  assert.match(chart.stdout, /^<target-trend-chart lang="ja" indicator-id="a01">/);
  checkChart(chart.stdout, A01_SENTENCE);
  assert.deepEqual(embedded(chart.stdout, 'target-trend-chart'), atsugi);
});

test('render: --lang en and --fiscal-year go to the element (for the server and the browser alike)', () => {
  const out = cli(['render', 'data/atsugi-fy2024.json', '--element', 'badge', '--indicator', 'a01', '--lang', 'en', '--fiscal-year', '2024']);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /^<achievement-badge lang="en" indicator-id="a01" fiscal-year="2024"/);
  assert.deepEqual(badgeParts(out.stdout), { label: 'Not achieved', rate: '61.3%', name: 'Achievement rate 61.3%, not achieved' });
  const table = cli(['render', 'data/atsugi-fy2024.json', '--lang', 'en']);
  assert.match(table.stdout, /^<policy-indicator-table lang="en">/);
  assert.match(table.stdout, /<span class="judgment-label">(<!--[^>]*-->)*Not achieved/);
  assert.equal(cli(['render', 'data/atsugi-fy2024.json', '--fiscal-year', 'R6']).status, 2);
});

test('render - reads the dataset from stdin, JSON or CSV, as from a file', () => {
  const fromFile = cli(['render', 'data/atsugi-fy2024.json', '--element', 'chart', '--indicator', 'a01']);
  const fromStdin = cli(['render', '-', '--element', 'chart', '--indicator', 'a01'], atsugiText);
  assert.equal(fromStdin.status, 0, fromStdin.stderr);
  assert.equal(fromStdin.stdout, fromFile.stdout);
  const csv = cli(['render', '-'], readFileSync(join(root, 'test/fixtures/kpi-utf8.csv')));
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /61\.3%/);
});

test('render: a hostile name stays text, and the inline JSON cannot end its script element', () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  try {
    const hostile = {
      plan: { title: 'テスト<!--<script>\u2028</SCRIPT >', publisher: 'テスト市', reportedYear: 2024 },
      indicators: [{ id: 'x1', name: '</script><img src=x onerror=alert(1)>', unit: '件', direction: 'increase', targets: { 2024: 100 }, actuals: { 2024: 50 } }],
    };
    const file = join(dir, 'kpi.json');
    writeFileSync(file, JSON.stringify(hostile));
    for (const [element, tag, extra] of [['table', 'policy-indicator-table', []], ['chart', 'target-trend-chart', ['--indicator', 'x1']]]) {
      const out = cli(['render', file, '--element', element, ...extra]);
      assert.equal(out.status, 0, out.stderr);
      const doc = tree(out.stdout);
      assert.equal(all(doc, (n) => n.tagName === 'img').length, 0, `${element}: no <img> element`);
      assert.deepEqual(embedded(out.stdout, tag), hostile);
      assert.ok(clean(shadow(first(doc, tag))).includes('</script><img src=x onerror=alert(1)>'), `${element}: the name as text`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('render: usage errors exit 2, an unknown indicator exits 1; --help lists render', () => {
  assert.equal(cli(['render', 'data/atsugi-fy2024.json', '--element', 'chart']).status, 2);
  assert.equal(cli(['render', 'data/atsugi-fy2024.json', '--element', 'pie']).status, 2);
  const unknown = cli(['render', 'data/atsugi-fy2024.json', '--element', 'badge', '--indicator', 'zz']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /指標「zz」/);
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /policy-indicators render <file\.json\|file\.csv\|-> \[--element table\|chart\|badge\] \[--indicator ID\] \[--lang en\] \[--fiscal-year 2024\]/);
});
