/** The commitment rule (证明事项告知承诺制, 国办发〔2020〕42号). */
import { describe, expect, it } from 'vitest';
import { isProof } from '../../../../src/analysis/suggest/rules/commitment.js';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('commitment: a third-party certificate → reform: commitment', () => {
  const { subject, result } = suggestFixture('materials.yaml', { only: ['commitment'] });

  it('names its policy basis', () => {
    expect(REFORM_RULES.commitment.basis.zh).toBe('国办发〔2020〕42号');
  });

  it('replaces the health certificate (two copies) by a commitment', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ material: '从业人员健康证明' }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual(['materials 5→4', 'copies 6→4']);
  });

  it('leaves drawings alone: a commitment replaces a certificate, not a design', () => {
    expect(result.misses).toEqual([{ rule: 'commitment', code: 'not-proof', args: { material: '施工图设计文件' } }]);
    expect(isProof('施工图审查合格书')).toBe(true);
    expect(isProof('中标通知书及施工合同')).toBe(false);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
