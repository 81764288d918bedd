import { expect } from '@open-wc/testing';
import { fiscalYearLabel, validate } from '../../src/core/index.js';
import { MESSAGES, describeProblem, messagesFor } from '../../src/i18n/messages.js';
import { doc } from '../helpers/datasets.js';

describe('i18n: validation problems as sentences', () => {
  const problem = validate(doc([{ id: 'x1', name: '相談件数', unit: '件', targets: { 2024: '3,550人' } }])).problems[0]!;

  it('Japanese: which indicator, which field and year, what was wrong, what was expected', () => {
    expect(describeProblem(problem, 'ja', { indicatorName: '相談件数', yearLabel: (y) => fiscalYearLabel(y) })).to.equal(
      '指標「相談件数」の目標値 令和6年度：単位が指標の単位と一致しません（値："3,550人"）。期待される値：件を単位とする数値',
    );
  });

  it('English, with the path when no indicator is named', () => {
    expect(describeProblem(problem, 'en')).to.equal(
      "target: The unit does not match the indicator's unit (found \"3,550人\"). expected a number in 件",
    );
    const rootProblem = validate({ indicators: [] }).problems[0]!;
    expect(describeProblem(rootProblem, 'en')).to.match(/^plan: A required item is missing/);
  });

  it('says in Japanese what was expected for a bad year and a bad enum', () => {
    const problems = validate(doc([{ id: 'y', name: 'Y', direction: 'sideways', targets: { R6: 1 } }])).problems;
    const texts = problems.map((p) => describeProblem(p, 'ja'));
    expect(texts).to.include('indicators[0].direction：値の種類が正しくありません（値："sideways"）。期待される値：increase, decrease, maintain のいずれか');
    expect(texts).to.include('indicators[0].targets.R6：年度として読み取れません（値："R6"）。期待される値：2024 のような年度（西暦）');
  });

  it('has a message for every problem code in both languages', () => {
    expect(Object.keys(MESSAGES.en.problem)).to.deep.equal(Object.keys(MESSAGES.ja.problem));
    for (const text of [...Object.values(MESSAGES.ja.problem), ...Object.values(MESSAGES.en.problem)]) expect(text).to.not.equal('');
  });

  it('picks the catalogue from lang: en, en-US → English; ja, "", null, fr → Japanese', () => {
    expect(messagesFor('en-US')).to.equal(MESSAGES.en);
    for (const lang of ['ja', '', null, 'fr']) expect(messagesFor(lang)).to.equal(MESSAGES.ja);
  });
});
