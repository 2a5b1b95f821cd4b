/** The bundle rule (高效办成一件事, 国发〔2024〕3号): items in sequence that need not be. */
import { describe, expect, it } from 'vitest';
import { sharedRun } from '../../../../src/analysis/suggest/rules/concurrent.js';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('concurrent: a bundle item waiting for one it does not need → at the same time', () => {
  const { subject, result } = suggestFixture('bundle/before.yaml', { only: ['concurrent'] });

  it('names its policy basis', () => {
    expect(REFORM_RULES.concurrent.basis.zh).toContain('国发〔2024〕3号');
  });

  it('starts the signboard with the food licence: after the business licence instead', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ item: '户外招牌设置审批', after: '食品经营许可', now: ['营业执照办理'] }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual(['committedLimit 18→13', 'timeStandard 18→13', 'timeSlowest 18→13']);
  });

  it('keeps the food licence after the business licence, whose 营业执照 it takes', () => {
    expect(result.misses).toEqual([{ rule: 'concurrent', code: 'needed', args: { item: '食品经营许可', after: '营业执照办理', material: '营业执照' }, item: 'food' }]);
  });

  it('reads a need from names, generic runs aside', () => {
    expect(sharedRun('新生儿居民户口簿', ['登记入户、签发户口簿'])).toBe('户口簿');
    expect(sharedRun('食品安全管理人员培训考核合格证明', ['送达（窗口领取合格证）'])).toBeUndefined();
  });

  it('says it applies to a bundle only', () => {
    expect(suggestFixture('limit.yaml', { only: ['concurrent'] }).result.misses.map((m) => m.code)).toEqual(['procedure']);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
