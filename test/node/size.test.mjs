import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTRIES, measure } from '../../scripts/size-lib.mjs';

for (const entry of ENTRIES) {
  test(`${entry.name} stays within ${entry.budget} bytes min+gzip`, async () => {
    const m = await measure(entry);
    assert.ok(m.gzip > 0);
    assert.ok(m.gzip <= entry.budget, `${m.gzip} bytes > budget ${entry.budget}`);
  });
}

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
