/**
 * The core never throws: `validate` on any JS value, then `evaluate`, `summarize` and the
 * formatters on whatever it returns, and `csvToDataset` on any text or bytes. Results that are
 * JSON documents stay plain JSON, every problem is located and worded, and no call takes seconds.
 * Sizes and seed: test/fuzz/env.ts (FUZZ_RUNS, FUZZ_SEED).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  COMPARATORS,
  PROBLEM_CODES,
  QUALIFIERS,
  ROW_STATUSES,
  VALUE_STATUSES,
  evaluate,
  formatNumber,
  formatRateText,
  formatValue,
  summarize,
  summarizeGivenJudgments,
  summarizeGroups,
  validate,
  type Dataset,
  type Problem,
  type ValidationResult,
  type Value,
} from '../../src/core/index.js';
import { csvToDataset, decodeText } from '../../src/core/csv.js';
import {
  DATASETS,
  EXPONENT_BOMBS,
  HOSTILE_STRINGS,
  Timings,
  allPaths,
  applyMutations,
  csvText,
  hostileNumber,
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
} from './arbitraries.js';
import { fuzzParameters, log, logDurations, timeoutFor } from './env.js';
import { callInWorker } from './time-limit.js';

/** No single call may take this long: a deep or huge input must not take seconds. */
const CALL_LIMIT_MS = 1000;
const timings = new Timings(CALL_LIMIT_MS);

const SEVERITIES = ['error', 'warning'];

/** Every problem is located and worded (plain checks: a document may have 20,000 problems). */
function checkProblem(p: Problem, where: string): void {
  const fail = (what: string) => expect.fail(`${where}: ${what} in ${preview(p)}`);
  if (!p || typeof p !== 'object') return fail('not an object');
  if (typeof p.path !== 'string' || !p.path) fail('no path');
  if (!(PROBLEM_CODES as readonly string[]).includes(p.code)) fail('unknown code');
  if (!SEVERITIES.includes(p.severity)) fail('unknown severity');
  if (typeof p.message !== 'string' || !p.message) fail('no message');
  if (p.got !== undefined && typeof p.got !== 'string') fail('got is not a string');
}

/** What validate promises about its result, whatever the input. */
function checkValidation(result: ValidationResult, input: unknown, jsonInput: boolean): void {
  expect(result, 'validate result').to.be.an('object');
  expect(result.problems).to.be.an('array');
  result.problems.forEach((p, i) => checkProblem(p, `validate problems[${i}]`));
  expect(result.valid, 'valid exactly when no problem is an error').to.equal(!result.problems.some((p) => p.severity === 'error'));
  if (result.dataset === null) expect(result.valid, 'no dataset, so not valid').to.equal(false);
  expect(notJson(result.problems), 'problems are plain JSON').to.equal(null);
  // The dataset is plain data (it is written back to files and posted to workers); only `raw`, the
  // copy of what a cell said, may hold a value JSON cannot when the input did.
  expect(notJson(result, '$', jsonInput ? undefined : 'raw'), `validate result of ${preview(input)}`).to.equal(null);
}

const DECIMAL_TEXT = /^-?\d{1,3}(,\d{3})*(\.\d+)?$/;

function values(dataset: Dataset): Value[] {
  const out: Value[] = [];
  for (const ind of dataset.indicators) {
    out.push(...Object.values(ind.targets), ...Object.values(ind.expected));
    if (ind.baseline) out.push(ind.baseline.value);
    for (const s of ind.series) {
      out.push(...Object.values(s.actuals));
      if (s.baseline) out.push(s.baseline.value);
    }
  }
  return out;
}

/** Formats a value every way a display does, and checks the number comes out as digits. */
function formatEveryWay(v: Value | null | undefined, unit: Parameters<typeof formatValue>[1], decimals: number | undefined, label: string): void {
  for (const locale of ['ja', 'en']) {
    const text = timings.time('formatValue', () => `${label} ${preview(v)}`, () => formatValue(v, unit, { locale, decimals }));
    expect(text, `formatValue(${preview(v)})`).to.be.a('string');
    formatValue(v, unit, { locale, decimals, qualifier: false });
  }
  if (v?.status !== 'value') return;
  if (v.decimal !== undefined) {
    const text = timings.time('formatNumber', () => `${label} ${v.decimal}`, () => formatNumber(v.decimal!, { decimals }));
    expect(text, `formatNumber(${JSON.stringify(v.decimal)}) of ${label}`).to.match(DECIMAL_TEXT);
  }
  if (v.value !== undefined) {
    const text = timings.time('formatNumber', () => `${label} ${v.value}`, () => formatNumber(v.value!, { decimals }));
    expect(text, `formatNumber(${v.value}) of ${label}`).to.match(DECIMAL_TEXT);
  }
}

