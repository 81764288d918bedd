// The judgment colours are the Digital Agency design tokens: each value in tokens.ts names its
// token in a comment, and must equal that token in @digital-go-jp/design-tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('@digital-go-jp/design-tokens/dist/tokens.css'), 'utf8');
const source = readFileSync(new URL('../../src/elements/shared/tokens.ts', import.meta.url), 'utf8');
const entries = [...source.matchAll(/(\w+): '(#[0-9a-f]{6})', \/\/ .*?(primitive|neutral) ([a-z0-9-]+)/g)];

test('every colour in tokens.ts is named after a design token', () => {
  const values = [...source.matchAll(/(\w+): '(#[0-9a-f]{6})'/g)];
  assert.equal(entries.length, values.length, 'each colour has a "// primitive …" or "// neutral …" comment');
  assert.ok(entries.length >= 15);
});

for (const [, name, hex, kind, token] of entries) {
  test(`${name} = --color-${kind}-${token} (${hex})`, () => {
    const m = new RegExp(`--color-${kind}-${token}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
    assert.ok(m, `token --color-${kind}-${token} exists`);
    assert.equal(m[1].toLowerCase(), hex);
  });
}
