/**
 * Elements never go blank without a message: each element, fed mutated real datasets (by the
 * `data` property, an inline <script type="application/json">, or a `src`) and hostile attribute
 * values, shows content or a visible message; lets no exception escape; dispatches
 * `indicator-error` whenever it shows a message or its data has errors; and never runs a data
 * string as script. Sizes and seed: test/fuzz/env.ts (FUZZ_RUNS, FUZZ_SEED).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import { validate } from '../../src/core/index.js';
import {
  DATASETS,
  XSS_STRINGS,
  allPaths,
  applyMutations,
  csvText,
  hostileString,
  hugeDocument,
  jsonReplacement,
  loadDatasets,
  mutations,
  nestedArray,
  nestedGroups,
  nestedValue,
  nonJsonReplacement,
  notJson,
  pathText,
  preview,
  pristine,
  type DatasetName,
  type Mutation,
} from './arbitraries.js';
import { fuzzParameters, log, logDurations, timeoutFor } from './env.js';
import { blobUrl, inlineJson, render, type Seen, type Tag } from './render.js';

/** An element that takes longer than this to settle fails (a huge input must not freeze a page). */
const RENDER_LIMIT_MS = 5000;
let slowest = { ms: 0, label: '' };

before(async () => {
  await loadDatasets();
});
logDurations('elements');
after(() => log(`[fuzz] elements: slowest render ${slowest.ms.toFixed(0)} ms (${slowest.label})`));

// ---- inputs --------------------------------------------------------------------------------

const paths = new Map<DatasetName, string[]>();
const pathsOf = (name: DatasetName) => {
  if (!paths.has(name)) paths.set(name, allPaths(pristine(name)).map(pathText));
  return paths.get(name)!;
};
const idsOf = (name: DatasetName) => (pristine(name).indicators as { id: string }[]).map((i) => i.id);

/** How a document reaches the element. */
const VIAS = ['data', 'inline', 'src'] as const;
type Via = (typeof VIAS)[number];

interface DocumentCase {
  name: DatasetName;
  mutations: Mutation[];
  via: Via;
  /** For `inline` and `src`: cut the JSON text after this fraction of it (1: whole). */
  cut: number;
}

/** A real dataset with a few mutations; JSON values only when it travels as text. */
function documentCase(vias: readonly Via[] = VIAS): fc.Arbitrary<DocumentCase> {
  return fc.record({ name: fc.constantFrom(...DATASETS), via: fc.constantFrom(...vias), nonJson: fc.boolean(), cut: fc.oneof({ arbitrary: fc.constant(1), weight: 6 }, { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 1 }) })
    .chain(({ name, via, nonJson, cut }) =>
      mutations(pathsOf(name), via === 'data' && nonJson ? nonJsonReplacement : jsonReplacement, 4).map((list) => ({ name, mutations: list, via, cut })),
    );
}

function documentOf(c: DocumentCase): Record<string, unknown> {
  return applyMutations(pristine(c.name), c.mutations);
}

/** The document's JSON text, as an inline script or a file would hold it (cut short when asked). */
function textOf(doc: unknown, cut: number): string {
  let text: string;
  try {
    text = JSON.stringify(doc) ?? 'null';
  } catch {
    text = '{"broken":';
  }
  return cut >= 1 ? text : text.slice(0, Math.floor(text.length * cut));
}

/** Gives the element its document the way `via` says. */
function feed(el: LitElement, doc: unknown, via: Via, cut: number): void {
  if (via === 'data') (el as unknown as { data: unknown }).data = doc;
  else if (via === 'inline') el.append(inlineJson(textOf(doc, cut)));
  else el.setAttribute('src', blobUrl(textOf(doc, cut), 'application/json'));
}

/**
 * Error problems `validate` finds in what the element was given (an unreadable text counts as one).
 * With `indicatorId` (a chart or a badge showing one indicator): only the errors of that indicator,
 * or any error when the document is unusable as a whole.
 */
function errorsIn(doc: unknown, via: Via, cut: number, indicatorId?: string): number {
  let input = doc;
  if (via !== 'data') {
    try {
      input = JSON.parse(textOf(doc, cut));
    } catch {
      return 1;
    }
  }
  try {
    const { problems, dataset } = validate(input);
    const errors = problems.filter((p) => p.severity === 'error');
    if (indicatorId === undefined || !dataset) return errors.length;
    return errors.filter((p) => p.indicatorId === indicatorId).length;
  } catch {
    return 1; // validate itself failed: the core fuzz tests report that; here the element must still speak
  }
}