/** evaluate, summarize and format everything a dataset validate returned holds. */
function exercise(dataset: Dataset, label: string, formatLimit: number): void {
  const years = new Set<number>([dataset.plan.reportedYear]);
  for (const ind of dataset.indicators.slice(0, 3)) for (const y of Object.keys(ind.targets).slice(0, 2)) years.add(Number(y));
  for (const year of [...years].slice(0, 4)) {
    const rows = timings.time('evaluate', () => `${label} year ${year}`, () => evaluate(dataset, { year }));
    expect(rows).to.be.an('array');
    for (const row of rows) {
      expect(ROW_STATUSES as readonly string[], `status of ${row.indicatorId}`).to.include(row.status);
      expect(row.rate === null, `rate and rateText of ${row.indicatorId} are null together`).to.equal(row.rateText === null);
      if (row.rateText !== null) {
        const decimals = row.rateText.split('.')[1]?.length ?? 0;
        expect(decimals, `rateText ${row.rateText} has rounding.digits (${row.rounding.digits}) decimals`).to.equal(row.rounding.digits);
        formatRateText(row.rateText, 'ja');
      }
      if (formatLimit < dataset.indicators.length && row !== rows[0]) continue;
      formatEveryWay(row.target, row.unit, row.decimals, `${label} ${row.indicatorId} target`);
      formatEveryWay(row.actual, row.unit, row.decimals, `${label} ${row.indicatorId} actual`);
      formatEveryWay(row.comparedWith, row.unit, row.decimals, `${label} ${row.indicatorId} comparedWith`);
      formatEveryWay(row.expected?.value, row.unit, row.decimals, `${label} ${row.indicatorId} expected`);
    }
    const summary = timings.time('summarize', () => `${label} year ${year}`, () => summarize(rows, dataset.evaluation.scheme));
    summarize(rows);
    const groups = timings.time('summarizeGroups', () => `${label} year ${year}`, () => summarizeGroups(dataset, rows));
    const given = timings.time('summarizeGivenJudgments', () => `${label} year ${year}`, () => summarizeGivenJudgments(dataset, year));
    expect(summary.total).to.equal(rows.length);
    expect(notJson(summary), 'summarize gives plain JSON').to.equal(null);
    expect(notJson(given), 'summarizeGivenJudgments gives plain JSON').to.equal(null);
    expect(notJson(groups, '$', 'raw'), 'summarizeGroups gives plain JSON').to.equal(null);
  }
  for (const ind of dataset.indicators.slice(0, formatLimit)) {
    for (const v of values({ ...dataset, indicators: [ind] })) formatEveryWay(v, ind.unit, ind.decimals, `${label} ${ind.id}`);
  }
}

/** The whole pipeline on one input. */
function pipeline(input: unknown, label: string, formatLimit = Infinity): void {
  const jsonInput = notJson(input) === null;
  const result = timings.time('validate', () => `${label}: ${preview(input)}`, () => validate(input));
  checkValidation(result, input, jsonInput);
  if (result.dataset) exercise(result.dataset, label, formatLimit);
}

// ---- generators of documents ---------------------------------------------------------------

const anyValue = fc.oneof(jsonReplacement, hostileString, hostileNumber);
const yearKey = fc.oneof(fc.constantFrom('2023', '2024', '2025', '２０２４', 'R6', '令和6年度', '1899', '2201', '__proto__', ''), fc.string({ maxLength: 6 }));
const yearValues = fc.dictionary(yearKey, anyValue, { maxKeys: 4 });

