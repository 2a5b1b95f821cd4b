/** The trips rule (网上提交、免费寄递, 最多跑一次). */
import { describe, expect, it } from 'vitest';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('online: a trip only to hand in or collect papers → none', () => {
  const { subject, result } = suggestFixture('online.yaml', { only: ['online'] });

  it('names its basis', () => {
    expect(REFORM_RULES.online.basis.zh).toContain('最多跑一次');
  });

  it('takes the collection (two trips) first, then the submission', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ step: '窗口领取', trips: 2 }, { step: '窗口提交材料', trips: 1 }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual(['trips 5→3']);
    expect(changed(result.total!)).toEqual(['trips 5→2']);
  });

  it('keeps the examination in person, and says a step of no kind cannot be told', () => {
    expect(result.misses.map((m) => m.code)).toEqual(['in-person', 'no-kind']);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
