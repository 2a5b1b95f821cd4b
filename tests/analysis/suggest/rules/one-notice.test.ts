/** The 一次性告知 rule (行政许可法第三十二条). */
import { describe, expect, it } from 'vitest';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('one-notice: corrections that may happen more than once in all → maxCorrections: 1', () => {
  const { subject, result } = suggestFixture('one-notice.yaml', { only: ['one-notice'] });

  it('names its policy basis', () => {
    expect(REFORM_RULES['one-notice'].basis.zh).toBe('《行政许可法》第三十二条');
  });

  it('caps the corrections of the process at one in all: the slowest path is sent back once instead of four times', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ loops: '受理 CORRECT、审查 RETURN', max: 4 }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual(['timeSlowest 11→8']);
  });

  it('writes the shared budget under the process’s initial step', () => {
    expect(result.draft[0]!.text).toMatch(/process:\n  initial: apply\n  # wujian suggest · 一次性告知 · 依据：《行政许可法》第三十二条\n.*\n  maxCorrections: 1\n  states:/);
  });

  it('leaves a process whose corrections happen at most once in all', () => {
    expect(suggestFixture('merge.yaml', { only: ['one-notice'] }).result.suggestions).toEqual([]);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
