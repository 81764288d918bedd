import { expect } from '@open-wc/testing';
import { parseValue } from '../../src/core/index.js';

describe('parseValue: spreadsheet cells', () => {
  const num = (raw: unknown, unit?: string) => parseValue(raw, { unit })?.value;

  it('reads "3,550", "3,550件", "280,000千円", "70,319㎡" when the suffix is the unit', () => {
    expect(num('3,550', '件')).to.include({ status: 'value', decimal: '3550', value: 3550, decimals: 0 });
    expect(num('3,550件', '件')).to.include({ decimal: '3550' });
    expect(num('280,000千円', '千円')).to.include({ decimal: '280000' });
    expect(num('70,319㎡', '㎡')).to.include({ decimal: '70319' });
  });

  it('keeps decimals: "45.0%" is 45 with 1 decimal', () => {
    expect(num('45.0%', '%')).to.include({ decimal: '45.0', value: 45, decimals: 1 });
  });

  it('reads full-width digits and signs: "１２", "４５．０％", "▲5", "△1.5", "−3"', () => {
    expect(num('１２', '件')).to.include({ decimal: '12' });
    expect(num('４５．０％', '%')).to.include({ decimal: '45.0', decimals: 1 });
    expect(num('▲5', '件')).to.include({ decimal: '-5' });
    expect(num('△1.5', '件')).to.include({ decimal: '-1.5' });
    expect(num('−3', '件')).to.include({ decimal: '-3' });
    expect(num(' 12 ', '件')).to.include({ decimal: '12' });
  });

  it('"集計中" is tallying; "—", "－", "-" are not applicable, or not surveyed for a census indicator', () => {
    expect(num('集計中')).to.include({ status: 'tallying' });
    for (const dash of ['—', '－', '-', '―', 'ー']) expect(num(dash), dash).to.include({ status: 'not-applicable' });
    expect(parseValue('—', { surveyYears: [2021, 2026], year: 2024 })?.value.status).to.equal('not-surveyed');
    expect(parseValue('—', { surveyYears: [2021, 2026], year: 2021 })?.value.status).to.equal('not-applicable');
  });

  it('an empty cell is no value (null), not zero', () => {
    expect(parseValue('')).to.equal(null);
    expect(parseValue('   ')).to.equal(null);
    expect(parseValue(undefined)).to.equal(null);
    expect(parseValue(null)).to.equal(null);
  });

  it('reports what is ambiguous instead of guessing', () => {
    expect(parseValue('3,550人', { unit: '件' })?.error).to.deep.equal({ code: 'unit-mismatch', expected: 'a number in 件' });
    expect(parseValue('3,550件')?.error?.code).to.equal('unit-mismatch');
    expect(parseValue('3,55', { unit: '件' })?.error?.code).to.equal('not-a-number');
    expect(parseValue('約3,000', { unit: '件' })?.error?.code).to.equal('not-a-number');
    expect(parseValue('令和6年度新規', { unit: '件' })?.error?.code).to.equal('not-a-number');
    expect(parseValue(NaN)?.error?.code).to.equal('not-finite');
    expect(parseValue(true)?.error?.code).to.equal('not-a-number');
    expect(parseValue('3,550人', { unit: '件' })?.value).to.deep.equal({ status: 'invalid', raw: '3,550人' });
  });

  it('a JSON number reads as the same decimal as its text does: integers, decimals, negatives, 0.1 + 0.2, near 10^21, and exponents', () => {
    // The text path (parseText, BigInt digits) is the reference for the number path; the numbers
    // cover both of its branches (plain shortest strings, and strings with an exponent).
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const numbers = [0, -0, 1, -1, 3550, 0.1 + 0.2, 23 / 80, -0.25, 45.5, 999999999999999, 2 ** 53, 1e20, 1e21 - 2 ** 17, -(1e21 - 2 ** 17)];
    for (let i = 0; i < 300; i++) numbers.push(Math.round((random() - 0.3) * 10 ** (1 + (i % 9))) / 10 ** (i % 4));
    for (const n of numbers) {
      const fromNumber = num(n)!;
      const fromText = num(String(n))!;
      expect(fromNumber, String(n)).to.deep.include({ status: 'value', decimal: fromText.decimal, value: fromText.value, decimals: fromText.decimals });
    }
    // With an exponent the text path does not read the number ("1e-7"): the decimals written out.
    expect(num(1e-7)).to.deep.include({ decimal: '0.0000001', value: 1e-7, decimals: 7 });
    expect(num(-2.5e-8)).to.deep.include({ decimal: '-0.000000025', decimals: 9 });
    expect(num(0)).to.deep.include({ decimal: '0', decimals: 0 });
    expect(Object.is(num(-0)!.value, 0), '-0 reads as 0').to.equal(true);
  });
});
