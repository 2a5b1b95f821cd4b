/** The sharing rule (数据共享、电子证照免提交, 国办函〔2016〕108号). */
import { describe, expect, it } from 'vitest';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('share: a government-issued material → reform: shared', () => {
  const { subject, result } = suggestFixture('materials.yaml', { only: ['share'] });

  it('names its policy basis', () => {
    expect(REFORM_RULES.share.basis.zh).toBe('国办函〔2016〕108号');
  });

  it('shares the government licence still handed in, and cuts one material', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ material: '营业执照' }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual(['materials 5→4', 'copies 6→5']);
    expect(result.suggestions[0]!.effect.ledger).toMatchObject([{ kind: 'material', change: 'removed', reason: 'shared', id: 'licence' }]);
  });

  it('says why it left the others: already shared, handed in at no step', () => {
    expect(result.misses.map((m) => m.code)).toEqual(['marked', 'unused']);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
