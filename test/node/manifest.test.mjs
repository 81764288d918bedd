// custom-elements.json is current, and what the JSDoc documents exists in the code (parts,
// CSS custom properties, events), and every public property is documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = committed.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));

test('custom-elements.json is what the analyzer makes of the current source', () => {
  // The analyzer rewrites package.json, so it runs in a scratch copy.
  const dir = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    execFileSync(process.execPath, [cli, 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', '.'], { cwd: dir, stdio: 'pipe' });
    const fresh = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
    // The analyzer lists files in directory order, which differs between checkouts.
    const sorted = (m) => ({ ...m, modules: [...m.modules].sort((a, b) => a.path.localeCompare(b.path)) });
    assert.deepEqual(sorted(fresh), sorted(committed), 'run `npm run analyze` and commit custom-elements.json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('package.json points to the manifest', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('the manifest lists every element', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['achievement-badge', 'policy-indicator-table', 'target-trend-chart']);
});

for (const el of elements) {
  const shared = ['load-state.ts', 'data-source.ts'].map((f) => readFileSync(join(root, 'src/elements/shared', f), 'utf8')).join('\n');
  // The element's own folder: the element file and the template modules beside it (parts, layouts).
  const folder = dirname(join(root, el.path));
  const own = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts')).map((f) => readFileSync(join(folder, f), 'utf8')).join('\n');
  const source = own + (own.includes('renderLoadState') ? shared : '');
  const styles = (() => {
    try {
      return readFileSync(join(root, el.path.replace(/\.ts$/, '.styles.ts')), 'utf8');
    } catch {
      return '';
    }
  })();

  test(`<${el.tagName}>: every documented part is rendered`, () => {
    assert.ok(el.cssParts?.length, 'parts are documented');
    for (const part of el.cssParts) {
      assert.match(source, new RegExp(`part="${part.name}"`), `part "${part.name}"`);
      assert.ok(part.description, `part "${part.name}" has a description`);
    }
  });

  test(`<${el.tagName}>: every documented CSS custom property is used by its styles`, () => {
    assert.ok(el.cssProperties?.length, 'CSS custom properties are documented');
    const shared = readFileSync(join(root, 'src/elements/shared/tokens.ts'), 'utf8');
    for (const prop of el.cssProperties) {
      assert.ok(styles.includes(`var(${prop.name}`) || shared.includes(`var(${prop.name}`), `${prop.name} is used`);
      assert.ok(prop.description, `${prop.name} has a description`);
    }
  });

  test(`<${el.tagName}>: every documented event is dispatched, every public property documented`, () => {
    for (const event of el.events ?? []) {
      const dispatched = source.includes(`'${event.name}'`) || (event.name === 'indicator-error' && source.includes('dispatchIndicatorError'));
      assert.ok(dispatched, `event ${event.name}`);
      assert.ok(event.description, `event ${event.name} has a description`);
    }
    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static);
    assert.ok(fields.length > 0);
    for (const field of fields) assert.ok(field.description, `property ${field.name} has a description`);
  });
}
