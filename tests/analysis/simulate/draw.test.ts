/** Draws and summaries: distributions mean what the authoring language says, and the statistics are right. */
import { describe, expect, it } from 'vitest';
import { createDraws, drawDuration, pickAmong, toSampler } from '../../../src/analysis/simulate/draw.js';
import { getDistribution } from '../../../src/analysis/simulate/distribution.js';
import { getExceedance, wilson } from '../../../src/analysis/simulate/summarize.js';
import type { Duration } from '../../../src/model/types.js';

/** n draws of a duration from seed 1, sorted. */
function drawMany(duration: Duration, n = 200_000): Float64Array {
  const draws = createDraws(1);
  const s = toSampler(duration);
  return Float64Array.from({ length: n }, () => drawDuration(draws, s.kind, s.a, s.b, s.c)).sort();
}

const at = (sorted: Float64Array, q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;
const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('duration draws', () => {
  it('read a lognormal duration as median = mode and 95th percentile = max', () => {
    const xs = drawMany({ min: 0, mode: 5, max: 15, distribution: 'lognormal' });
    expect(at(xs, 0.5)).toBeCloseTo(5, 1);
    expect(at(xs, 0.95)).toBeGreaterThan(14.5);
    expect(at(xs, 0.95)).toBeLessThan(15.5);
    expect(xs[xs.length - 1]).toBeGreaterThan(15);
  });

  it('raise a lognormal draw to its min', () => {
    const xs = drawMany({ min: 4, mode: 5, max: 15, distribution: 'lognormal' });
    expect(xs[0]).toBe(4);
  });

  it('give a triangular duration its mean (min + mode + max) / 3 and keep it within [min, max]', () => {
    const xs = drawMany({ min: 2, mode: 3, max: 10, distribution: 'triangular' });
    expect(mean(xs)).toBeCloseTo(5, 1);
    expect(xs[0]).toBeGreaterThanOrEqual(2);
    expect(xs[xs.length - 1]).toBeLessThanOrEqual(10);
  });

  it('spread a uniform duration evenly over [min, max]', () => {
    const xs = drawMany({ min: 2, mode: 3, max: 10, distribution: 'uniform' });
    expect(mean(xs)).toBeCloseTo(6, 1);
    expect(at(xs, 0.25)).toBeCloseTo(4, 1);
  });

  it('take no draw for a fixed duration or a range of zero width', () => {
    expect(toSampler({ min: 3, mode: 3, max: 3, distribution: 'triangular' }).kind).toBe(toSampler({ min: 3, mode: 3, max: 3, distribution: 'fixed' }).kind);
    const draws = createDraws(9);
    const before = createDraws(9).uniform();
    const s = toSampler({ min: 3, mode: 3, max: 3, distribution: 'fixed' });
    expect(drawDuration(draws, s.kind, s.a, s.b, s.c)).toBe(3);
    expect(draws.uniform()).toBe(before);
  });

  it('pick transitions in proportion to their renormalised probabilities', () => {
    expect(pickAmong(0.1, [0.2, 0.3])).toBe(0);
    expect(pickAmong(0.5, [0.2, 0.3])).toBe(1);
    expect(pickAmong(0.999, [0.5, 0, 0.5])).toBe(2);
    expect(pickAmong(0.7, [0, 0])).toBe(1);
  });
});

describe('summaries', () => {
  it('give the Wilson interval of a known case (10 of 100: 5.52%–17.44%)', () => {
    const [lo, hi] = wilson(10, 100);
    expect(lo).toBeCloseTo(0.0552, 4);
    expect(hi).toBeCloseTo(0.1744, 4);
    expect(wilson(0, 10_000)[0]).toBe(0);
    expect(wilson(10_000, 10_000)[1]).toBe(1);
  });

  it('count only cases strictly over a limit', () => {
    const e = getExceedance(Float64Array.of(19, 20, 20.5, 30), 20);
    expect(e.cases).toBe(2);
    expect(e.share).toBe(0.5);
  });

  it('describe a distribution with quantiles and a histogram that covers [min, max] and every case', () => {
    const d = getDistribution(Float64Array.from({ length: 101 }, (_, i) => i / 10));
    expect([d.min, d.median, d.max, d.mean]).toEqual([0, 5, 10, 5]);
    expect(d.p90).toBeCloseTo(9, 9);
    expect(d.histogram[0]!.x0).toBe(0);
    expect(d.histogram.at(-1)!.x1).toBe(10);
    expect(d.histogram.reduce((sum, b) => sum + b.count, 0)).toBe(101);
  });
});