/** A document shaped like a dataset, every field possibly wrong. */
const datasetShaped = fc.record(
  {
    formatVersion: fc.oneof(fc.constant(1), anyValue),
    plan: fc.oneof(
      { arbitrary: fc.record({ title: anyValue, publisher: anyValue, reportedYear: fc.oneof(fc.integer({ min: 1890, max: 2210 }), anyValue), period: fc.oneof(fc.record({ start: anyValue, end: anyValue }), anyValue), levels: fc.oneof(fc.array(fc.record({ id: anyValue, label: anyValue })), anyValue), rowNoun: anyValue }, { requiredKeys: ['title', 'publisher', 'reportedYear'] }), weight: 5 },
      { arbitrary: anyValue, weight: 1 },
    ),
    evaluation: fc.record({
      scheme: fc.oneof(fc.constantFrom('three-tier', 'given-grade', 'none', 'constructor', '__proto__'), fc.record({ id: anyValue, tiers: fc.array(fc.record({ id: anyValue, min: anyValue, label: anyValue, shape: anyValue, tone: anyValue }, { requiredKeys: [] }), { maxLength: 4 }), computed: anyValue, met: anyValue, notMet: anyValue, summary: anyValue }, { requiredKeys: [] }), anyValue),
      method: fc.oneof(fc.constantFrom('ratio', 'progress'), anyValue),
      basis: fc.oneof(fc.constantFrom('target', 'expected', 'final-target'), anyValue),
      rounding: fc.oneof(fc.record({ digits: fc.oneof(fc.integer({ min: -2, max: 9 }), anyValue), mode: fc.oneof(fc.constantFrom('half-up', 'truncate'), anyValue) }, { requiredKeys: [] }), anyValue),
      reasonRequired: anyValue,
    }, { requiredKeys: [] }),
    indicators: fc.array(
      fc.record({
        id: fc.oneof(fc.constantFrom('a', 'b', '__proto__', 'constructor', ''), anyValue),
        name: anyValue, unit: fc.oneof(fc.constantFrom('件', '%', '人', '千円', ''), anyValue),
        direction: fc.oneof(fc.constantFrom('increase', 'decrease', 'maintain', '↓', '増加'), anyValue),
        method: fc.oneof(fc.constantFrom('ratio', 'progress'), anyValue),
        basis: fc.oneof(fc.constantFrom('target', 'expected', 'final-target'), anyValue),
        rounding: anyValue, tolerance: anyValue, decimals: anyValue, cumulative: anyValue,
        baseline: fc.oneof(fc.record({ year: anyValue, value: anyValue, label: anyValue }, { requiredKeys: [] }), anyValue),
        targets: fc.oneof(yearValues, anyValue), expected: fc.oneof(yearValues, anyValue), actuals: fc.oneof(yearValues, anyValue),
        series: fc.oneof(fc.array(fc.record({ id: anyValue, label: anyValue, actuals: yearValues, comparable: anyValue }, { requiredKeys: [] }), { maxLength: 3 }), anyValue),
        reasons: fc.oneof(yearValues, anyValue), notes: anyValue, source: anyValue, surveyYears: anyValue, givenJudgments: fc.oneof(yearValues, anyValue),
      }, { requiredKeys: [] }),
      { maxLength: 4 },
    ),
    groups: fc.array(fc.record({ id: anyValue, name: anyValue, indicators: fc.oneof(fc.array(fc.constantFrom('a', 'b', 'zz')), anyValue), children: anyValue, givenJudgments: fc.oneof(yearValues, anyValue), texts: anyValue, notes: anyValue }, { requiredKeys: [] }), { maxLength: 3 }),
    projects: anyValue,
  },
  { requiredKeys: ['plan', 'indicators'] },
);

before(async () => {
  await loadDatasets();
});
logDurations('core');

after(() => log(`[fuzz] core: slowest calls (limit ${CALL_LIMIT_MS} ms)\n${timings.report()}`));

