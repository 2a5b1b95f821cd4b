/** A catalogue checked in threads (this one and workers) gives what checking each file here one by one gives, in order. */
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { checkCatalogueFile } from '../../src/catalogue/check.js';
import { checkInThreads } from '../../src/catalogue/pool.js';
import { ROOT } from '../support/files.js';

describe('checkInThreads', () => {
  it('validates and analyses every file as checkCatalogueFile does, in the order given, valid or not', async () => {
    const files = globSync(['tests/fixtures/{procedures,diagnostics,bundles}/**/*.yaml', 'processes/food-business-licence/*.yaml'], { cwd: ROOT, absolute: true }).sort();
    const options = { analyze: true, documents: true };
    const alone = files.map((file) => checkCatalogueFile(file, options));
    // A worker beside this thread, two, or none: the first batches go to the workers, whose entries cross a
    // thread boundary (structured clone) and equal in value the ones made here.
    for (const threads of [2, 3, 1]) {
      const entries = await checkInThreads(files, { ...options, threads });
      expect(entries.map((e) => e.file)).toEqual(files);
      expect(entries).toEqual(alone);
    }
    expect(alone.some((e) => e.analysis)).toBe(true);
    expect(alone.some((e) => e.diagnostics.some((d) => d.severity === 'error'))).toBe(true);
  }, 60_000);

  it('counts 环节 by the rule it is given, in the workers as here', async () => {
    const files = globSync('tests/fixtures/counting/joint-review.yaml', { cwd: ROOT, absolute: true });
    const steps = async (stepCounting?: 'stage' | 'per-step') => {
      const [entry] = await checkInThreads(files, { analyze: true, stepCounting, threads: 2 });
      expect(entry).toEqual(checkCatalogueFile(files[0]!, { analyze: true, stepCounting }));
      return entry!.analysis!.steps.standard;
    };
    // The joint review of three departments: one 环节 as offices publish it (3 in all), or its 6 steps (8).
    expect(await steps()).toBe(3);
    expect(await steps('per-step')).toBe(8);
  }, 60_000);

  it('passes on an error met in a worker or in this thread, with its message', async () => {
    const file = `${ROOT}/processes/food-business-licence/before.yaml`;
    // A date the command line would have refused: analysing with it is a programmer's error, thrown.
    // One file goes to the worker when there is one; with one thread it is checked here.
    for (const threads of [2, 1]) {
      await expect(checkInThreads([file], { analyze: true, startDate: '2024-02-30', threads })).rejects.toThrow('Invalid date "2024-02-30"');
    }
  }, 60_000);
});
