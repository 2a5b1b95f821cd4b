/**
 * Suggest on random procedures (tests/analysis/random-procedure.ts: chains, skips, rejections, bounded
 * corrections, shared budgets, a parallel block): every draft, each suggestion's alone and the total,
 * validates as written, and its comparison read back from disk equals the effect suggest stated.
 * Seeded, so a failure names the same procedure every run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestReforms } from '../../../src/analysis/suggest/suggest.js';
import { createTempDir } from '../../support/files.js';
import { procedureArb, toYaml } from '../random-procedure.js';
import { expectEffectsAsWritten, subjectOf } from './support.js';

const DIR = createTempDir();

describe('suggest on random procedures', () => {
  it('states effects that equal compare on every draft as written', { timeout: 120_000 }, () => {
    let n = 0;
    let suggested = 0;
    fc.assert(
      fc.property(procedureArb, (spec) => {
        const file = join(DIR, `random-${n++}.yaml`);
        writeFileSync(file, toYaml(spec));
        const subject = subjectOf(file);
        const result = suggestReforms(subject);
        suggested += result.suggestions.length;
        expectEffectsAsWritten(subject, result, DIR);
      }),
      { seed: 20240601, numRuns: 25 },
    );
    // The procedures drawn give the rules something to do.
    expect(suggested).toBeGreaterThan(0);
  });
});
