/** The fee rule (行政许可法第五十八条). */
import { describe, expect, it } from 'vitest';
import { createDraft } from '../../../../src/analysis/suggest/draft.js';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('fee: a fee without a legal basis → flagged for review', () => {
  const { subject, result } = suggestFixture('fee.yaml', { only: ['fee'] });

  it('names its policy basis', () => {
    expect(REFORM_RULES.fee.basis.zh).toContain('第五十八条');
  });

  it('flags the fee that names no basis, changing no figure', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ fee: '测绘服务费', amount: 500 }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual([]);
    expect(result.misses.map((m) => m.code)).toEqual(['has-basis']);
  });

  it('says so in the draft above the fee, and keeps the amount', () => {
    const text = createDraft(subject.files, [result.suggestions[0]!.opportunity], 'zh')[0]!.text;
    expect(text).toMatch(/# wujian suggest · 收费依据核查 · 依据：《行政许可法》第五十八条.*\n.*\n\s+fees: \[ \{ name: 测绘服务费, amount: 500 \} \]/);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
