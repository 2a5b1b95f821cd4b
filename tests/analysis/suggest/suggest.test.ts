/** Suggesting: rules chosen, suggestions ranked by their measured effect, conflicts kept out of the total. */
import { describe, expect, it } from 'vitest';
import { getScore, RANKED_MEASURES } from '../../../src/analysis/suggest/suggest.js';
import { MEASURE_KEYS } from '../../../src/vocabulary/index.js';
import { createTempDir } from '../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from './support.js';

const DIR = createTempDir();

describe('suggestReforms', () => {
  it('ranks by the sum of the cuts in percent of every measure compare reports', () => {
    expect(RANKED_MEASURES).toEqual(MEASURE_KEYS);
    const { result } = suggestFixture('online.yaml');
    for (const s of result.suggestions) expect(s.score).toBe(getScore(s.effect));
    expect(result.suggestions.map((s) => s.score)).toEqual([...result.suggestions.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('keeps out of the total a suggestion that changes what a higher-ranked one changed, and says which', () => {
    const { subject, result } = suggestFixture('conflict.yaml', { only: ['merge', 'parallel'] });
    expect(result.suggestions.map((s) => s.opportunity.rule).sort()).toEqual(['merge', 'parallel']);
    expect(result.suggestions.map((s) => [s.rank, s.inTotal, s.conflictsWith])).toEqual([
      [1, true, undefined],
      [2, false, 1],
    ]);
    expect(changed(result.total!)).toEqual(changed(result.suggestions[0]!.effect));
    expectEffectsAsWritten(subject, result, DIR);
  });

  it('runs only the rules asked for, less those skipped', () => {
    const { result } = suggestFixture('materials.yaml', { only: ['share', 'commitment', 'defer'], skip: ['commitment'] });
    expect(result.rules).toEqual(['share', 'defer']);
    expect(new Set(result.suggestions.map((s) => s.opportunity.rule))).toEqual(new Set(['share', 'defer']));
  });

  it('says each reason a rule did not apply once, and which rules found nothing to look at', () => {
    const { result } = suggestFixture('merge.yaml');
    const keys = result.misses.map((m) => JSON.stringify(m));
    expect(keys).toEqual([...new Set(keys)]);
    expect(result.idle).toContain('commitment');
  });

  it('gives no total and an unchanged draft when there is nothing to suggest', () => {
    const { subject, result } = suggestFixture('limit.yaml', { only: ['fee'] });
    expect(result.suggestions).toEqual([]);
    expect(result.total).toBeUndefined();
    expect(result.draft.map((d) => d.text)).toEqual(subject.files.map((f) => f.text));
  });
});
