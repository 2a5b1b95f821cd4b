/** The 一次性告知 rule (行政许可法第三十二条). */
import { describe, expect, it } from 'vitest';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('one-notice: a correction allowed more than once → once', () => {
  const { subject, result } = suggestFixture('one-notice.yaml', { only: ['one-notice'] });

  it('names its policy basis', () => {
    expect(REFORM_RULES['one-notice'].basis.zh).toBe('《行政许可法》第三十二条');
  });

  it('bounds the correction at acceptance to once: on the slowest path acceptance runs 3 times instead of 5', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ step: '受理', event: 'CORRECT', max: 3 }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual(['timeSlowest 11→9']);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
