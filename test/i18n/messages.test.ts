import { expect, fixture, html } from '@open-wc/testing';
import { fiscalYearLabel, validate } from '../../src/core/index.js';
import '../../src/elements/achievement-badge/achievement-badge.js';
import '../../src/elements/policy-indicator-table/policy-indicator-table.js';
import { MESSAGES, badgeMessages, describeProblem, languageChain, messagesFor, registerMessages, tableMessages } from '../../src/i18n/messages.js';
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

  it('picks the catalogue from lang: ja, ja-JP, "", null → Japanese; en, en-US and any language without words of its own → English', () => {
    for (const lang of ['ja', 'ja-JP', '', null]) expect(messagesFor(lang).table.result, String(lang)).to.equal('結果');
    for (const lang of ['en', 'en-US', 'fr', 'ko']) expect(messagesFor(lang).table.result, String(lang)).to.equal('Result');
    expect(languageChain('ko-KR')).to.deep.equal(['ko-kr', 'ko', 'en', 'ja']);
    expect(languageChain('ja-JP')).to.deep.equal(['ja-jp', 'ja']);
  });
});

describe('i18n: registering and overriding words (registerMessages)', () => {
  it('a city says 達成状況 instead of 結果: an override for ja changes that word only, and a table shows it', async () => {
    registerMessages('ja', { table: { result: '達成状況' } });
    try {
      expect(tableMessages('ja').result).to.equal('達成状況');
      expect(tableMessages('ja').no).to.equal('No.');
      expect(tableMessages('en').result).to.equal('Result');
      const el = await fixture<HTMLElement>(html`<policy-indicator-table .data=${doc([{ id: 'a', name: 'a', direction: 'increase', targets: { 2024: 1 }, actuals: { 2024: 1 } }])}></policy-indicator-table>`);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.include('達成状況');
    } finally {
      registerMessages('ja', { table: { result: '結果' } });
    }
  });

  it('MESSAGES stays the built-in words: an override registered before it is first read does not reach it', () => {
    registerMessages('en', { badge: { none: 'Not judged (override)' } });
    try {
      expect(badgeMessages('en').none).to.equal('Not judged (override)');
      expect(MESSAGES.en.badge.none).to.equal('No judgment');
      expect(messagesFor('en').badge.none).to.equal('Not judged (override)');
      expect(MESSAGES.ja.badge.none).to.equal('判定なし');
      expect(Object.keys(MESSAGES)).to.deep.equal(['ja', 'en']);
      expect(Object.isFrozen(MESSAGES)).to.equal(true);
    } finally {
      registerMessages('en', { badge: { none: 'No judgment' } });
    }
  });

  it('Korean words registered for a badge are used with lang="ko"; what is not registered comes from English', async () => {
    registerMessages('ko', { badge: { rated: (rate: string, judgment: string) => `달성률 ${rate}, ${judgment}` }, common: {} });
    expect(badgeMessages('ko-KR').rated('61.3%', '미달성')).to.equal('달성률 61.3%, 미달성');
    expect(badgeMessages('ko').none).to.equal('No judgment');
    const el = await fixture<HTMLElement>(html`<achievement-badge lang="ko" target="3550" actual="2176"></achievement-badge>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('달성률 61.3%, Not achieved');
  });

  it('ignores __proto__ and constructor keys', () => {
    registerMessages('ja', JSON.parse('{"table": {"__proto__": {"polluted": 1}}}'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(tableMessages('ja').result).to.be.a('string');
  });
});
