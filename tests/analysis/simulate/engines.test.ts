/**
 * The two engines mean the same: for one seed they walk the same steps and record the same figures,
 * and with different seeds their total-time distributions pass a two-sample Kolmogorov–Smirnov test
 * at α = 0.001, on every bundled procedure and on random ones. Each check is its own test, so no
 * test does more than a few thousand cases of the reference engine (a loaded machine stays well
 * within vitest's 5 s per test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFile, loadText } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { fixture } from '../../support/files.js';
import { procedureArb, toYaml } from '../random-procedure.js';
import { bundledProcedures, expectSameCases, ksCritical, ksStatistic, runEngine } from './support.js';

/** Level of the Kolmogorov–Smirnov test: a false alarm once in a thousand comparisons. */
const ALPHA = 0.001;
const procedures = bundledProcedures();
/** The random procedures of the property check: the same 25 for seed 7 on every run. */
const randomProcedures = fc.sample(procedureArb, { seed: 7, numRuns: 25 }).map((spec, i) => [i + 1, loadText('random.yaml', toYaml(spec)).document as Procedure] as const);

describe('the fast and the reference engine', () => {
  it('find the bundled procedures: before, after and the items of the 一件事 cases, bundles left out', () => {
    const files = procedures.map((p) => p.file.split('/processes/')[1]);
    expect(files).toEqual(expect.arrayContaining(['food-business-licence/before.yaml', 'newborn-birth/item-household-registration.yaml']));
    expect(files).not.toContain('newborn-birth/before.yaml');
  });

  it.each(procedures.map((p) => [p.file.split('/processes/')[1]!, p] as const))(
    'visit the same steps and record the same figures for one seed: %s',
    (_name, procedure) => {
      const fast = runEngine(procedure, 'fast', 2024, 300);
      const reference = runEngine(procedure, 'reference', 2024, 300);
      expect(fast.walk.length).toBeGreaterThan(300);
      expectSameCases(fast, reference);
    },
  );

  it.each(procedures.map((p) => [p.file.split('/processes/')[1]!, p] as const))(
    'give the same distribution of total time with different seeds (KS, α = 0.001): %s',
    (_name, procedure) => {
      const n = 4000;
      const fast = runEngine(procedure, 'fast', 11, n).samples.workdays;
      const reference = runEngine(procedure, 'reference', 97, n).samples.workdays;
      expect(ksStatistic(fast, reference)).toBeLessThan(ksCritical(ALPHA, n, n));
    },
  );

  describe('on every distribution, a parallel block inside a branch and corrections at both levels', () => {
    const procedure = loadFile(fixture('simulate', 'nested-distributions.yaml')).document as Procedure;

    it('walk the same steps for one seed, reaching every outcome', () => {
      const fast = runEngine(procedure, 'fast', 31, 2000);
      const reference = runEngine(procedure, 'reference', 31, 2000);
      expectSameCases(fast, reference);
      expect(new Set(fast.samples.outcome)).toEqual(new Set([0, 1, 2]));
    });

    it('give the same distribution for two seeds (KS, α = 0.001)', () => {
      const d = ksStatistic(runEngine(procedure, 'fast', 1, 4000).samples.workdays, runEngine(procedure, 'reference', 2, 4000).samples.workdays);
      expect(d).toBeLessThan(ksCritical(ALPHA, 4000, 4000));
    });
  });

  it.each(randomProcedures)('agree on random procedure %i of 25 (seed 7): the same walk for one seed, the same distribution for two', (_i, procedure) => {
    const fast = runEngine(procedure, 'fast', 5, 100);
    const reference = runEngine(procedure, 'reference', 5, 100);
    expect(fast.walk).toEqual(reference.walk);
    expect(fast.samples.workdays).toEqual(reference.samples.workdays);
    const n = 1500;
    const d = ksStatistic(runEngine(procedure, 'fast', 1, n).samples.workdays, runEngine(procedure, 'reference', 2, n).samples.workdays);
    expect(d).toBeLessThan(ksCritical(ALPHA, n, n));
  });

  it('tell distributions apart when every total moves by half a day (the KS check can fail)', () => {
    const procedure = procedures.find((p) => p.file.endsWith('food-business-licence/before.yaml'))!;
    const n = 4000;
    const a = runEngine(procedure, 'fast', 11, n).samples.workdays;
    const b = runEngine(procedure, 'reference', 97, n).samples.workdays.map((x) => x + 0.5);
    expect(ksStatistic(a, b)).toBeGreaterThan(ksCritical(ALPHA, n, n));
  });
});
