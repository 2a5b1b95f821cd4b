/** The step merge rule (受理即审查, 即办; 行政许可法第三十四条). */
import { describe, expect, it } from 'vitest';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { addDurations } from '../../../../src/analysis/suggest/rules/merge.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('merge: consecutive steps of one department, nothing for the applicant between → one step', () => {
  const { subject, result } = suggestFixture('merge.yaml', { only: ['merge'] });

  it('names its policy basis', () => {
    expect(REFORM_RULES.merge.basis.zh).toContain('第三十四条');
  });

  it('merges review, site check and decision: two steps fewer, no time changed', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ steps: '书面审查、现场勘查、审批决定' }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual(['steps 7→5']);
    expect(result.suggestions[0]!.effect.ledger).toMatchObject([
      { kind: 'step', change: 'merged', id: 'survey', into: 'merge-rule/review' },
      { kind: 'step', change: 'merged', id: 'decide', into: 'merge-rule/review' },
    ]);
  });

  it('keeps apart what a merge would change: Art. 45 time, a step a recheck returns to, a step with two ways out', () => {
    expect(result.misses.map((m) => m.code)).toEqual(['counted-differently', 'way-in', 'way-out']);
  });

  it('adds durations step by step: fixed stays fixed', () => {
    const d = (min: number, mode: number, max: number) => ({ min, mode, max, distribution: 'triangular' as const });
    expect(addDurations([d(3, 3, 3), d(0.5, 0.5, 0.5)])).toBe(3.5);
    expect(addDurations([d(3, 3, 3), d(1, 2, 4)])).toEqual({ min: 4, mode: 5, max: 7 });
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
