// The JSON Schema, checked by an independent validator (Ajv, draft 2020-12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (p) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const schema = read('schema/policy-indicators.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(schema);
const errors = () => JSON.stringify(check.errors?.slice(0, 10), null, 1);

const datasets = readdirSync(new URL('../../data/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .sort();

test('there are datasets to check', () => {
  assert.ok(datasets.includes('atsugi-fy2024.json') && datasets.includes('asaka-fy2024.json'), datasets.join(', '));
});

for (const file of datasets) {
  test(`data/${file} validates against the schema`, () => {
    const ok = check(read(`data/${file}`));
    assert.ok(ok, `data/${file}: ${check.errors?.length} schema errors:\n${errors()}`);
  });
}

test('the schema rejects a document without plan, and an indicator with both actuals and series', () => {
  assert.equal(check({ indicators: [] }), false);
  assert.ok(check.errors.some((e) => e.params.missingProperty === 'plan'));
  const doc = {
    plan: { title: 't', publisher: 'p', reportedYear: 2024 },
    indicators: [{ id: 'a', name: 'n', actuals: {}, series: [{ id: 's', actuals: {} }] }],
  };
  assert.equal(check(doc), false);
});

test('the schema rejects a misspelt field and a bad year key', () => {
  const base = { plan: { title: 't', publisher: 'p', reportedYear: 2024 } };
  assert.equal(check({ ...base, indicators: [{ id: 'a', name: 'n', taregts: {} }] }), false);
  assert.equal(check({ ...base, indicators: [{ id: 'a', name: 'n', targets: { R6: 1 } }] }), false);
  assert.equal(check({ ...base, indicators: [{ id: 'a', name: 'n', targets: { 2024: '3,550件' } }] }), true);
});

// --- The fields added with basis, expected values, given judgments and schemes as data.

const plan = { title: 't', publisher: 'p', reportedYear: 2024 };
/** A document with one indicator (extra fields merged in) and, optionally, evaluation settings. */
const doc = (indicator = {}, evaluation) => ({
  plan,
  ...(evaluation && { evaluation }),
  indicators: [{ id: 'a', name: 'n', ...indicator }],
});
/** A document whose evaluation scheme is the given object. */
const schemeDoc = (scheme) => doc({}, { scheme });
const cellDoc = (cell) => doc({ targets: { 2024: cell } });
const tier = (t) => schemeDoc({ id: 's', label: 'S', computed: false, tiers: [{ id: 'A', label: 'A', ...t }] });

const accepts = (d, what = '') => assert.ok(check(d), `${what} should be accepted: ${errors()}`);
/** Rejected, and for the reason meant: an error at `path` (a JSON pointer into the document). */
const rejects = (d, path) => {
  assert.equal(check(d), false, `${JSON.stringify(d)} should be rejected`);
  assert.ok(
    check.errors.some((e) => e.instancePath === path),
    `expected an error at ${path}, got: ${errors()}`,
  );
};

test('the schema accepts every new field of the format', () => {
  accepts({ plan: { ...plan, rowNoun: '単位施策' }, indicators: [] }, 'plan.rowNoun');
  accepts({ plan: { ...plan, rowNoun: { ja: '単位施策', en: 'measures' } }, indicators: [] }, 'a localized plan.rowNoun');
  for (const basis of ['target', 'expected', 'final-target']) {
    accepts(doc({ basis }, { basis }), `basis ${basis}`);
  }
  for (const scheme of ['three-tier', 'given-grade', 'none']) accepts(doc({}, { scheme }), `scheme ${scheme}`);
  accepts(
    schemeDoc({
      id: 'five',
      label: { ja: '5段階', en: 'Five grades' },
      computed: true,
      description: '評価基準',
      tiers: [
        { id: 'S', min: 120, label: 'S', description: '120%以上', shape: 'diamond', tone: 'success' },
        { id: 'A', min: 100, label: 'A', shape: 'circle', tone: 'success' },
        { id: 'B', min: 80, label: 'B', shape: 'triangle', tone: 'warning' },
        { id: 'C', label: 'C', shape: 'cross', tone: 'error' },
      ],
      tallying: { id: 'T', label: '集計中', shape: 'dots', tone: 'neutral' },
      summary: [
        { id: 'A', includes: ['S', 'A', 'B'] },
        { id: 'C', includes: ['C'] },
      ],
      met: 'A',
      notMet: 'C',
    }),
    'a full scheme object',
  );
  accepts(schemeDoc({ computed: false, tiers: [] }), 'a given scheme without tiers');
  for (const direction of ['increase', 'decrease', 'maintain', '増加', '上昇', '向上', '減少', '低下', '削減', '維持', 'up', 'down', '↑', '↓']) {
    accepts(doc({ direction }), `direction ${direction}`);
  }
  accepts(doc({}), 'an indicator without direction');
  accepts(
    doc({
      unit: '件',
      rounding: { digits: 0, mode: 'truncate' },
      expected: { 2024: 12.5, 2025: '13件' },
      givenJudgments: { 2024: 'B' },
    }),
    'indicator rounding, expected and givenJudgments',
  );
  accepts(
    cellDoc({
      value: '1.0',
      status: 'value',
      note: '令和6年度新規',
      decimals: 1,
      decimal: '1.0',
      raw: '1.0%未満（見込み）',
      comparator: 'lt',
      qualifier: 'estimate',
      since: 2027,
    }),
    'a cell object with every field',
  );
  accepts(cellDoc({ status: 'text', text: '継続実施' }), 'a text cell');
  accepts(cellDoc({ text: '継続実施' }), 'a text cell without status');
  accepts(cellDoc({ status: 'invalid', raw: '3,55' }), 'an invalid cell');
  accepts(cellDoc({ value: null, note: '未定' }), 'a cell with only a note');
  for (const comparator of ['lt', 'le', 'ge', 'gt']) accepts(cellDoc({ value: 1, comparator }), `comparator ${comparator}`);
  for (const qualifier of ['estimate', 'preliminary', 'final']) accepts(cellDoc({ value: 1, qualifier }), `qualifier ${qualifier}`);
  accepts(doc({ baseline: { year: 2018, value: '—', label: '計画策定時' } }), 'a baseline with a year and no printed value');
  accepts(doc({ baseline: { year: 2018, label: '計画策定時' } }), 'a baseline with a year and no value');
  accepts(doc({ baseline: { value: 5 } }), 'a baseline { value }');
  accepts(doc({ baseline: { status: 'tallying' } }), 'a baseline cell with a status');
  accepts(doc({ unit: '件', baseline: '2,588件' }), 'a baseline cell');
  accepts(doc({ 'x-page': 12, $comment: 'c', targets: { 2024: { value: 1, 'x-cell': 'B12' } } }), '$ and x- keys');
});

test('the schema rejects a cell with an unknown status, comparator or qualifier, or missing what its status needs', () => {
  const at = '/indicators/0/targets/2024';
  rejects(cellDoc({ value: 1, comparator: 'lte' }), `${at}/comparator`);
  rejects(cellDoc({ value: 1, comparator: '<' }), `${at}/comparator`);
  rejects(cellDoc({ value: 1, qualifier: 'estimated' }), `${at}/qualifier`);
  rejects(cellDoc({ status: 'missing' }), `${at}/status`);
  rejects(cellDoc({ value: 1, since: 'R9' }), `${at}/since`);
  rejects(cellDoc({ status: 'value' }), at);
  rejects(cellDoc({ status: 'text' }), at);
  rejects(cellDoc({ value: 1, decimal: 1 }), `${at}/decimal`);
  rejects(cellDoc({ value: 1, comparater: 'lt' }), at);
  rejects(doc({ expected: { 2024: { value: 1, qualifier: 'guess' } } }), '/indicators/0/expected/2024/qualifier');
  rejects(doc({ baseline: { value: { value: 1, comparator: 'lte' } } }), '/indicators/0/baseline/value/comparator');
});

test('the schema rejects an unknown basis', () => {
  rejects(doc({}, { basis: 'final' }), '/evaluation/basis');
  rejects(doc({ basis: 'targets' }), '/indicators/0/basis');
});

test('the schema rejects an unknown direction word', () => {
  rejects(doc({ direction: '上がる' }), '/indicators/0/direction');
  rejects(doc({ direction: 'increasing' }), '/indicators/0/direction');
});

test('the schema rejects an unknown rounding mode or too many digits, on the dataset and on an indicator', () => {
  rejects(doc({ rounding: { digits: 1, mode: 'round' } }), '/indicators/0/rounding/mode');
  rejects(doc({ rounding: { digits: 7 } }), '/indicators/0/rounding/digits');
  rejects(doc({}, { rounding: { mode: 'floor' } }), '/evaluation/rounding/mode');
});

test('the schema rejects an unknown scheme name, tier shape or tone, and a reserved tier id', () => {
  rejects(doc({}, { scheme: 'five-tier' }), '/evaluation/scheme');
  rejects(doc({}, { scheme: 'constructor' }), '/evaluation/scheme');
  rejects(tier({ shape: 'constructor' }), '/evaluation/scheme/tiers/0/shape');
  rejects(tier({ shape: 'star' }), '/evaluation/scheme/tiers/0/shape');
  rejects(tier({ tone: 'danger' }), '/evaluation/scheme/tiers/0/tone');
  rejects(schemeDoc({ computed: false, tiers: [{ id: 'constructor', label: 'x' }] }), '/evaluation/scheme/tiers/0/id');
  rejects(schemeDoc({ tiers: [{ id: 'A', label: 'A', colour: 'red' }] }), '/evaluation/scheme/tiers/0');
  rejects(schemeDoc({ tiers: [] }), '/evaluation/scheme/tiers');
  rejects(schemeDoc({ tiers: [{ id: 'A', label: 'A' }], summary: [{ id: 'A' }] }), '/evaluation/scheme/summary/0');
  rejects(schemeDoc({ tiers: [{ id: 'A', label: 'A' }], tallying: { id: 'T', label: 'T', tone: 'grey' } }), '/evaluation/scheme/tallying/tone');
});

test('the schema rejects a baseline without value or year, or with cell fields beside its year', () => {
  rejects(doc({ baseline: { label: '計画策定時' } }), '/indicators/0/baseline');
  rejects(doc({ baseline: { year: 2018, value: 5, note: 'x' } }), '/indicators/0/baseline');
  rejects(doc({ baseline: { year: 'R5', value: 5 } }), '/indicators/0/baseline/year');
});