const LANGS = ['ja', 'en', 'ko', '', 'EN-gb', 'x-klingon', '__proto__'];
const YEARS = ['2024', '2017', '2006', '2008', '2012', '0', '0000', '9999', '1899', '2201', '-1', 'R6', 'abc', '', '2024.5', ' 2024 ', '1e3'];
const YEAR_STYLES = ['era', 'era-short', 'western', 'fy', 'x', '', 'constructor'];
const manyYears = Array.from({ length: 3000 }, (_, i) => 1000 + i).join(' ');

const tableAttributes = fc.record(
  {
    layout: fc.constantFrom('auto', 'summary', 'series', 'x', '', '__proto__'),
    'fiscal-year': fc.constantFrom(...YEARS),
    years: fc.constantFrom(manyYears, '2024 2025', 'abc', '', '0 1 2', '1900 2200', '2024,2024,2024', '2006 2008 2012 2017 2024'),
    columns: fc.constantFrom('no indicator rate', 'x y z', '', 'rate rate rate', 'no indicator measure kind baseline targets expected final-target actual result rate reason', 'reason'),
    'year-style': fc.constantFrom(...YEAR_STYLES),
    filter: fc.constantFrom('achieved', 'not-achieved', 'tallying', 'x', '__proto__', '', 'A', 'D', 'constructor'),
    sort: fc.constantFrom('rate-desc', 'name', 'judgment-asc', 'x', '__proto__-desc', '', 'no-desc'),
    lang: fc.constantFrom(...LANGS),
  },
  { requiredKeys: [] },
);

const chartAttributes = fc.record(
  {
    'fiscal-year': fc.constantFrom(...YEARS),
    'year-style': fc.constantFrom(...YEAR_STYLES),
    height: fc.constantFrom('abc', '-100', '0', '1e9', '100000', 'NaN', 'Infinity', '300', '0.5', ''),
    'show-table': fc.constantFrom(''),
    lang: fc.constantFrom(...LANGS),
  },
  { requiredKeys: [] },
);

const badgeAttributes = fc.record(
  {
    direction: fc.constantFrom('increase', 'decrease', 'maintain', 'x', '__proto__', ''),
    method: fc.constantFrom('ratio', 'progress', 'x', ''),
    scheme: fc.constantFrom('three-tier', 'given-grade', 'none', 'constructor', '__proto__', 'x', ''),
    digits: fc.constantFrom('1', '0', '6', '7', '-1', '1e9', '1.5', 'abc', '', 'NaN', '100'),
    rounding: fc.constantFrom('half-up', 'truncate', 'x', ''),
    size: fc.constantFrom('small', 'medium', 'x'),
    compact: fc.constantFrom(''),
    lang: fc.constantFrom(...LANGS),
    'fiscal-year': fc.constantFrom(...YEARS),
  },
  { requiredKeys: [] },
);

