/** The 并联审批 rule (行政许可法第二十六条). */
import { describe, expect, it } from 'vitest';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('parallel: reviews by different departments in sequence → a parallel block', () => {
  const { subject, result } = suggestFixture('parallel.yaml', { only: ['parallel'] });

  it('names its policy basis', () => {
    expect(REFORM_RULES.parallel.basis.zh).toContain('第二十六条');
  });

  it('runs the three departments’ reviews side by side, up to the one that repeats a department', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ steps: '消防审查、人防审查、供水审查' }]);
    // One parallel stage counts as one 环节 (the default 口径): 6 → 4. 4 + 3 + 2 one after another → the
    // slowest branch, 4 (then 1 + 2 after it); longest 6 + 3 + 5 → 6.
    expect(changed(result.suggestions[0]!.effect)).toEqual(['steps 6→4', 'timeStandard 12→7', 'timeSlowest 17→9']);
  });

  it('says the repeated department and the decision stay in sequence', () => {
    expect(result.misses.map((m) => m.code)).toEqual(['same-department', 'not-review']);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
