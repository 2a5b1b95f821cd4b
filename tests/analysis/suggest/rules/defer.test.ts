/** The 容缺受理 rule. */
import { describe, expect, it } from 'vitest';
import { REFORM_RULES } from '../../../../src/vocabulary/index.js';
import { createTempDir } from '../../../support/files.js';
import { changed, expectEffectsAsWritten, suggestFixture } from '../support.js';

const DIR = createTempDir();

describe('defer: a secondary material of the applicant → reform: deferred', () => {
  const { subject, result } = suggestFixture('materials.yaml', { only: ['defer'] });

  it('names its instrument', () => {
    expect(REFORM_RULES.defer.name.zh).toBe('容缺受理');
  });

  it('lets the conditional letter follow: still prepared, so no figure moves, and the ledger says 容缺后补', () => {
    expect(result.suggestions.map((s) => s.opportunity.args)).toEqual([{ material: '授权委托书' }]);
    expect(changed(result.suggestions[0]!.effect)).toEqual([]);
    expect(result.suggestions[0]!.effect.ledger).toMatchObject([{ kind: 'material', change: 'changed', reason: 'deferred', id: 'agent' }]);
  });

  it('states effects that equal compare on the draft as written', () => {
    expectEffectsAsWritten(subject, result, DIR);
  });
});
