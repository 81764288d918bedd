// custom-elements.json and what is generated from it are current; the manifest describes the
// package as shipped (dist paths, typed events, enumerations as values, every --pi-* property);
// what the JSDoc documents exists in the code (parts, CSS custom properties, events), every CSS
// custom property the styles read is documented, and every public property is documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUTS, postProcess } from '../../scripts/manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => readFileSync(join(root, file), 'utf8');
const committed = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const elements = committed.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));
/** The source file a manifest path (dist/….js) was built from. */
const sourceOf = (path) => path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');

test('`npm run analyze` (the analyzer, then scripts/manifest.mjs) reproduces every committed output', () => {
  // The analyzer rewrites package.json, so the whole script runs in a scratch copy.
  const dir = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    for (const entry of ['src', 'scripts/manifest.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync('sh', ['-c', pkg.scripts.analyze], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    for (const file of OUTPUTS) {
      assert.equal(readFileSync(join(dir, file), 'utf8'), read(file), `${file} is stale: run \`npm run analyze\` and commit it`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('post-processing is idempotent', () => {
  assert.deepEqual(postProcess(committed, root), committed);
});

test('package.json points to the manifest, the web-types and exports all three IDE files', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg['web-types'], './web-types.json');
  for (const file of ['custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json']) {
    assert.equal(pkg.exports[`./${file}`], `./${file}`);
    assert.ok(pkg.files.includes(file), `${file} is in "files"`);
  }
  assert.match(pkg.scripts.analyze, /^cem analyze .*&& node scripts\/manifest\.mjs$/);
});

test('the manifest lists every element', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['achievement-badge', 'policy-indicator-table', 'target-trend-chart']);
});

test('every path in the manifest is a shipped dist/*.js file with its .d.ts (src/ is not shipped)', () => {
  const text = JSON.stringify(committed);
  assert.doesNotMatch(text, /"src\//);
  assert.doesNotMatch(text, /"module":\s*"\.\.?\//, 'relative module references are resolved');
  const paths = new Set(committed.modules.map((m) => m.path));
  for (const [, path] of text.matchAll(/"(?:path|module)":\s*"(dist\/[^"]+)"/g)) paths.add(path);
  for (const path of paths) {
    assert.match(path, /^dist\/.+\.js$/);
    assert.ok(existsSync(join(root, sourceOf(path))), `${path} is built from ${sourceOf(path)}`);
  }
  const dist = join(root, 'dist');
  if (existsSync(dist)) {
    for (const path of paths) {
      assert.ok(existsSync(join(root, path)), `${path} exists after the build`);
      assert.ok(existsSync(join(root, path.replace(/\.js$/, '.d.ts'))), `${path}: its .d.ts exists`);
    }
  }
});

test('attributes and properties that are enumerations are written as their values', () => {
  const aliases = /\b(DataFormat|TableLayout|FiscalYearStyle|Direction|RateMethod|RoundingMode|BadgeSize)\b/;
  const table = elements.find((e) => e.tagName === 'policy-indicator-table');
  const type = (el, name) => el.attributes.find((a) => a.name === name).type.text;
  assert.equal(type(table, 'layout'), "'auto' | 'summary' | 'series'");
  assert.equal(type(table, 'format'), "'auto' | 'json' | 'csv'");
  assert.equal(type(table, 'year-style'), "'era' | 'era-short' | 'western' | 'fy' | undefined");
  assert.equal(type(elements.find((e) => e.tagName === 'achievement-badge'), 'size'), "'small' | 'medium'");
  for (const el of elements) {
    for (const entry of [...el.attributes, ...el.members.filter((m) => m.kind === 'field')]) {
      assert.doesNotMatch(entry.type?.text ?? '', aliases, `<${el.tagName}> ${entry.name}: ${entry.type?.text}`);
    }
    const data = el.members.find((m) => m.name === 'data');
    assert.equal(data.type.text, 'DatasetDocument | undefined', `<${el.tagName}> data is typed`);
  }
});

test('every event is typed with its detail', () => {
  for (const el of elements) {
    const events = Object.fromEntries(el.events.map((e) => [e.name, e.type?.text]));
    assert.equal(events['indicator-error'], 'CustomEvent<IndicatorErrorDetail>', el.tagName);
  }
  assert.equal(elements.find((e) => e.tagName === 'policy-indicator-table').events.find((e) => e.name === 'indicator-select').type.text, 'CustomEvent<IndicatorSelectDetail>');
});

test('every shared --pi-* custom property the styles read is documented on each element, with its default', () => {
  const tokens = read('src/elements/shared/tokens.ts');
  const used = [...new Set([...tokens.matchAll(/var\((--pi-[a-z0-9-]+)/g)].map((m) => m[1]))].sort();
  assert.ok(used.length >= 9, used.join(' '));
  // The default each one falls back to, from the TOKENS values its CSS is made of.
  const TOKENS = Object.fromEntries([...tokens.matchAll(/^ {2}(\w+): '(#[0-9a-f]{6})',/gm)].map((m) => [m[1], m[2]]));
  const defaults = {};
  for (const [, name, light, dark, plain] of tokens.matchAll(/var\((--pi-[a-z0-9-]+), \$\{(?:c\(TOKENS\.(\w+), TOKENS\.(\w+)\)|unsafeCSS\(TOKENS\.(\w+)\))\}\)/g)) {
    defaults[name] = plain ? TOKENS[plain] : `light-dark(${TOKENS[light]}, ${TOKENS[dark]})`;
  }
  assert.deepEqual(Object.keys(defaults).sort(), used);
  for (const el of elements) {
    const documented = el.cssProperties.filter((p) => p.name.startsWith('--pi-'));
    assert.deepEqual(documented.map((p) => p.name).sort(), used, `<${el.tagName}> documents every --pi-* property`);
    for (const p of documented) {
      assert.ok(p.description, `${p.name} has a description`);
      assert.equal(p.default, defaults[p.name], `${p.name} default`);
    }
  }
});

for (const el of elements) {
  const srcPath = sourceOf(el.path);
  const shared = ['load-state.ts', 'data-source.ts'].map((f) => read(`src/elements/shared/${f}`)).join('\n');
  // The element's own folder: the element file and the template modules beside it (parts, layouts).
  const folder = dirname(join(root, srcPath));
  const own = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts')).map((f) => readFileSync(join(folder, f), 'utf8')).join('\n');
  const source = own + (own.includes('renderLoadState') ? shared : '') + (own.includes('judgmentMark(') ? read('src/elements/shared/judgment-mark.ts') : '');
  const styles = (() => {
    try {
      return read(srcPath.replace(/(\.component)?\.ts$/, '.styles.ts'));
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
    const tokens = read('src/elements/shared/tokens.ts');
    for (const prop of el.cssProperties) {
      assert.ok(styles.includes(`var(${prop.name}`) || tokens.includes(`var(${prop.name}`), `${prop.name} is used`);
      assert.ok(prop.description, `${prop.name} has a description`);
    }
  });

  test(`<${el.tagName}>: every public CSS custom property its styles read is documented`, () => {
    const documented = new Set(el.cssProperties.map((p) => p.name));
    for (const [, name] of styles.matchAll(/var\((--[a-z][a-z0-9-]*)/g)) {
      assert.ok(documented.has(name), `${name} is documented with @cssproperty`);
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

test('IDE data: VS Code custom data and web-types list every element, attribute and enumeration value', () => {
  const vscode = JSON.parse(read('vscode.html-custom-data.json'));
  const webTypes = JSON.parse(read('web-types.json'));
  assert.equal(vscode.version, 1.1);
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  for (const el of elements) {
    const tag = vscode.tags.find((t) => t.name === el.tagName);
    const element = webTypes.contributions.html.elements.find((e) => e.name === el.tagName);
    assert.ok(tag && element, el.tagName);
    assert.deepEqual(tag.attributes.map((a) => a.name), el.attributes.map((a) => a.name));
    assert.deepEqual(element.attributes.map((a) => a.name), el.attributes.map((a) => a.name));
    assert.deepEqual(element.events.map((e) => e.name), el.events.map((e) => e.name));
    assert.deepEqual(element.css.parts.map((p) => p.name), el.cssParts.map((p) => p.name));
    assert.deepEqual(element.css.properties.map((p) => p.name), el.cssProperties.map((p) => p.name));
    for (const event of el.events) assert.match(tag.description.value, new RegExp(`\`${event.name}\``));
  }
  const table = vscode.tags.find((t) => t.name === 'policy-indicator-table');
  assert.deepEqual(table.attributes.find((a) => a.name === 'layout').values.map((v) => v.name), ['auto', 'summary', 'series']);
  const chart = vscode.tags.find((t) => t.name === 'target-trend-chart');
  assert.equal(chart.attributes.find((a) => a.name === 'show-table').valueSet, 'v');
});

test('the generated framework modules name every element and event', () => {
  const react = read('src/frameworks/react.ts');
  const vue = read('src/frameworks/vue.ts');
  const svelte = read('src/frameworks/svelte.ts');
  for (const el of elements) {
    for (const text of [react, vue, svelte]) assert.match(text, new RegExp(`'${el.tagName}': `));
    assert.match(react, new RegExp(`export const ${el.name} = createComponent\\(`));
    for (const event of el.events) {
      const prop = `on${event.name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;
      assert.match(react, new RegExp(`${prop}: '${event.name}' as EventName<`));
    }
  }
});
