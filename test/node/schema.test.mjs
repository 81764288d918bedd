// The JSON Schema, checked by an independent validator (Ajv, draft 2020-12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (p) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const schema = read('schema/policy-indicators.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(schema);

for (const file of ['data/atsugi-fy2024.json', 'data/asaka-fy2024.json']) {
  test(`${file} validates against the schema`, () => {
    const ok = check(read(file));
    assert.ok(ok, JSON.stringify(check.errors?.slice(0, 5), null, 1));
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