describe('fuzz: validate, evaluate, summarize and format never throw', () => {
  it('on random JSON values', function () {
    this.timeout(timeoutFor(300, 1, 5));
    fc.assert(fc.property(fc.jsonValue(), (json) => pipeline(json, 'json')), fuzzParameters(300));
  });

  it('on random JSON text (validate parses strings)', function () {
    this.timeout(timeoutFor(200, 1, 5));
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.constantFrom(...HOSTILE_STRINGS)), (text) => pipeline(text, 'text')),
      fuzzParameters(200),
    );
  });

  it('on dataset-shaped documents with any field wrong', function () {
    this.timeout(timeoutFor(300, 1, 10));
    fc.assert(
      fc.property(datasetShaped, (doc) => pipeline(doc, 'dataset-shaped')),
      fuzzParameters(300),
    );
  });

  it('found: a direction named like an Object.prototype member ("constructor") is not a function in the dataset', () => {
    pipeline({ plan: { title: 0, publisher: 0, reportedYear: 0 }, indicators: [{ direction: 'constructor' }] }, 'direction constructor');
  });

  it('on values JSON cannot hold: BigInt, symbols, functions, cycles, null prototypes, Maps …', function () {
    this.timeout(timeoutFor(300, 1, 10));
    fc.assert(
      fc.property(fc.oneof(nonJsonReplacement, datasetShaped.chain((d) => mutations(allPaths(d).map(pathText).concat('plan'), nonJsonReplacement).map((m) => applyMutations(structuredClone(d), m)))), (value) =>
        pipeline(value, 'non-JSON'),
      ),
      fuzzParameters(300),
    );
  });

  it('found: sparse lists leave no holes in the dataset (series, groups, notes, programmes)', () => {
    /* eslint-disable no-sparse-arrays */
    pipeline({ plan: { title: 't', publisher: 'p', reportedYear: 2024 }, indicators: [{ id: 'a', name: 'A', series: [, { id: 's', actuals: { 2024: 1 } }] }], groups: [, { id: 'g', name: 'G' }] }, 'sparse series and groups');
    pipeline({ plan: { title: 't', publisher: 'p', reportedYear: 2024 }, indicators: [], groups: [{ id: 'g', name: 'G', notes: [, 'x'], programmes: [, 'p'] }] }, 'sparse notes and programmes');
    /* eslint-enable no-sparse-arrays */
  });
});

describe('fuzz: mutations of every real dataset', () => {
  for (const name of DATASETS) {
    it(`${name}: replaced, removed, duplicated, retyped, renamed and injected fields (JSON)`, function () {
      this.timeout(timeoutFor(80, 0.2, 60));
      const paths = allPaths(pristine(name)).map(pathText);
      fc.assert(
        fc.property(mutations(paths, jsonReplacement, 6), (list) => pipeline(applyMutations(pristine(name), list), name)),
        fuzzParameters(80, 0.2),
      );
    });

    it(`${name}: fields replaced by values JSON cannot hold`, function () {
      this.timeout(timeoutFor(40, 0.1, 60));
      const paths = allPaths(pristine(name)).map(pathText);
      fc.assert(
        fc.property(mutations(paths, nonJsonReplacement, 3), (list) => pipeline(applyMutations(pristine(name), list), name)),
        fuzzParameters(40, 0.1),
      );
    });
  }
});

describe('fuzz: extreme documents finish quickly', () => {
  const base = () => ({ plan: { title: 't', publisher: 'p', reportedYear: 2024 }, indicators: [{ id: 'a', name: 'A', unit: '件', direction: 'increase', targets: { 2024: 10 }, actuals: { 2024: 9 } }] }) as Record<string, any>;
  const cases: [string, () => unknown][] = [
    ['an array nested 3,000 levels deep', () => nestedArray(3000)],
    ['an object nested 3,000 levels deep', () => nestedValue(3000, 1, 'plan')],
    ['a target value object nested 3,000 levels deep', () => { const d = base(); d.indicators[0].targets[2024] = nestedValue(3000); return d; }],
    ['a plan title nested 3,000 levels deep', () => { const d = base(); d.plan.title = nestedValue(3000, 't', 'ja'); return d; }],
    ['an indicator name nested 3,000 levels deep in arrays', () => { const d = base(); d.indicators[0].name = nestedArray(3000); return d; }],
    ['a scheme whose tiers nest 3,000 levels deep', () => { const d = base(); d.evaluation = { scheme: { tiers: nestedArray(3000) } }; return d; }],
    ['a hierarchy of 1,000 nested groups', () => ({ ...base(), groups: nestedGroups(1000, 'a') })],
    ['a hierarchy of 3,000 nested groups', () => ({ ...base(), groups: nestedGroups(3000, 'a') })],
    ['1,000 indicators × 20 years', () => hugeDocument(1000, 20)],
    ['10,000 sibling groups', () => ({ ...base(), groups: Array.from({ length: 10000 }, (_, i) => ({ id: `g${i}`, name: 'g', indicators: ['a'] })) })],
    ['a target of 300 digits and 1e-101 as a number', () => { const d = base(); d.indicators[0].targets = { 2024: '9'.repeat(300), 2025: 1e-101 }; d.indicators[0].actuals = { 2024: `1${'0'.repeat(299)}`, 2025: 5e-324 }; return d; }],
    ['a 1 MB name and 10,000 notes', () => { const d = base(); d.indicators[0].name = 'あ'.repeat(1_000_000); d.indicators[0].notes = Array.from({ length: 10000 }, (_, i) => `注${i}`); return d; }],
    ['a problem on each of 20,000 cells', () => { const d = base(); d.indicators[0].targets = Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`x${i}`, '3,550人'])); return d; }],
    ['the reported year 2200 and targets from 1900', () => { const d = base(); d.plan.reportedYear = 2200; d.plan.period = { start: 1900, end: 2200 }; d.indicators[0].targets = { 1900: 1, 2200: 2 }; return d; }],
  ];
  for (const [label, make] of cases) {
    it(`${label}: no throw, under ${CALL_LIMIT_MS} ms per call`, function () {
      this.timeout(60_000);
      pipeline(make(), label, 20);
    });
  }

  it('a cyclic document (a field refers to the document)', () => {
    const d = base();
    d.plan.title = d;
    d.indicators[0].targets[2024] = d;
    d.indicators.push(d);
    pipeline(d, 'cycle');
  });
});

