/**
 * Rounding as reform offices round (四舍五入): half away from zero on the exact decimal value, for cuts
 * and rises alike; money summed at full precision and rounded once, when shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMeasureRows } from '../../src/analysis/compare/measures.js';
import { difference, percentChange, sumOfProducts } from '../../src/analysis/decimal.js';
import type { Figures } from '../../src/analysis/compare/types.js';
import { cutText } from '../../src/report/comparison-words.js';
import { grouped, MEASURE_KEYS, millions, num, percentFixed, roundHalfUp, wan } from '../../src/vocabulary/index.js';
import { roundFraction, toFraction } from '../../src/vocabulary/numbers.js';

describe('percentages', () => {
  it('round a cut of 60.625% up to 60.63% (160 → 63), where the double 60.62499… would give 60.62', () => {
    expect(percentChange(160, 63)).toBe(60.63);
  });

  it('round a rise of 3.125% to 3.13% (32 → 33), not toward zero', () => {
    expect(percentChange(32, 33)).toBe(-3.13);
  });

  it('keep the published figures: 35 → 17 is 51.43%, 48 → 13 is 72.92%, 17 → 2 is 88.24%, 6 → 1 is 83.33%', () => {
    expect([percentChange(35, 17), percentChange(48, 13), percentChange(17, 2), percentChange(6, 1)]).toEqual([51.43, 72.92, 88.24, 83.33]);
  });

  it('work on decimals as written: 0.3 → 0.1 is a cut of 66.67%, 58 − 6.75 is 51.25', () => {
    expect(percentChange(0.3, 0.1)).toBe(66.67);
    expect(difference(58, 6.75)).toBe(51.25);
    expect(difference(0.3, 0.1)).toBe(0.2);
  });
});

describe('a rise', () => {
  const side = (value: number) => ({
    figures: { ...(Object.fromEntries(MEASURE_KEYS.map((k) => [k, null])) as Figures), items: value },
    counting: { rules: Object.fromEntries(MEASURE_KEYS.map((k) => [k, 'items-count'])) as never, missing: {}, undated: {}, alternatives: {}, asWritten: {} },
  });
  const row = getMeasureRows(side(32), side(33)).find((r) => r.key === 'items')!;

  it('is worded as 增加3.13% and never as a negative cut', () => {
    expect(row).toMatchObject({ cut: -1, cutPercent: -3.13 });
    expect(cutText(row, 'zh')).toBe('增加3.13%');
    expect(cutText(row, 'en')).toBe('up by 3.13%');
  });
});

describe('display of figures and money', () => {
  it('rounds half up on the decimal value (2.675 → 2.68, 1.005 → 1.01)', () => {
    expect([num(2.675), num(1.005), num(-3.125), grouped(1171.935)]).toEqual(['2.68', '1.01', '-3.13', '1,171.94']);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
  });

  it('gives a figure with no more decimals than asked for as itself, exactly as rounding its fraction would (and -0 as 0)', () => {
    const values = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer().map((i) => i / 100),
      fc.integer().map((i) => i / 8),
      fc.constantFrom(-0, 1e21, -1e-7, 60.625, 5e-324),
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 4 }), (x, digits) => {
        expect(Object.is(roundHalfUp(x, digits), roundFraction(toFraction(x), digits)), `${x} to ${digits}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('writes cuts and money with the same rule: 60.625% is 60.63%, 1,542,050 yuan is 154.21 万元 and 1.54 million', () => {
    expect(percentFixed(60.625)).toBe('60.63%');
    expect([wan(1_542_050), millions(1_542_050), wan(27_213_300)]).toEqual(['154.21', '1.54', '2,721.33']);
  });

  it('sums money exactly and rounds once: 453.555 a case × 60,000 cases is 27,213,300 yuan', () => {
    const perCase = sumOfProducts([[1, 251.22], [2, 0.5, 57.81], [5, 0.5, 57.81]]);
    expect(perCase).toBe(453.555);
    expect(sumOfProducts([[1, 251.22, 60000], [2, 0.5, 57.81, 60000], [5, 0.5, 57.81, 60000]])).toBe(27213300);
    expect(grouped(perCase)).toBe('453.56');
  });
});

describe('the 压减量 column', () => {
  it('says 增加 1 for a rise, never −1', async () => {
    const { cutAmountText } = await import('../../src/report/comparison-words.js');
    const row = { key: 'items' as const, before: 32, after: 33, cut: -1, cutPercent: -3.13, rule: { before: 'items-count', after: 'items-count' } as const };
    expect(cutAmountText(row, 'zh')).toBe('增加 1');
    expect(cutAmountText(row, 'en')).toBe('up 1');
    expect(cutAmountText({ ...row, after: 31, cut: 1, cutPercent: 3.13 }, 'zh')).toBe('1');
  });
});
