/** The cut in percent, as the reform offices compute it. */
import { describe, expect, it } from 'vitest';
import { cutPercent } from '../../../src/analysis/compare/measures.js';

describe('cutPercent', () => {
  it('computes the cut in percent as the reform offices do, to two decimals', () => {
    expect([cutPercent(35, 17), cutPercent(48, 13), cutPercent(17, 2), cutPercent(6, 1), cutPercent(0, 3)]).toEqual([51.43, 72.92, 88.24, 83.33, null]);
  });
});
