/** A catalogue checked in worker threads gives what checking each file in this thread gives, in order. */
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { checkCatalogueFile } from '../../src/catalogue/check.js';
import { checkInWorkers } from '../../src/catalogue/pool.js';
import { ROOT } from '../support/files.js';

describe('checkInWorkers', () => {
  it('validates and analyses every file as checkCatalogueFile does, in the order given, valid or not', async () => {
    const files = globSync(['tests/fixtures/{procedures,diagnostics,bundles}/**/*.yaml', 'processes/food-business-licence/*.yaml'], { cwd: ROOT, absolute: true }).sort();
    const options = { analyze: true, documents: true };
    const entries = await checkInWorkers(files, { ...options, workers: 2 });
    expect(entries.map((e) => e.file)).toEqual(files);
    // Entries crossed a thread boundary (structured clone): equal in value to the ones made here.
    expect(entries).toEqual(files.map((file) => checkCatalogueFile(file, options)));
    expect(entries.some((e) => e.analysis)).toBe(true);
    expect(entries.some((e) => e.diagnostics.some((d) => d.severity === 'error'))).toBe(true);
  }, 60_000);

  it('counts 环节 by the rule it is given, in the workers as here', async () => {
    const files = globSync('tests/fixtures/counting/joint-review.yaml', { cwd: ROOT, absolute: true });
    const steps = async (stepCounting?: 'stage' | 'per-step') => {
      const [entry] = await checkInWorkers(files, { analyze: true, stepCounting, workers: 1 });
      expect(entry).toEqual(checkCatalogueFile(files[0]!, { analyze: true, stepCounting }));
      return entry!.analysis!.steps.standard;
    };
    // The joint review of three departments: one 环节 as offices publish it (3 in all), or its 6 steps (8).
    expect(await steps()).toBe(3);
    expect(await steps('per-step')).toBe(8);
  }, 60_000);

  it('passes on an error a worker meets, with its message', async () => {
    const file = `${ROOT}/processes/food-business-licence/before.yaml`;
    // A date the command line would have refused: analysing with it is a programmer's error, thrown.
    await expect(checkInWorkers([file], { analyze: true, startDate: '2024-02-30', workers: 1 })).rejects.toThrow('Invalid date "2024-02-30"');
  }, 60_000);
});
