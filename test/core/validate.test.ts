import { expect } from '@open-wc/testing';
import { validate, type JudgmentScheme } from '../../src/core/index.js';
import { doc } from '../helpers/datasets.js';

const paths = (json: unknown) => validate(json).problems.map((p) => p.path);

describe('validate: located problems', () => {
  it('says where, what was expected and what it got: indicators[0].targets.2024', () => {
    const result = validate(doc([{ id: 'x1', name: '相談件数', unit: '件', targets: { 2024: '3,550人' } }]));
    expect(result.valid).to.equal(false);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.deep.include({
      path: 'indicators[0].targets.2024',
      severity: 'error',
      code: 'unit-mismatch',
      expected: 'a number in 件',
      got: '"3,550人"',
      indicatorId: 'x1',
      field: 'targets',
      year: 2024,
      message: 'indicators[0].targets.2024: expected a number in 件, got "3,550人"',
    });
  });

  it('keeps the unreadable cell as invalid in the dataset, and everything else', () => {
    const result = validate(doc([
      { id: 'x1', name: 'A', unit: '件', targets: { 2024: 'たくさん' }, actuals: { 2024: 5 } },
      { id: 'x2', name: 'B', unit: '件', targets: { 2024: 10 }, actuals: { 2024: 9 } },
    ]));
    expect(result.dataset!.indicators).to.have.length(2);
    expect(result.dataset!.indicators[0]!.targets[2024]).to.deep.equal({ status: 'invalid', raw: 'たくさん' });
    expect(result.dataset!.indicators[1]!.series[0]!.actuals[2024]).to.include({ decimal: '9' });
  });

  it('normalises spreadsheet values without complaint where unambiguous', () => {
    const result = validate(doc([{
      id: 1, name: '割合', unit: '%', direction: 'increase', targets: { 2024: '45.0%', '2025': '４８．０％' },
      actuals: { 2024: '集計中', 2025: '' }, baseline: { year: '2023', value: '30.6%' },
    }]));
    expect(result.problems).to.deep.equal([]);
    const ind = result.dataset!.indicators[0]!;
    expect(ind.id).to.equal('1');
    expect(ind.targets[2025]).to.include({ decimal: '48.0', decimals: 1 });
    expect(ind.series[0]!.actuals[2024]!.status).to.equal('tallying');
    expect(ind.series[0]!.actuals[2025]).to.equal(undefined);
    expect(ind.baseline).to.deep.include({ year: 2023 });
  });

  it('fills the defaults: three-tier, ratio against the year\'s target, 1 digit half-up, reason at ≥ 200 or < 80', () => {
    const { dataset } = validate(doc([]));
    expect(dataset!.evaluation).to.deep.equal({
      scheme: 'three-tier', method: 'ratio', basis: 'target', rounding: { digits: 1, mode: 'half-up' }, reasonRequired: { atOrAbove: 200, below: 80 },
    });
    expect(dataset!.indicators).to.deep.equal([]);
  });

  it('reports a document that is not an object, or has no plan, with no dataset', () => {
    expect(validate(null)).to.deep.include({ valid: false, dataset: null });
    expect(validate([1, 2]).problems[0]!.code).to.equal('not-an-object');
    expect(paths({ indicators: [] })).to.deep.equal(['plan']);
    expect(validate('{"plan": ').problems[0]!.message).to.match(/^\$: expected a JSON document/);
  });

  it('accepts a JSON string', () => {
    expect(validate(JSON.stringify(doc([]))).valid).to.equal(true);
  });

  it('reports wrong types, bad years, unknown enums and misspelt fields', () => {
    const problems = validate(doc([{
      id: 'x', name: 42, kind: 'result', direction: 'sideways', unit: '件',
      targets: { R6: 10, 2024: 10 }, taregts: {}, cumulative: 'yes',
    }], { evaluation: { scheme: 'five-star', rounding: { digits: 9, mode: 'banker' } } })).problems;
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath['indicators[0].name']!.code).to.equal('wrong-type');
    expect(byPath['indicators[0].kind']!.expected).to.equal('one of outcome, activity');
    expect(byPath['indicators[0].direction']!.expected).to.equal('one of increase, decrease, maintain');
    expect(byPath['indicators[0].targets.R6']!.code).to.equal('bad-year');
    expect(byPath['indicators[0].taregts']).to.deep.include({ code: 'unknown-field', severity: 'warning' });
    expect(byPath['indicators[0].cumulative']!.code).to.equal('wrong-type');
    expect(byPath['evaluation.scheme']!.code).to.equal('unknown-reference');
    expect(byPath['evaluation.rounding.digits']!.code).to.equal('wrong-type');
    expect(byPath['evaluation.rounding.mode']!.expected).to.equal('one of half-up, truncate');
  });

  it('reports duplicate ids, unknown references, and actuals given twice', () => {
    const problems = validate(doc(
      [
        { id: 'a', name: 'A', actuals: {}, series: [{ id: 's', actuals: {} }] },
        { id: 'a', name: 'B' },
      ],
      {
        groups: [{ id: 'g', name: 'G', indicators: ['a', 'zz'], children: [{ id: 'g', name: 'G2' }] }],
        projects: [{ id: 'p', name: 'P', policies: [{ group: 'nowhere', role: 'primary' }] }],
      },
    )).problems;
    const codes = problems.map((p) => `${p.path} ${p.code}`);
    expect(codes).to.include('indicators[0].actuals conflict');
    expect(codes).to.include('indicators[1].id duplicate-id');
    expect(codes).to.include('groups[0].indicators[1] unknown-reference');
    expect(codes).to.include('groups[0].children[0].id duplicate-id');
    expect(codes).to.include('projects[0].policies[0].group unknown-reference');
  });

  it('reads value objects with a status and a note', () => {
    const result = validate(doc([{
      id: 'n', name: '新規指標', unit: '件',
      baseline: { year: 2023, value: { status: 'not-applicable', note: '令和6年度新規' } },
      actuals: { 2024: { status: 'tallying' }, 2023: { value: '5', note: '速報値' } },
    }]));
    expect(result.valid).to.equal(true);
    const ind = result.dataset!.indicators[0]!;
    expect(ind.baseline!.value).to.deep.equal({ status: 'not-applicable', note: '令和6年度新規' });
    expect(ind.series[0]!.actuals[2023]).to.include({ decimal: '5', note: '速報値' });
  });

  it('flags a value object whose status contradicts its value', () => {
    expect(paths(doc([{ id: 'c', name: 'C', actuals: { 2024: { value: 5, status: 'tallying' } } }])))
      .to.deep.equal(['indicators[0].actuals.2024.value']);
  });

  it('reads a custom judgment scheme and checks its thresholds descend', () => {
    const ok = validate(doc([], { evaluation: { scheme: { id: 's', tiers: [{ id: 'good', min: 90, label: '良' }, { id: 'bad', label: '否' }] } } }));
    expect(ok.valid).to.equal(true);
    expect((ok.dataset!.evaluation.scheme as JudgmentScheme).tiers).to.have.length(2);
    const bad = validate(doc([], { evaluation: { scheme: { tiers: [{ id: 'a', min: 50, label: 'a' }, { id: 'b', min: 60, label: 'b' }] } } }));
    expect(bad.problems.map((p) => p.path)).to.deep.equal(['evaluation.scheme.tiers[1].min']);
  });

  it('reads its own output back unchanged (a normalised dataset is a valid document)', async () => {
    for (const name of ['atsugi-fy2024', 'asaka-fy2024']) {
      const json = await (await fetch(new URL(`../../data/${name}.json`, import.meta.url))).json();
      const once = validate(json);
      const twice = validate(once.dataset);
      expect(twice.problems, name).to.deep.equal([]);
      expect(JSON.parse(JSON.stringify(twice.dataset)), name).to.deep.equal(JSON.parse(JSON.stringify(once.dataset)));
    }
    const bad = validate(doc([{ id: 'x', name: 'X', unit: '件', targets: { 2024: '3,550人' } }]));
    expect(validate(bad.dataset).problems.map((p) => p.message)).to.deep.equal(bad.problems.map((p) => p.message));
  });

  it('never throws, whatever it is given', () => {
    const junk: unknown[] = [undefined, 0, 'x', [], { plan: 5 }, { plan: {}, indicators: 'no' },
      { plan: { title: 't', publisher: 'p', reportedYear: 2024 }, indicators: [null, 5, 'x', { id: {} }], groups: [null], projects: [7] }];
    for (const j of junk) expect(() => validate(j)).not.to.throw();
    const last = validate(junk[junk.length - 1]);
    expect(last.dataset!.indicators).to.have.length(4);
    expect(last.valid).to.equal(false);
  });
});
