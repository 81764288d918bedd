import { expect } from '@open-wc/testing';
import { evaluate, formatValue, isolateBidi, localize, resolveScheme, validate } from '../../src/core/index.js';
import { doc } from '../helpers/datasets.js';
import { inspectJson } from '../../src/core/json-shape.js';

/** Issue 9's minimal inputs, each a named regression test. */
describe('validate never throws, and no document can exhaust it', () => {
  it('validate([0n]): a BigInt is reported, not thrown ("Do not know how to serialize a BigInt")', () => {
    const result = validate([0n]);
    expect(result.dataset).to.equal(null);
    expect(result.problems[0]!.got).to.equal('["0n"]');
    expect(result.problems[0]!.message).to.contain('0n');
    const inside = validate(doc([{ id: 'b', name: 'b', direction: 'increase', targets: { 2024: 5n } }]));
    expect(inside.problems.map((p) => `${p.path} ${p.code}`)).to.include('indicators[0].targets.2024 not-a-number');
  });

  it('a cyclic object is a located problem, not "Converting circular structure to JSON"', () => {
    const cyclic: Record<string, unknown> = doc([]);
    (cyclic.plan as Record<string, unknown>).self = cyclic;
    const result = validate(cyclic);
    expect(result.dataset).to.equal(null);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.deep.include({ path: '$.plan.self', code: 'too-large' });
  });

  it('inspectJson locates a cycle, too deep a nesting and too many values by their paths, the first of each kind', () => {
    const shared = { a: 1 };
    const cyclic: Record<string, unknown> = { list: [1, { deep: [[shared]], back: null }] };
    ((cyclic.list as unknown[])[1] as Record<string, unknown>).back = cyclic;
    // Depth: $ 0, z 1, list 2, [1] 3, deep 4, deep[0] 5: too deep at a limit of 5. n[0][0][0][0] is
    // too deep as well, but comes later: only the first of a kind is reported.
    expect(inspectJson({ x: [0, 1n, () => 0], z: cyclic, n: [[[[[1]]]]] }, { depth: 5, values: 1000 })).to.deep.equal([
      { path: '$.z.list[1].deep[0]', kind: 'too-deep', got: 'more than 5 levels' },
      { path: '$.z.list[1].back', kind: 'cycle', got: 'a reference to an enclosing value' },
    ]);
    // The same object twice, side by side, is not a cycle; values that are not JSON are not its to report.
    expect(inspectJson({ p: shared, q: [shared, shared], b: 1n, f: () => 0 })).to.deep.equal([]);
    // Values counted: the root, "a", and its 3 numbers = 5.
    expect(inspectJson({ a: [1, 2, 3] }, { depth: 10, values: 5 })).to.deep.equal([]);
    expect(inspectJson({ a: [1, 2, 3] }, { depth: 10, values: 4 })).to.deep.equal([{ path: '$.a[0]', kind: 'too-many', got: 'more than 4 values' }]);
    expect(inspectJson([[[]]], { depth: 10, values: 1 })).to.deep.equal([{ path: '$[0]', kind: 'too-many', got: 'more than 1 values' }]);
  });

  it('a value nested 2,500 levels deep (and one nested 100,000 levels) is reported, without a stack overflow', () => {
    for (const levels of [2500, 100000]) {
      let deep: unknown = 1;
      for (let i = 0; i < levels; i++) deep = [deep];
      const result = validate({ ...doc([]), x: deep });
      expect(result.dataset, `${levels}`).to.equal(null);
      expect(result.problems[0]!.code).to.equal('too-large');
      const text = `{"plan":{"title":"t","publisher":"p","reportedYear":2024},"x":${'['.repeat(levels)}${']'.repeat(levels)}}`;
      expect(validate(text).dataset).to.equal(null);
    }
  });

  it('1,000 and 2,000 nested groups: reported past 30 levels, read and evaluated at once (no quadratic time, no overflow)', () => {
    for (const n of [1000, 2000]) {
      let group: Record<string, unknown> = { id: `g${n}`, name: 'g', indicators: ['i'] };
      for (let i = n - 1; i >= 0; i--) group = { id: `g${i}`, name: 'g', children: [group] };
      const started = performance.now();
      const result = validate(doc([{ id: 'i', name: 'i', direction: 'increase', targets: { 2024: 1 }, actuals: { 2024: 1 } }], { groups: [group] }));
      expect(result.dataset, `${n}`).to.equal(null); // deeper than the document's nesting limit
      expect(result.problems.some((p) => p.code === 'too-large')).to.equal(true);
      expect(performance.now() - started).to.be.below(2000);
    }
    let group: Record<string, unknown> = { id: 'g40', name: 'g', indicators: ['i'] };
    for (let i = 39; i >= 0; i--) group = { id: `g${i}`, name: 'g', children: [group] };
    const result = validate(doc([{ id: 'i', name: 'i', direction: 'increase', targets: { 2024: 1 }, actuals: { 2024: 1 } }], { groups: [group] }));
    expect(result.problems.map((p) => p.code)).to.include('too-large');
    expect(evaluate(result.dataset!)).to.have.length(1);
  });
});

