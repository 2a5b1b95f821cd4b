/** How figures are written on every surface: the terminal, Markdown, JSON texts, the web app and Office files. */
import { describe, expect, it } from 'vitest';
import { grouped, moneyFigure, num, percent, percentFixed, shareFixed, wan, withUnit } from '../../src/vocabulary/index.js';

describe('numbers', () => {
  it('writes at most two decimals and no trailing zeros', () => {
    expect([num(12.5), num(3), num(0.75), num(51.4286), num(Number.NaN), num(undefined), num(null)]).toEqual(['12.5', '3', '0.75', '51.43', '—', '—', '—']);
    expect([num(12.5, 0), num(0.125 * 100, 1), num(-0.001)]).toEqual(['13', '12.5', '0']);
  });

  it('writes shares as percentages, cuts always with two decimals, and money as 万元 with two decimals', () => {
    expect(shareFixed(0.1848)).toBe('18.48%');
    expect([percent(0.5), percent(0.1848)]).toEqual(['50%', '18.48%']);
    expect([percentFixed(51.4286), percentFixed(50), percentFixed(-20)]).toEqual(['51.43%', '50.00%', '20.00%']);
    expect(wan(1_542_000)).toBe('154.20');
    expect(wan(104_187_600)).toBe('10,418.76');
    expect([moneyFigure(8_364_240, 'zh'), moneyFigure(8_364_240, 'en')]).toEqual(['836.42', '8.36']);
    expect(grouped(11_719_350)).toBe('11,719,350');
  });

  it('puts the unit right after the number in Chinese and after a space in English', () => {
    expect(withUnit(13, '个工作日', 'zh')).toBe('13个工作日');
    expect(withUnit(13, 'working days', 'en')).toBe('13 working days');
    expect(withUnit(12.504, '', 'en')).toBe('12.5');
  });
});