/** A cell as typed into an attribute: spreadsheet text, hostile text, a number. */
const cellText = fc.oneof(
  { arbitrary: fc.constantFrom('3,550', '2176', '0', '100', '集計中', '—', '1.0%未満', '80%以上', '1,389人（見込み）', '-5', '▲5'), weight: 3 },
  { arbitrary: hostileString.filter((s) => s.length < 1000), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
);

function setAttributes(el: Element, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
}

// ---- the promise ---------------------------------------------------------------------------

/** What every rendered element must satisfy. */
function checkSeen(seen: Seen, { expectError, label, source }: { expectError: boolean; label: string; source: string }): void {
  if (seen.ms > slowest.ms) slowest = { ms: seen.ms, label };
  const where = `${label}\n  shown: ${seen.content ?? '(no content)'} | message: ${seen.message ?? '(none)'} | events: ${seen.events.length}`;
  expect(seen.escaped, `an exception escaped — ${where}`).to.deep.equal([]);
  expect(window.__pwned, `a data string ran as script — ${where}`).to.equal(undefined);
  expect(seen.nonEmpty, `the shadow root is empty — ${where}`).to.equal(true);
  expect(seen.content !== null || seen.message !== null, `blank without a message — ${where}`).to.equal(true);
  if (seen.message !== null) expect(seen.events.length, `a message is shown but no indicator-error was dispatched — ${where}`).to.be.above(0);
  if (expectError) expect(seen.events.length, `the data has errors but no indicator-error was dispatched — ${where}`).to.be.above(0);
  expect(seen.badGeometry, `the drawing has NaN or Infinity — ${where}`).to.deep.equal([]);
  for (const word of ['NaN', 'undefined', '[object Object]', 'Infinity']) {
    if (!source.includes(word)) expect(seen.text, `"${word}" is shown — ${where}`).to.not.include(word);
  }
  expect(seen.ms, `took ${seen.ms.toFixed(0)} ms to settle — ${where}`).to.be.below(RENDER_LIMIT_MS);
}

const sourceText = (...parts: unknown[]) => parts.map((p) => preview(p, Infinity)).join(' ');

function caseLabel(tag: Tag, c: DocumentCase, attributes: Record<string, string>, extra = ''): string {
  return `<${tag}> ${c.name} via ${c.via}${c.cut < 1 ? ` cut at ${c.cut.toFixed(3)}` : ''} ${preview(attributes)} ${extra} mutations ${preview(c.mutations, 600)}`;
}

async function trap(): Promise<void> {
  // An <img onerror> fires after the image fails to load: give it time before the final check.
  await new Promise((r) => setTimeout(r, 300));
  expect(window.__pwned, 'a data string ran as script').to.equal(undefined);
}

// ---- properties ----------------------------------------------------------------------------

describe('fuzz: the harness sees what it claims to see', () => {
  it('the script trap springs when a payload does run', async () => {
    const box = document.createElement('div');
    try {
      box.innerHTML = XSS_STRINGS[0]!.replace('</script>', '');
      document.body.append(box);
      for (let waited = 0; window.__pwned === undefined && waited < 3000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(window.__pwned).to.equal('alert');
    } finally {
      delete window.__pwned;
      box.remove();
    }
  });

  for (const name of DATASETS) {
    it(`${name} as it is: the table and a badge show content, no message, no event; a chart draws one of the first indicators`, async () => {
      const ids = idsOf(name);
      for (const tag of ['policy-indicator-table', 'achievement-badge'] as const) {
        const seen = await render(tag, (el) => {
          if (tag !== 'policy-indicator-table') el.setAttribute('indicator-id', ids[0]!);
          feed(el, pristine(name), 'data', 1);
        });
        checkSeen(seen, { expectError: false, label: `<${tag}> ${name}`, source: sourceText(pristine(name)) });
        expect(seen.content, `<${tag}> ${name} shows content`).to.not.equal(null);
        expect(seen.message, `<${tag}> ${name} shows no message`).to.equal(null);
        expect(seen.events, `<${tag}> ${name} fires no indicator-error`).to.have.length(0);
      }
      const charted: string[] = [];
      for (const id of ids.slice(0, 5)) {
        const seen = await render('target-trend-chart', (el) => {
          el.setAttribute('indicator-id', id);
          feed(el, pristine(name), 'data', 1);
        });
        checkSeen(seen, { expectError: false, label: `<target-trend-chart> ${name} ${id}`, source: sourceText(pristine(name)) });
        if (seen.content) charted.push(id);
      }
      expect(charted, `${name}: a chart of one of ${ids.slice(0, 5).join(', ')}`).to.not.be.empty;
    });
  }
});

describe('fuzz: <policy-indicator-table> never goes blank without a message', () => {
  after(trap);
  it('mutated datasets by data, inline JSON and src, with hostile attributes', async function () {
    this.timeout(timeoutFor(80, 0.05, 400));
    await fc.assert(
      fc.asyncProperty(documentCase(), tableAttributes, async (c, attributes) => {
        const doc = documentOf(c);
        const seen = await render('policy-indicator-table', (el) => {
          setAttributes(el, attributes);
          feed(el, doc, c.via, c.cut);
        });
        checkSeen(seen, { expectError: errorsIn(doc, c.via, c.cut) > 0, label: caseLabel('policy-indicator-table', c, attributes), source: sourceText(doc, attributes) });
      }),
      fuzzParameters(80, 0.05),
    );
  });

  it('found: a filter that matches no row of the year shown (atsugi, fiscal-year 2025, filter not-achieved) says so', async () => {
    const attributes = { 'fiscal-year': '2025', filter: 'not-achieved' };
    const seen = await render('policy-indicator-table', (el) => {
      setAttributes(el, attributes);
      feed(el, pristine('atsugi-fy2024'), 'data', 1);
    });
    checkSeen(seen, { expectError: false, label: `<policy-indicator-table> atsugi-fy2024 ${preview(attributes)}`, source: '' });
    expect(seen.content).to.contain('「未達成」');
  });

  it('CSV files by src', async function () {
    this.timeout(timeoutFor(15, 0.02, 300));
    await fc.assert(
      fc.asyncProperty(csvText, async (csv) => {
        const seen = await render('policy-indicator-table', (el) => {
          el.setAttribute('format', 'csv');
          el.setAttribute('src', blobUrl(csv, 'text/csv'));
        });
        checkSeen(seen, { expectError: false, label: `<policy-indicator-table> CSV ${preview(csv, 600)}`, source: csv });
      }),
      fuzzParameters(15, 0.02),
    );
  });
});

describe('fuzz: <target-trend-chart> never goes blank without a message', () => {
  after(trap);
  it('mutated datasets by data, inline JSON and src, any indicator-id, hostile attributes', async function () {
    this.timeout(timeoutFor(60, 0.05, 300));
    const chosen = fc.oneof({ arbitrary: fc.nat(), weight: 5 }, { arbitrary: fc.constantFrom('__proto__', 'constructor', '', ' ', 'toString', XSS_STRINGS[1]!), weight: 1 });
    await fc.assert(
      fc.asyncProperty(documentCase(), chosen, chartAttributes, async (c, pick, attributes) => {
        const ids = idsOf(c.name);
        const indicatorId = typeof pick === 'number' ? ids[pick % ids.length]! : pick;
        const doc = documentOf(c);
        const seen = await render('target-trend-chart', (el) => {
          setAttributes(el, { ...attributes, 'indicator-id': indicatorId });
          feed(el, doc, c.via, c.cut);
        });
        checkSeen(seen, { expectError: errorsIn(doc, c.via, c.cut, indicatorId) > 0, label: caseLabel('target-trend-chart', c, attributes, `indicator-id=${indicatorId}`), source: sourceText(doc, attributes) });
      }),
      fuzzParameters(60, 0.05),
    );
  });

  it('one mutated indicator by the indicator property', async function () {
    this.timeout(timeoutFor(25, 0.05, 300));
    await fc.assert(
      fc.asyncProperty(documentCase(['data']), fc.nat(), chartAttributes, async (c, pick, attributes) => {
        const doc = documentOf(c);
        const list = Array.isArray(doc.indicators) ? doc.indicators : [];
        // Without a list (the mutation removed or retyped it) the element gets what is there, or null:
        // `undefined` would mean "no indicator given", the state before a page sets one.
        const indicator = (list.length ? list[pick % list.length] : doc.indicators) ?? null;
        const seen = await render('target-trend-chart', (el) => {
          setAttributes(el, attributes);
          (el as unknown as { indicator: unknown }).indicator = indicator;
        });
        const wrapped = { plan: { title: '-', publisher: '-', reportedYear: 2024 }, indicators: [indicator] };
        checkSeen(seen, { expectError: errorsIn(wrapped, 'data', 1) > 0, label: caseLabel('target-trend-chart', c, attributes, `.indicator = indicators[${pick % Math.max(1, list.length)}]`), source: sourceText(indicator, attributes) });
      }),
      fuzzParameters(25, 0.05),
    );
  });
});

describe('fuzz: <achievement-badge> never goes blank without a message', () => {
  after(trap);
  it('hostile target, actual, baseline, rate, judgment and other attributes', async function () {
    this.timeout(timeoutFor(80, 0.1, 100));
    const inputs = fc.record({ target: cellText, actual: cellText, baseline: cellText, rate: cellText, judgment: fc.oneof(fc.constantFrom('achieved', 'A', 'C', 'x', '__proto__', 'constructor'), hostileString) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(inputs, badgeAttributes, async (given, attributes) => {
        const all = { ...attributes, ...given };
        const seen = await render('achievement-badge', (el) => setAttributes(el, all));
        checkSeen(seen, { expectError: false, label: `<achievement-badge> ${preview(all, 800)}`, source: sourceText(all) });
      }),
      fuzzParameters(80, 0.1),
    );
  });

  /** A badge given a mutated dataset and one of its indicators. */
  async function badgeOfDataset(c: DocumentCase, pick: number, attributes: Record<string, string>): Promise<void> {
    const ids = idsOf(c.name);
    const indicatorId = ids[pick % ids.length]!;
    const doc = documentOf(c);
    const seen = await render('achievement-badge', (el) => {
      setAttributes(el, { ...attributes, 'indicator-id': indicatorId });
      feed(el, doc, c.via, c.cut);
    });
    checkSeen(seen, { expectError: errorsIn(doc, c.via, c.cut, indicatorId) > 0, label: caseLabel('achievement-badge', c, attributes, `indicator-id=${indicatorId}`), source: sourceText(doc, attributes) });
  }

  it('mutated datasets by data, inline JSON and src with an indicator-id', async function () {
    this.timeout(timeoutFor(40, 0.05, 200));
    await fc.assert(fc.asyncProperty(documentCase(), fc.nat(), badgeAttributes, badgeOfDataset), fuzzParameters(40, 0.05));
  });

  it('found: an unreadable year of its own indicator (nagano n6-male targets."x") is reported by indicator-error', async () => {
    await badgeOfDataset({ name: 'nagano-sousei-strategy-fy2017', mutations: [{ op: 'rename', at: 'indicators[5].targets.2019', key: 'x' }], via: 'data', cut: 1 }, 5, {});
  });
});

describe('fuzz: elements changed after they rendered a valid dataset', () => {
  after(trap);
  const updateVia = (vias: readonly Via[]) => documentCase(vias);

  it('<policy-indicator-table>: a valid dataset, then a mutated one and hostile attributes', async function () {
    this.timeout(timeoutFor(25, 0.03, 400));
    await fc.assert(
      fc.asyncProperty(updateVia(['data', 'inline']), tableAttributes, async (c, attributes) => {
        const doc = documentOf(c);
        const seen = await render(
          'policy-indicator-table',
          (el) => feed(el, pristine(c.name), c.via, 1),
          (el) => {
            setAttributes(el, attributes);
            if (c.via === 'inline') el.replaceChildren(inlineJson(textOf(doc, c.cut)));
            else feed(el, doc, 'data', 1);
          },
        );
        checkSeen(seen, { expectError: errorsIn(doc, c.via, c.cut) > 0, label: `${caseLabel('policy-indicator-table', c, attributes)} (after a valid render)`, source: sourceText(doc, attributes) });
      }),
      fuzzParameters(25, 0.03),
    );
  });

  it('<target-trend-chart>: a valid dataset, then a mutated one, another indicator-id and hostile attributes', async function () {
    this.timeout(timeoutFor(25, 0.03, 300));
    await fc.assert(
      fc.asyncProperty(updateVia(['data', 'inline']), fc.nat(), fc.nat(), chartAttributes, async (c, first, second, attributes) => {
        const ids = idsOf(c.name);
        const indicatorId = ids[second % ids.length]!;
        const doc = documentOf(c);
        const seen = await render(
          'target-trend-chart',
          (el) => {
            el.setAttribute('indicator-id', ids[first % ids.length]!);
            feed(el, pristine(c.name), c.via, 1);
          },
          (el) => {
            setAttributes(el, { ...attributes, 'indicator-id': indicatorId });
            if (c.via === 'inline') el.replaceChildren(inlineJson(textOf(doc, c.cut)));
            else feed(el, doc, 'data', 1);
          },
        );
        checkSeen(seen, { expectError: errorsIn(doc, c.via, c.cut, indicatorId) > 0, label: `${caseLabel('target-trend-chart', c, attributes, `indicator-id ${ids[first % ids.length]} → ${indicatorId}`)} (after a valid render)`, source: sourceText(doc, attributes) });
      }),
      fuzzParameters(25, 0.03),
    );
  });

  it('<achievement-badge>: target 100 and actual 50, then hostile attributes', async function () {
    this.timeout(timeoutFor(40, 0.05, 100));
    const inputs = fc.record({ target: cellText, actual: cellText, baseline: cellText, rate: cellText, judgment: fc.oneof(fc.constantFrom('achieved', 'A', 'x', '__proto__'), hostileString) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(inputs, badgeAttributes, async (given, attributes) => {
        const all = { ...attributes, ...given };
        const seen = await render('achievement-badge', (el) => setAttributes(el, { target: '100', actual: '50' }), (el) => setAttributes(el, all));
        checkSeen(seen, { expectError: false, label: `<achievement-badge target="100" actual="50"> then ${preview(all, 800)}`, source: sourceText(all) });
      }),
      fuzzParameters(40, 0.05),
    );
  });
});

// ---- extremes ------------------------------------------------------------------------------

describe('fuzz: extreme documents in every element', () => {
  after(trap);
  const base = () => ({ plan: { title: 't', publisher: 'p', reportedYear: 2024 }, indicators: [{ id: 'a', name: 'A', unit: '件', direction: 'increase', targets: { 2023: 8, 2024: 10 }, actuals: { 2023: 7, 2024: 9 } }] }) as Record<string, any>;
  const cyclic = () => {
    const d = base();
    d.plan.title = d;
    return d;
  };
  const cases: [string, () => unknown, boolean][] = [
    ['an array nested 3,000 levels deep', () => nestedArray(3000), true],
    ['a target value nested 3,000 levels deep', () => { const d = base(); d.indicators[0].targets[2024] = nestedValue(3000); return d; }, true],
    ['a hierarchy of 1,000 nested groups', () => ({ ...base(), groups: nestedGroups(1000, 'a') }), false],
    ['a hierarchy of 3,000 nested groups', () => ({ ...base(), groups: nestedGroups(3000, 'a') }), false],
    ['300 indicators × 10 years', () => hugeDocument(300, 10), false],
    ['a cyclic document', cyclic, true],
    ['a BigInt target and a Symbol name', () => { const d = base(); d.indicators[0].targets[2024] = 10n; d.indicators[0].name = Symbol('x'); return d; }, true],
    ['NaN and Infinity values', () => { const d = base(); d.indicators[0].targets[2024] = NaN; d.indicators[0].actuals[2024] = Infinity; return d; }, true],
    ['a null-prototype indicator', () => { const d = base(); d.indicators[0] = Object.assign(Object.create(null), d.indicators[0]); return d; }, false],
    ['an XSS payload in every text field', () => { const d = base(); const x = XSS_STRINGS.join(' '); Object.assign(d.plan, { title: x, publisher: x, rowNoun: x }); Object.assign(d.indicators[0], { name: x, unit: x, notes: [x], source: x, reasons: { 2024: x } }); d.groups = [{ id: 'g', name: x, code: x, indicators: ['a'], notes: [x], texts: [{ kind: 'result', text: x }] }]; return d; }, false],
    ['a bidi override in the name and unit', () => { const d = base(); d.indicators[0].name = '\u202Eemit no'; d.indicators[0].unit = '\u202E件'; return d; }, false],
    ['300-digit values and 1e-101', () => { const d = base(); d.indicators[0].targets = { 2023: 1e-101, 2024: `${'9'.repeat(300)}` }; d.indicators[0].actuals = { 2023: 5e-324, 2024: `1${'0'.repeat(299)}` }; return d; }, false],
  ];
  const tags: Tag[] = ['policy-indicator-table', 'target-trend-chart', 'achievement-badge'];
  for (const [label, make, hasErrors] of cases) {
    for (const tag of tags) {
      it(`<${tag}>: ${label}`, async function () {
        this.timeout(30_000);
        const doc = make();
        const seen = await render(tag, (el) => {
          if (tag !== 'policy-indicator-table') el.setAttribute('indicator-id', 'a');
          (el as unknown as { data: unknown }).data = doc;
        });
        const errors = hasErrors || (notJson(doc) === null && errorsIn(doc, 'data', 1) > 0);
        checkSeen(seen, { expectError: errors, label: `<${tag}> ${label}`, source: label.includes('XSS') ? '' : sourceText(doc) });
      });
    }
  }

  it('<policy-indicator-table years> with 3,000 years and <target-trend-chart height="1e9">', async function () {
    this.timeout(30_000);
    const doc = base();
    const table = await render('policy-indicator-table', (el) => {
      el.setAttribute('years', manyYears);
      (el as unknown as { data: unknown }).data = doc;
    });
    checkSeen(table, { expectError: false, label: '<policy-indicator-table years="1000 … 3999">', source: '' });
    const chart = await render('target-trend-chart', (el) => {
      setAttributes(el, { height: '1e9', 'indicator-id': 'a' });
      (el as unknown as { data: unknown }).data = doc;
    });
    checkSeen(chart, { expectError: false, label: '<target-trend-chart height="1e9">', source: '' });
  });
});