describe('numbers outside what a chart can place: a located problem, not NaN or 「∞%」', () => {
  it('a 309-digit value and 1e307 are too large; 10^15 − 1 is read (the limit is 10^21)', () => {
    const big = `1${'0'.repeat(308)}`;
    const result = validate(doc([{ id: 'n', name: 'n', direction: 'increase', targets: { 2024: 1, 2025: big }, actuals: { 2024: 1e307, 2025: '999,999,999,999,999' } }]));
    const codes = result.problems.map((p) => `${p.path} ${p.code}`);
    expect(codes).to.include('indicators[0].targets.2025 too-large');
    expect(codes).to.include('indicators[0].actuals.2024 too-large');
    expect(result.dataset!.indicators[0]!.series[0]!.actuals[2025]!.decimal).to.equal('999999999999999');
    const row = evaluate(result.dataset!)[0]!;
    expect(row).to.deep.include({ status: 'invalid', rate: null, judgment: null });
  });

  it('the limit on JSON numbers is exactly 10^21: 1e21 and −1e21 are too large, the double just below (2^17 less) is read', () => {
    const below = 1e21 - 2 ** 17; // the ulp of doubles in [2^69, 2^70), which holds 10^21
    expect(below).to.be.below(1e21);
    const result = validate(doc([{ id: 'n', name: 'n', direction: 'increase', targets: { 2024: 1e21, 2025: -1e21, 2026: below }, actuals: { 2024: 1 } }]));
    const codes = result.problems.map((p) => `${p.path} ${p.code}`);
    expect(codes).to.include.members(['indicators[0].targets.2024 too-large', 'indicators[0].targets.2025 too-large']);
    // Read through its shortest round-trip string, 999999999999999900000 (ECMAScript Number::toString).
    expect(result.dataset!.indicators[0]!.targets[2026]!.decimal).to.equal('999999999999999900000');
  });

  it('a target of 1e-101 is valid and formats exactly (Intl.NumberFormat would throw past 20 / 100 decimals)', () => {
    const result = validate(doc([{ id: 't', name: 't', direction: 'increase', targets: { 2024: 1e-101 }, actuals: { 2024: 1e-101 } }]));
    expect(result.valid).to.equal(true);
    const value = result.dataset!.indicators[0]!.targets[2024]!;
    expect(formatValue(value)).to.equal(`0.${'0'.repeat(100)}1`);
    expect(evaluate(result.dataset!)[0]!.rateText).to.equal('100.0');
  });
});

describe('schemes as data, fully checked', () => {
  it('scheme ids such as constructor, toString, __proto__ are unknown names, not Object.prototype members', () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(resolveScheme(id), id).to.equal(null);
      expect(validate(doc([], { evaluation: { scheme: id } })).problems[0]!.code, id).to.equal('unknown-reference');
    }
  });

  it('a computed scheme without a catch-all tier is an error (rates below its last min would get no judgment)', () => {
    const scheme = { id: 's', label: 's', tiers: [{ id: 'a', min: 100, label: 'a' }, { id: 'b', min: 50, label: 'b' }] };
    const result = validate(doc([], { evaluation: { scheme } }));
    expect(result.valid).to.equal(false);
    expect(result.problems[0]).to.deep.include({ path: 'evaluation.scheme.tiers[1].min', code: 'required' });
  });

  it('a tier shape "constructor" is rejected, never rendered', () => {
    const scheme = { id: 's', label: 's', tiers: [{ id: 'a', min: 100, label: 'a', shape: 'constructor' }, { id: 'b', label: 'b' }] };
    const result = validate(doc([], { evaluation: { scheme } }));
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).to.include('evaluation.scheme.tiers[0].shape wrong-type');
  });
});

describe('direction controls in data are isolated', () => {
  it('a name with U+202E (RLO) is wrapped in FSI … PDI, so it cannot reorder the text around it; plain text is untouched', () => {
    expect(isolateBidi('abc')).to.equal('abc');
    expect(isolateBidi('a\u202Ebc')).to.equal('\u2068a\u202Ebc\u2069');
    expect(localize({ ja: '指標\u202E名' })).to.equal('\u2068指標\u202E名\u2069');
    expect(localize('相談件数')).to.equal('相談件数');
  });
});
