/** The committed limit rule. */
import { describe, expect, it } from 'vitest';
import { createTempDir } from '../../../support/files.js';
import { suggestReforms } from '../../../../src/analysis/suggest/suggest.js';
import { changed, expectEffectsAsWritten, subjectOf, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('limit: a committed limit far above the slowest modelled path → what the model supports', () => {
  const { subject, result } = suggestFixture('limit.yaml', { only: ['limit'] });

  it('cuts 20 working days to 5: the slowest path counts 4.5 (the expert review does not count, Art. 45)', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ from: 20, to: 5, slowest: 4.5 }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual(['committedLimit 20→5']);
  });

  it('leaves a limit the model needs: food-business-licence promises 15 days where its slowest path counts 20', () => {
    const other = suggestReforms(subjectOf('processes/food-business-licence/before.yaml'), { only: ['limit'] });
    expect(other.suggestions).toEqual([]);
    expect(other.misses).toEqual([{ rule: 'limit', code: 'below', args: { limit: 15, slowest: 20 } }]);
  });

  it('leaves a limit close to what the model supports', () => {
    expect(suggestFixture('merge.yaml', { only: ['limit'] }).result.misses.map((m) => m.code)).toEqual(['close']);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
