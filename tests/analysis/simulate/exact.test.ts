/**
 * Simulation against exact analysis: with fixed durations the simulated mean time is the exact
 * expectation over the enumerated paths; outcome shares converge to endProbabilities; no approved
 * case is faster than the fastest path or slower than the slowest.
 */
import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../../src/analysis/enumerate.js';
import { endProbabilities } from '../../../src/analysis/exact.js';
import { measurePath } from '../../../src/analysis/measure-path.js';
import { analyzeProcedure } from '../../../src/analysis/measures.js';
import { simulateProcedure } from '../../../src/analysis/simulate/index.js';
import { OUTCOMES } from '../../../src/analysis/simulate/types.js';
import { createTable } from '../../../src/machine/table.js';
import type { Procedure, Region, State } from '../../../src/model/types.js';
import { bundledProcedures, runEngine } from './support.js';

const procedures = bundledProcedures();
const named = procedures.map((p) => [p.file.split('/processes/')[1]!, p] as const);

/** A copy of a procedure with every step fixed at its most likely duration. */
function withFixedDurations(procedure: Procedure): Procedure {
  const fix = (region: Region): Region => ({
    ...region,
    states: new Map([...region.states].map(([id, s]): [string, State] => {
      if (s.type === 'step') return [id, { ...s, duration: { min: s.duration.mode, mode: s.duration.mode, max: s.duration.mode, distribution: 'fixed' } }];
      if (s.type === 'parallel') return [id, { ...s, regions: s.regions.map(fix) }];
      return [id, s];
    })),
  });
  return { ...procedure, process: fix(procedure.process) };
}

describe('simulation against exact analysis', () => {
  it.each(named)('has the exact expected time when durations are fixed: %s', async (_name, procedure) => {
    const fixed = withFixedDurations(procedure);
    const listing = enumeratePaths(fixed, 100_000);
    if (!listing.ok) throw new Error('too many paths to compare');
    const measured = listing.paths.map((path) => measurePath(fixed, path));
    const expected = measured.reduce((sum, m) => sum + m.probability * m.time.mode, 0);
    const variance = measured.reduce((sum, m) => sum + m.probability * (m.time.mode - expected) ** 2, 0);
    const runs = 40_000;
    const result = await simulateProcedure(fixed, { runs, seed: 3 });
    // Within 4.5 standard errors: a false alarm about once in 150,000 runs of this test.
    expect(Math.abs(result.measures.workdays.mean - expected)).toBeLessThanOrEqual(4.5 * Math.sqrt(variance / runs) + 1e-9);
  });

  it.each(named)('shares outcomes as endProbabilities says: %s', async (_name, procedure) => {
    const runs = 40_000;
    const result = await simulateProcedure(procedure, { runs, seed: 8 });
    const ends = endProbabilities(createTable(procedure.process));
    for (const o of result.outcomes) {
      const p = [...ends].filter(([end]) => end.outcome === o.outcome).reduce((sum, [, q]) => sum + q, 0);
      expect(Math.abs(o.share - p)).toBeLessThanOrEqual(4.5 * Math.sqrt((p * (1 - p)) / runs) + 1e-12);
    }
  });

  it.each(named)('keeps every approved case between the fastest and the slowest path: %s', (_name, procedure) => {
    const analysis = analyzeProcedure(procedure);
    const { samples } = runEngine(procedure, 'fast', 21, 20_000);
    const approved = OUTCOMES.indexOf('approved');
    const days = samples.workdays.filter((_, i) => samples.outcome[i] === approved);
    expect(days.length).toBeGreaterThan(0);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(analysis.time.fastest!.elapsed - 1e-9);
    expect(Math.max(...days)).toBeLessThanOrEqual(analysis.time.slowest!.elapsed + 1e-9);
  });
});
