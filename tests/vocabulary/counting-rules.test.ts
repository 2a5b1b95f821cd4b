/** The counting rules (口径): one list in src/vocabulary, named on every surface, defaults marked. */
import { describe, expect, it } from 'vitest';
import comparisonSchema from '../../schemas/comparison.schema.json' with { type: 'json' };
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { COUNTING_RULES, ruleName, STEP_COUNTINGS, stepRule } from '../../src/vocabulary/counting-rules.js';
import { readWord, wordsFor } from '../../src/vocabulary/authoring.js';

describe('the counting rules', () => {
  it('are the ones the comparison JSON schema lists, no more and no fewer', () => {
    expect([...comparisonSchema.$defs.ruleId.enum].sort()).toEqual(Object.keys(COUNTING_RULES).sort());
  });

  it('know the ways a parallel block counts as 环节 that a procedure file may write, each with its rule', () => {
    // The schema lists each way's key and its Chinese words (authoring.ts), the default first.
    expect([...procedureSchema.properties.stepCounting.enum]).toEqual(STEP_COUNTINGS.flatMap((k) => wordsFor('stepCounting', k)));
    expect(STEP_COUNTINGS.map((k) => readWord('stepCounting', k))).toEqual([...STEP_COUNTINGS]);
    expect(STEP_COUNTINGS.map(stepRule)).toEqual(['steps-stage', 'steps-per-step']);
  });

  it('mark a rule that departs from how offices publish', () => {
    expect(ruleName('steps-stage', 'zh')).toBe('并联审批计 1 个环节');
    expect(ruleName('steps-per-step', 'zh')).toBe('逐环节计（并联分支各环节分别计）（非默认口径）');
    expect(ruleName('steps-per-step', 'en')).toBe('every step counted (branches too) (not the default)');
  });
});
