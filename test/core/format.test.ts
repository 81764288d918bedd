import { expect } from '@open-wc/testing';
import { formatNumber, formatRate, formatValue, parseValue, type Value } from '../../src/core/index.js';

const v = (text: string, unit: string): Value => parseValue(text, { unit })!.value;

describe('formatValue: numbers with units, as the reports print them', () => {
  it('3,550件, 280,000千円, 45.0%, 70,319㎡, 104,701人', () => {
    expect(formatValue(v('3550', '件'), '件')).to.equal('3,550件');
    expect(formatValue(v('280000', '千円'), '千円')).to.equal('280,000千円');
    expect(formatValue(v('45.0', '%'), '%')).to.equal('45.0%');
    expect(formatValue(v('70319', '㎡'), '㎡')).to.equal('70,319㎡');
    expect(formatValue(v('104,701人', '人'), '人')).to.equal('104,701人');
  });

  it('keeps the decimals given: 45.0% stays 45.0%, 100% stays 100%, 51.2 stays 51.2', () => {
    expect(formatValue(v('45.0%', '%'), '%')).to.equal('45.0%');
    expect(formatValue(v('100', '%'), '%')).to.equal('100%');
    expect(formatValue(v('51.2', '%'), '%')).to.equal('51.2%');
  });

  it('lets an indicator fix the decimals', () => {
    expect(formatValue(v('100', '%'), '%', { decimals: 1 })).to.equal('100.0%');
  });

  it('formats exactly from the decimal string, beyond float precision', () => {
    expect(formatValue(v('12345678901234567.5', '円'), '円')).to.equal('12,345,678,901,234,567.5円');
  });

  it('in English, a word unit is spaced and translated when the data gives it', () => {
    expect(formatValue(v('3550', '件'), { ja: '件', en: 'cases' }, { locale: 'en' })).to.equal('3,550 cases');
    expect(formatValue(v('45.0', '%'), '%', { locale: 'en' })).to.equal('45.0%');
    expect(formatValue(v('3550', '件'), '件', { locale: 'en' })).to.equal('3,550件');
  });

  it('writes statuses as words, never as 0', () => {
    expect(formatValue({ status: 'tallying' }, '件')).to.equal('集計中');
    expect(formatValue({ status: 'tallying' }, '件', { locale: 'en' })).to.equal('Being tallied');
    expect(formatValue({ status: 'not-surveyed' }, '件')).to.equal('調査年以外');
    expect(formatValue({ status: 'not-applicable' }, '件')).to.equal('—');
    expect(formatValue(null, '件')).to.equal('');
  });
});

describe('formatRate and formatNumber', () => {
  it('61.3%, 100.0%, 5.9%, 1,234.5%', () => {
    expect(formatRate(61.3)).to.equal('61.3%');
    expect(formatRate(100)).to.equal('100.0%');
    expect(formatRate(5.9)).to.equal('5.9%');
    expect(formatRate(1234.5)).to.equal('1,234.5%');
    expect(formatRate(null)).to.equal('');
    expect(formatRate(66.67, { digits: 2 })).to.equal('66.67%');
  });

  it('groups digits in both languages', () => {
    expect(formatNumber(3550)).to.equal('3,550');
    expect(formatNumber('3550', { locale: 'en' })).to.equal('3,550');
    expect(formatNumber(-2.5)).to.equal('-2.5');
  });
});