describe('fuzz: formatNumber and formatValue on any number and option', () => {
  const decimalsOption = fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 12 }));
  /** A canonical decimal as core writes one ("3550", "45.0", "-2.5"), up to 320 digits. */
  const canonical = fc.tuple(fc.bigInt({ min: -(10n ** 320n), max: 10n ** 320n }), fc.integer({ min: 0, max: 120 })).map(([c, scale]) => {
    const s = (c < 0n ? -c : c).toString().padStart(scale + 1, '0');
    return `${c < 0n ? '-' : ''}${scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s}`;
  });

  it('formatNumber gives grouped digits for any decimal string or finite number', function () {
    this.timeout(timeoutFor(500, 1, 5));
    fc.assert(
      fc.property(fc.oneof(canonical, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('1e-101', '1e+101', '1e308', '5e-324', '0.000001', '-0')), decimalsOption, (value, decimals) => {
        const text = timings.time('formatNumber', () => `${preview(value)} decimals ${decimals}`, () => formatNumber(value, { decimals }));
        expect(text).to.match(DECIMAL_TEXT);
      }),
      fuzzParameters(500),
    );
  });

  it('formatNumber never throws on any text, number or decimals option (it clamps decimals to 0–1000)', function () {
    this.timeout(timeoutFor(300, 1, 5));
    const odd = fc.oneof(decimalsOption, fc.constantFrom(-1, 1.5, 1000, 1e9, NaN, Infinity, -Infinity));
    // The exponent bombs run in a worker, below: in this page one would freeze the run for half a minute.
    const value = fc.oneof(hostileString, hostileNumber).filter((v) => !EXPONENT_BOMBS.includes(v as string));
    fc.assert(
      fc.property(value, odd, (value, decimals) => {
        const text = timings.time('formatNumber', () => `${preview(value)} decimals ${decimals}`, () => formatNumber(value, { decimals }));
        expect(text).to.be.a('string');
      }),
      fuzzParameters(300),
    );
  });

  it('found: formatNumber with decimals 1.5 or NaN does not throw', () => {
    for (const [value, decimals] of [[9007199254740994, 1.5], ['0', NaN]] as const) {
      expect(formatNumber(value, { decimals }), `formatNumber(${value}, { decimals: ${decimals} })`).to.be.a('string');
    }
  });

  it(`exponent bombs (${EXPONENT_BOMBS.join(', ')}) return within ${CALL_LIMIT_MS} ms in formatNumber, achievementRate and roundRate`, async function () {
    this.timeout(30_000);
    const calls: [string, unknown[]][] = EXPONENT_BOMBS.flatMap((bomb): [string, unknown[]][] => [
      ['formatNumber', [bomb]],
      ['formatNumber', ['1', { decimals: bomb }]],
      ['achievementRate', [{ target: bomb, actual: '1' }]],
      ['achievementRate', [{ target: '1', actual: bomb }]],
      ['roundRate', [bomb]],
    ]);
    // All at once, each in its own worker, stopped after 4 s (module loading included).
    const outcomes = await Promise.all(calls.map(([name, args]) => callInWorker(name, args, 4_000)));
    const failures = outcomes.flatMap((o, i) => {
      const call = `${calls[i]![0]}(${preview(calls[i]![1]).slice(1, -1)})`;
      if ('timedOut' in o) return [`${call} did not finish in 4 s`];
      if (!o.ok) return [`${call} threw ${o.error} after ${o.ms.toFixed(0)} ms`];
      return o.ms > CALL_LIMIT_MS ? [`${call} took ${o.ms.toFixed(0)} ms`] : [];
    });
    expect(failures).to.deep.equal([]);
  });

  it('formatValue never throws on any Value', function () {
    this.timeout(timeoutFor(500, 1, 5));
    const cell = fc.record(
      {
        status: fc.constantFrom(...VALUE_STATUSES), decimal: canonical, value: hostileNumber, decimals: fc.integer({ min: 0, max: 10 }),
        comparator: fc.constantFrom(...COMPARATORS), qualifier: fc.constantFrom(...QUALIFIERS), since: fc.integer({ min: 1900, max: 2200 }),
        text: hostileString, note: hostileString, raw: hostileString,
      },
      { requiredKeys: ['status'] },
    );
    fc.assert(
      fc.property(cell, fc.oneof(hostileString, fc.record({ ja: hostileString, en: hostileString }, { requiredKeys: ['ja'] })), decimalsOption, fc.constantFrom('ja', 'en', 'ko', '', 'EN-gb'), fc.boolean(), (v, unit, decimals, locale, qualifier) => {
        const text = timings.time('formatValue', () => `${preview(v)} decimals ${decimals}`, () => formatValue(v, unit, { locale, decimals, qualifier }));
        expect(text).to.be.a('string');
      }),
      fuzzParameters(500),
    );
  });
});

