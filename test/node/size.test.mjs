import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENTRIES, measure, readmeTable, README_MARKERS } from '../../scripts/size-lib.mjs';

for (const entry of ENTRIES) {
  test(`${entry.name} stays within ${entry.budget} bytes min+gzip`, async () => {
    const m = await measure(entry);
    assert.ok(m.gzip > 0);
    assert.ok(m.gzip <= entry.budget, `${m.gzip} bytes > budget ${entry.budget}`);
  });
}

test('d3 tree-shakes: the chart takes only the line from d3-shape and the scales it uses (pinned versions, see README)', async () => {
  const chart = await measure(ENTRIES.find((e) => e.name.startsWith('<target-trend-chart>')));
  const d3 = Object.entries(chart.packages).filter(([name]) => name.startsWith('d3-'));
  const bytes = Object.fromEntries(d3);
  // Pre-bundled dist files (d3-shape 3.2.1, d3-scale 4.0.3) put 16 KB of d3-shape alone in the chart.
  assert.ok((bytes['d3-shape'] ?? 0) > 0, 'the chart uses d3-shape');
  assert.ok(bytes['d3-shape'] <= 3072, `d3-shape contributes ${bytes['d3-shape']} bytes (max 3 KB): ${JSON.stringify(bytes)}`);
  assert.ok(bytes['d3-path'] === undefined || bytes['d3-path'] <= 3072, `d3-path contributes ${bytes['d3-path']} bytes`);
  // The value axis is src/chart/linear.ts (d3-array's ticks): scaleLinear's interpolators, d3-color
  // and d3-format (17 KB minified) must not come back through another import.
  for (const name of ['d3-interpolate', 'd3-color', 'd3-format', 'd3-time', 'd3-time-format']) {
    assert.equal(bytes[name], undefined, `${name} is in the chart: ${JSON.stringify(bytes)}`);
  }
  const total = d3.reduce((n, [, b]) => n + b, 0);
  assert.ok(total <= 8192, `d3 contributes ${total} bytes minified in all (max 8 KB; 6.6 KB with the pinned versions): ${JSON.stringify(bytes)}`);
});

test('the badge carries its own words, not the table\'s or the chart\'s (catalogues split per element)', async () => {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents: "import './src/elements/achievement-badge/achievement-badge.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, write: false, format: 'esm', metafile: true, logLevel: 'silent', conditions: ['production'], tsconfig: 'tsconfig.json',
  });
  const inputs = Object.keys(out.metafile.inputs);
  assert.ok(inputs.includes('src/i18n/badge.ts'), 'the badge words are in');
  assert.deepEqual(inputs.filter((p) => /src\/i18n\/(table|chart)\.ts$/.test(p)), []);
  assert.doesNotMatch(out.outputFiles[0].text, /表の見方|How to read the table/);
});

test('importing the badge alone pulls in no d3 (the CSV reader loads on demand)', async () => {
  const badge = await measure(ENTRIES.find((e) => e.name.startsWith('<achievement-badge>')));
  assert.ok(badge.inputs.some((p) => p.includes('achievement-badge')));
  assert.deepEqual(badge.inputs.filter((p) => /node_modules\/d3-/.test(p)), []);
  assert.ok(badge.lazy.gzip > 0, 'the CSV reader is a separate chunk');
});

test('the core bundle has no lit and no DOM access', async () => {
  const m = await measure({ name: 'core', contents: "export * from './src/core/index.ts';", budget: Infinity });
  assert.ok(m.min > 0);
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: ['src/core/index.ts'], bundle: true, minify: true, write: false, format: 'esm', metafile: true, logLevel: 'silent',
  });
  const inputs = Object.keys(out.metafile.inputs);
  assert.ok(inputs.every((p) => p.startsWith('src/core/')), `core pulls in ${inputs.filter((p) => !p.startsWith('src/core/'))}`);
  const code = out.outputFiles[0].text;
  assert.doesNotMatch(code, /\b(document|window|customElements)\.|\bHTMLElement\b/);
});

test('the README shows the sizes npm run size measures now (run `npm run size -- --readme` after a change)', async () => {
  const measured = [];
  for (const entry of ENTRIES) measured.push(await measure(entry));
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const [start, end] = README_MARKERS;
  const block = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end)).trim();
  assert.equal(block, readmeTable(measured));
});
