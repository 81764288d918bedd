import { expect } from '@open-wc/testing';
import { fiscalYearLabel } from '../../src/core/index.js';

describe('fiscalYearLabel', () => {
  it('2024 → 令和6年度 / R6 / 2024年度 / FY2024', () => {
    expect(fiscalYearLabel(2024)).to.equal('令和6年度');
    expect(fiscalYearLabel(2024, { style: 'era-short' })).to.equal('R6');
    expect(fiscalYearLabel(2024, { style: 'western' })).to.equal('2024年度');
    expect(fiscalYearLabel(2024, { style: 'fy' })).to.equal('FY2024');
  });

  it('2019 → 令和元年度 (the fiscal year that began in April 2019), R1', () => {
    expect(fiscalYearLabel(2019)).to.equal('令和元年度');
    expect(fiscalYearLabel(2019, { style: 'era-short' })).to.equal('R1');
  });

  it('2018 → 平成30年度 / H30; 1989 → 平成元年度; 1988 → 昭和63年度', () => {
    expect(fiscalYearLabel(2018)).to.equal('平成30年度');
    expect(fiscalYearLabel(2018, { style: 'era-short' })).to.equal('H30');
    expect(fiscalYearLabel(1989)).to.equal('平成元年度');
    expect(fiscalYearLabel(1988)).to.equal('昭和63年度');
  });

  it('in English: "Reiwa 6", R6, FY2024', () => {
    expect(fiscalYearLabel(2024, { locale: 'en' })).to.equal('Reiwa 6');
    expect(fiscalYearLabel(2019, { locale: 'en' })).to.equal('Reiwa 1');
    expect(fiscalYearLabel(2024, { locale: 'en', style: 'era-short' })).to.equal('R6');
    expect(fiscalYearLabel(2024, { locale: 'en-GB', style: 'western' })).to.equal('FY2024');
    expect(fiscalYearLabel(2024, { locale: 'en', style: 'fy' })).to.equal('FY2024');
  });

  it('the plan years of both reports read as printed', () => {
    expect([2024, 2025, 2026].map((y) => fiscalYearLabel(y))).to.deep.equal(['令和6年度', '令和7年度', '令和8年度']);
    expect(fiscalYearLabel(2028)).to.equal('令和10年度');
  });
});
