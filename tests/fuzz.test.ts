/**
 * The seeded mutation fuzzer (bench/fuzz.ts) on a small fixed budget: mutated procedures and bundles
 * never make a command throw, every diagnostic is located, validate's verdict is the one analyze,
 * simulate, compare and suggest reach, and their JSON conforms to its schema. `npm run bench -- fuzz` runs many
 * more cases.
 */
import { describe, expect, it } from 'vitest';
import { fuzz } from '../bench/fuzz.js';
import { ROOT } from './support/files.js';

describe('the mutation fuzzer', () => {
  it('finds nothing in 40 mutated files (seed 17): no exception, every diagnostic located, one verdict, conforming JSON', async () => {
    const report = await fuzz({ cases: 40, seed: 17, root: ROOT });
    expect(report.cases).toBe(40);
    expect(report.runs).toBe(200);
    expect(report.valid).toBeGreaterThan(0);
    expect(report.findings.map((f) => `#${f.index} ${f.seedFile}: ${f.problem}`)).toEqual([]);
  }, 120_000); // some 200 command runs; seconds on an idle machine
});