// ---- CSV -----------------------------------------------------------------------------------

function checkCsv(text: string, label: string, formatLimit = Infinity): void {
  const { document, problems } = timings.time('csvToDataset', () => `${label}: ${preview(text)}`, () => csvToDataset(text));
  expect(problems, 'csv problems').to.be.an('array');
  problems.forEach((p, i) => checkProblem(p, `csv problems[${i}]`));
  // The catch-all in csvToDataset reports an exception it caught as a problem: it must stay unused.
  const swallowed = problems.find((p) => p.expected === 'a CSV file');
  expect(swallowed, `an internal exception surfaced as a problem: ${preview(swallowed)}`).to.equal(undefined);
  if (document !== null) {
    expect(notJson(document), `the CSV's document is plain JSON`).to.equal(null);
    pipeline(document, `${label} (document)`, formatLimit);
  }
}

describe('fuzz: csvToDataset and decodeText never throw', () => {
  it('on CSV text in the long format with hostile cells', function () {
    this.timeout(timeoutFor(300, 1, 10));
    fc.assert(fc.property(csvText, (text) => checkCsv(text, 'csv')), fuzzParameters(300));
  });

  it('on random text', function () {
    this.timeout(timeoutFor(300, 1, 5));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', 'a', '指', ' ') })), (text) => checkCsv(text, 'text')), fuzzParameters(300));
  });

  it('on random bytes, decoded as UTF-8 or Shift_JIS', function () {
    this.timeout(timeoutFor(300, 1, 5));
    const header = new TextEncoder().encode('指標ID,年度,目標値,実績値\n');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('none', 'bom', 'header'), (bytes, prefix) => {
        const data = prefix === 'none' ? bytes : new Uint8Array([...(prefix === 'bom' ? [0xef, 0xbb, 0xbf] : header), ...bytes]);
        const text = timings.time('decodeText', () => `${data.length} bytes`, () => decodeText(data));
        expect(text).to.be.a('string');
        decodeText(data.buffer as ArrayBuffer);
        checkCsv(text, 'bytes');
      }),
      fuzzParameters(300),
    );
  });

  it('a CSV of 20,000 rows and one of a 1 MB cell finish quickly', function () {
    this.timeout(60_000);
    const rows = ['指標ID,指標名,単位,方向,年度,目標値,実績値'];
    for (let i = 0; i < 20000; i++) rows.push(`i${i % 2000},指標${i % 2000},件,増加,${2000 + (i % 10)},"${(i % 97) + 1},000件",${i % 1000}`);
    checkCsv(rows.join('\n'), '20,000 rows', 20);
    checkCsv(`指標ID,年度,実績値\na,2024,"${'9'.repeat(1_000_000)}"`, '1 MB cell');
    checkCsv(`指標ID,年度,実績値\na,2024,"${'"'.repeat(100_001)}`, 'unbalanced quotes');
  });
});
