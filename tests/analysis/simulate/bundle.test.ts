/**
 * Simulating a bundle (一件事): a case runs one case of every item and schedules them by the `after:`
 * graph as createSchedule does; the same seed gives the same result; both engines walk alike.
 */
import { join } from 'node:path';
import { compileOutputSchema } from '../../support/schemas.js';
import { describe, expect, it } from 'vitest';
import simulationSchema from '../../../schemas/simulation.schema.json' with { type: 'json' };
import { analyzeBundle, createSchedule } from '../../../src/analysis/bundle.js';
import { createEngine, getItemSeed, simulateBundle, simulateProcedure } from '../../../src/analysis/simulate/index.js';
import { OUTCOMES } from '../../../src/analysis/simulate/types.js';
import { toSimulationJson } from '../../../src/report/simulation-json.js';
import { fixture, ROOT } from '../../support/files.js';
import { expectSameCases, loadBundle, runBundleEngine } from './support.js';

const validateSimulation = compileOutputSchema(simulationSchema);
const BUNDLES = ['newborn-birth/before.yaml', 'open-restaurant/before.yaml', 'open-restaurant/after.yaml'];
const bundles = BUNDLES.map((name) => [name, loadBundle(join(ROOT, 'processes', name))] as const);
const APPROVED = OUTCOMES.indexOf('approved');

describe('simulating a bundle', () => {
  it.each(bundles)('gives the same output twice for the same seed, and other figures for another seed: %s', async (_name, { bundle, items }) => {
    const first = toSimulationJson(await simulateBundle(bundle, items, { runs: 3000, seed: 5 }));
    const second = toSimulationJson(await simulateBundle(bundle, items, { runs: 3000, seed: 5 }));
    const other = toSimulationJson(await simulateBundle(bundle, items, { runs: 3000, seed: 6 }));
    expect(second).toEqual(first);
    expect(other.measures.workdays!.mean).not.toBe(first.measures.workdays!.mean);
  });

  it.each(bundles)('writes JSON that conforms to the schema, with every item and its critical share: %s', async (_name, { bundle, items }) => {
    const json = toSimulationJson(await simulateBundle(bundle, items, { runs: 2000, seed: 1, startDate: '2024-09-27' }));
    expect(validateSimulation(json), JSON.stringify(validateSimulation.errors)).toBe(true);
    expect(json).toMatchObject({ kind: 'simulation', subjectKind: 'bundle', id: bundle.id, name: bundle.name, completed: 2000 });
    expect(json.items!.map((i) => i.id)).toEqual(items.map((i) => i.id));
    // Every case's critical path starts at one item that waits for none.
    const first = json.items!.filter((i) => items.find((item) => item.id === i.id)!.after.length === 0);
    expect(first.reduce((sum, i) => sum + i.criticalCases, 0)).toBe(2000);
    expect(json.stepTime.every((s) => items.some((i) => s.key.startsWith(`${i.id}/`)))).toBe(true);
    expect(json.outcomes.reduce((sum, o) => sum + o.cases, 0)).toBe(2000);
  });

  it('writes a procedure with subjectKind "procedure" and no items, which the schema requires', async () => {
    const { items } = bundles[0]![1];
    const json = toSimulationJson(await simulateProcedure(items[0]!.procedure, { runs: 100, seed: 1 }));
    expect(json.subjectKind).toBe('procedure');
    expect(json.items).toBeUndefined();
    expect(validateSimulation(json)).toBe(true);
    expect(validateSimulation({ ...json, items: [] })).toBe(false);
    expect(validateSimulation({ ...json, subjectKind: 'bundle' })).toBe(false);
  });

  it('takes exactly the createSchedule total in every case when every duration is fixed', async () => {
    const { bundle, items } = loadBundle(fixture('simulate', 'fixed-bundle.yaml'));
    const analysis = analyzeBundle(bundle, items);
    expect(analysis.schedules.standard.total).toBe(8);
    const result = await simulateBundle(bundle, items, { runs: 500, seed: 3 });
    expect(result.measures.workdays).toMatchObject({ min: 8, max: 8, mean: 8 });
    expect(result.measures.counted).toMatchObject({ min: 6, max: 6, mean: 6 });
    expect(result.measures.trips).toMatchObject({ min: 2, max: 2 });
    expect(result.items!.map((i) => [i.id, i.criticalShare])).toEqual([['licence', 1], ['inspection', 1], ['permit', 0]]);
    expect(analysis.schedules.standard.critical).toEqual(['licence', 'inspection']);
    expect(result.limits.committed?.workdays).toBe(analysis.limits.committed.total);
    expect(analysis.limits.statutory).toMatchObject({ rule: 'limit-critical-path', missing: ['执照办理', '现场检查'] });
    expect(result.limits.statutory).toBeUndefined();
    expect(result.exceed.committed).toMatchObject({ limit: 5, cases: 500, share: 1 });
    expect(result.exceed.statutory).toBeUndefined();
    expect(result.stepTime[0]).toEqual({ key: 'permit/review', name: '许可办理：审查', meanDays: 6, share: 6 / 14 });
  });

  it.each(bundles)('runs the same cases with the fast and the reference engine for one seed: %s', (_name, { items }) => {
    const fast = runBundleEngine(items, 'fast', 2024, 150);
    const reference = runBundleEngine(items, 'reference', 2024, 150);
    expect(fast.walk.length).toBeGreaterThan(150 * items.length);
    expectSameCases(fast, reference);
    expect(fast.critical).toEqual(reference.critical);
  });

  it.each(bundles)('schedules each case from its items’ own cases: elapsed and counted by createSchedule, trips summed, the first refusal kept: %s', (_name, { items }) => {
    const runs = 2000;
    const bundle = runBundleEngine(items, 'fast', 77, runs).samples;
    const own = items.map((item, k) => {
      const e = createEngine(item.procedure, 'fast', { seed: getItemSeed(77, k), runs });
      for (let i = 0; i < runs; i++) e.runCase(i);
      return e.samples;
    });
    let refused = 0;
    for (let i = 0; i < runs; i++) {
      const of = (pick: (k: number) => number) => (id: string) => pick(items.findIndex((item) => item.id === id));
      expect(bundle.workdays[i]).toBe(createSchedule(items, of((k) => own[k]!.workdays[i]!)).total);
      expect(bundle.counted[i]).toBe(createSchedule(items, of((k) => own[k]!.counted[i]!)).total);
      for (const s of own) expect(bundle.workdays[i]).toBeGreaterThanOrEqual(s.workdays[i]!);
      expect(bundle.trips[i]).toBe(own.reduce((sum, s) => sum + s.trips[i]!, 0));
      const firstRefusal = own.map((s) => s.outcome[i]!).find((o) => o !== APPROVED);
      expect(bundle.outcome[i]).toBe(firstRefusal ?? APPROVED);
      if (firstRefusal !== undefined) refused++;
    }
    expect(refused).toBeGreaterThan(0);
    expect(bundle.corrections).toBe(own.reduce((sum, s) => sum + s.corrections, 0));
  });

  it('draws every item from its own seed, the same for one run seed and index and different between items', () => {
    expect(getItemSeed(42, 0)).toBe(getItemSeed(42, 0));
    const seeds = new Set([0, 1, 2, 3, 4, 5, 6].flatMap((k) => [getItemSeed(42, k), getItemSeed(43, k)]));
    expect(seeds.size).toBe(14);
    expect([...seeds].every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 32)).toBe(true);
  });
});
