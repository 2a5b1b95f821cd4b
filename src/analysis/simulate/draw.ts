/**
 * Every random draw of a simulation, shared by both engines so that they mean the same thing and, for
 * one seed, take the same draws in the same order:
 *   - per case, the root process is walked from its start; in each step the duration is drawn first
 *     (no draw when it is fixed), then the transition (no draw when only one is enabled);
 *   - a parallel block walks its branches one after another, in the order they are written.
 * Draws come from d3's distributions over one seeded d3.randomLcg: randomUniform for the unit uniform
 * (uniform and triangular durations by inverse CDF, transition choice) and randomNormal for lognormal
 * durations. d3's randomNormal keeps a spare value between calls, so each engine owns one generator.
 */
import { randomLcg, randomNormal, randomUniform } from 'd3-random';
import type { Duration } from '../../model/types.js';

/** The seeded draws of one engine. */
export interface Draws {
  /** A number in [0, 1). */
  uniform: () => number;
  /** A standard normal number. */
  normal: () => number;
}

/** Draws from d3.randomLcg(seed). */
export function createDraws(seed: number): Draws {
  const source = randomLcg(seed);
  return { uniform: randomUniform.source(source)(), normal: randomNormal.source(source)() };
}

/** Kinds of duration sampler, as stored in the fast engine's typed arrays. */
export const SAMPLER = { fixed: 0, uniform: 1, triangular: 2, lognormal: 3 } as const;

/** The standard normal quantile at 0.95: a lognormal's `max` is read as its 95th percentile. */
export const Z95 = 1.6448536269514722;

/** A duration ready to draw: a kind and three parameters. */
export interface Sampler {
  /** One of SAMPLER. */
  kind: number;
  /** fixed: the value; uniform, triangular: min; lognormal: μ = ln(median). */
  a: number;
  /** uniform: max; triangular: mode; lognormal: σ = ln(p95 / median) / z₀.₉₅. */
  b: number;
  /** triangular: max; lognormal: the lower bound (min). */
  c: number;
}

/**
 * The sampler of a duration. A range of zero width is fixed (so no draw is taken), as is a lognormal
 * with no spread.
 * @example toSampler({ min: 0, mode: 5, max: 15, distribution: 'lognormal' }) // μ = ln 5, σ = ln 3 / 1.645
 */
export function toSampler(d: Duration): Sampler {
  if (d.distribution === 'lognormal' && d.mode > 0 && d.max > d.mode) {
    return { kind: SAMPLER.lognormal, a: Math.log(d.mode), b: Math.log(d.max / d.mode) / Z95, c: d.min };
  }
  if (d.distribution === 'fixed' || d.distribution === 'lognormal' || d.min === d.max) return { kind: SAMPLER.fixed, a: d.mode, b: 0, c: 0 };
  if (d.distribution === 'uniform') return { kind: SAMPLER.uniform, a: d.min, b: d.max, c: 0 };
  return { kind: SAMPLER.triangular, a: d.min, b: d.mode, c: d.max };
}

/** Draws a duration from sampler parameters (kind, a, b, c), in working days. */
export function drawDuration(draws: Draws, kind: number, a: number, b: number, c: number): number {
  switch (kind) {
    case SAMPLER.uniform:
      return a + (b - a) * draws.uniform();
    case SAMPLER.triangular: {
      // Inverse CDF of the triangular distribution on [a, c] with mode b.
      const u = draws.uniform();
      const width = c - a;
      return u < (b - a) / width ? a + Math.sqrt(u * width * (b - a)) : c - Math.sqrt((1 - u) * width * (c - b));
    }
    case SAMPLER.lognormal:
      return Math.max(c, Math.exp(a + b * draws.normal()));
    default:
      return a;
  }
}

/**
 * The position, among the first `count` enabled transitions' probabilities `ps` (in written order), of
 * the one a unit draw `u` picks. The probabilities are renormalised exactly as table.ts does (each p
 * divided by the sum of the enabled ones, or shared evenly when that sum is 0) and the first whose
 * cumulative share exceeds `u` is taken; the fast engine keeps these cumulative shares precomputed.
 * @example pickAmong(0.5, [0.2, 0.3]) // 1: the cumulative shares are 0.4 and 1
 */
export function pickAmong(u: number, ps: ArrayLike<number>, count = ps.length): number {
  let total = 0;
  for (let i = 0; i < count; i++) total += ps[i]!;
  let cumulative = 0;
  let last = 0;
  for (let i = 0; i < count; i++) {
    const share = total > 0 ? ps[i]! / total : 1 / count;
    if (share <= 0) continue;
    cumulative += share;
    last = i;
    if (u < cumulative) return i;
  }
  return last;
}
