/**
 * Distributions without sorting: the quantiles are d3.quantileSorted's and the bins d3.bin's over the
 * sorted values, to the last bit, for continuous draws, ties and whole numbers alike.
 */
import { bin, quantileSorted, thresholdSturges } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binOrOne, getDistribution, getSturgesCount, getTallyDistribution } from '../../../src/analysis/simulate/distribution.js';
import type { Distribution } from '../../../src/analysis/simulate/types.js';

/** The distribution as the sorted values and d3 give it (how it was computed before: exact, but a sort and a copy). */
function bySorting(values: ArrayLike<number>): Omit<Distribution, 'mean'> {
  const sorted = Float64Array.from(values).sort() as unknown as number[];
  const n = sorted.length;
  const [min, max] = [sorted[0]!, sorted[n - 1]!];
  // Where d3 cannot bin a few subnormal numbers at all, all of them in one bin.
  const bins = binOrOne(() => bin<number, number>().domain([min, max])(sorted).map((b) => ({ x0: b.x0, x1: b.x1, length: b.length })), min, max);
  const count = (b: (typeof bins)[number]) => ('length' in b ? b.length : n);
  return {
    median: quantileSorted(sorted, 0.5)!,
    p90: quantileSorted(sorted, 0.9)!,
    p95: quantileSorted(sorted, 0.95)!,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    histogram: bins.map((b) => ({ x0: b.x0!, x1: b.x1!, count: count(b) })),
  };
}

const withoutMean = ({ mean: _, ...rest }: Distribution) => rest;

/** Samples as a run makes them: continuous times with atoms (fixed paths), or whole numbers. */
const continuous = fc.array(fc.oneof(fc.double({ min: 0, max: 400, noNaN: true }), fc.constantFrom(1.5, 3, 20)), { minLength: 1, maxLength: 3000 });
const whole = fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 3000 });

describe('getDistribution', () => {
  it('gives the quantiles, extremes and bins of the sorted values, for continuous samples with ties', () => {
    fc.assert(fc.property(continuous, (xs) => {
      expect(withoutMean(getDistribution(Float64Array.from(xs)))).toEqual(bySorting(xs));
    }));
  });

  it('gives the same for values a few ulps apart, whose range is too narrow to scale into buckets', () => {
    for (const xs of [[0, 5e-324], [5e-324, 0, 1e-323, 0], [5e-324, 1e-323], [1, 1 + Number.EPSILON, 1]]) {
      expect(withoutMean(getDistribution(Float64Array.from(xs)))).toEqual(bySorting(xs));
    }
  });

  it('gives the same for whole numbers (trips), each counted in its own bucket', () => {
    fc.assert(fc.property(whole, (xs) => {
      expect(withoutMean(getDistribution(Uint32Array.from(xs)))).toEqual(bySorting(xs));
    }));
  });

  it('finds the order statistics among many values that share few buckets', () => {
    const xs = Float64Array.from({ length: 200_000 }, (_, i) => (i % 7 === 0 ? 1e6 : (i * 7919) % 1000) / 1000);
    expect(withoutMean(getDistribution(xs))).toEqual(bySorting(xs));
  });

  it('leaves the samples in case order and means their sum over their number', () => {
    const xs = Float64Array.of(5, 1, 4, 2, 3);
    expect(getDistribution(xs).mean).toBe(3);
    expect([...xs]).toEqual([5, 1, 4, 2, 3]);
  });

  it('describes one value and no values', () => {
    expect(getDistribution(Float64Array.of(7))).toMatchObject({ mean: 7, median: 7, p95: 7, min: 7, max: 7, histogram: [{ x0: 7, x1: 7, count: 1 }] });
    expect(getDistribution(new Float64Array(0))).toMatchObject({ mean: 0, histogram: [] });
  });
});

describe('getTallyDistribution', () => {
  it('describes a tally as getDistribution describes the values written out', () => {
    fc.assert(fc.property(whole, (xs) => {
      const tally = new Map<number, number>();
      for (const x of xs) tally.set(x, (tally.get(x) ?? 0) + 1);
      expect(getTallyDistribution(tally)).toEqual(getDistribution(Float64Array.from(xs).sort()));
    }));
  });
});

describe('getSturgesCount', () => {
  it("is d3.thresholdSturges's count, powers of two included", () => {
    for (const n of [1, 2, 3, 4, 7, 8, 9, 1000, 1023, 1024, 1025, 65_536, 100_000]) {
      expect(getSturgesCount(n), String(n)).toBe(thresholdSturges(new Float64Array(n)));
    }
  });
});
