/**
 * 环节 as offices publish them: a 并联审批 stage is one 环节 by default, its branches keeping their own
 * steps; a procedure, a block or the command line can count every step instead, and both counts are
 * shown where they differ.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/analysis/compare/compare.js';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { ruleNotes, ruleText } from '../../src/report/comparison-words.js';
import { fixture, ROOT } from '../support/files.js';

const joint = loadFile(fixture('counting', 'joint-review.yaml')).document as Procedure;

describe('a parallel stage', () => {
  it('counts as one 环节 by default: 申请、联合审查、发证 = 3', () => {
    expect(analyzeProcedure(joint).steps).toMatchObject({ standard: 3, rule: 'steps-stage', standardCounts: { stage: 3, perStep: 8 } });
  });

  it('counts every step when the command line says per-step', () => {
    expect(analyzeProcedure(joint, { stepCounting: 'per-step' }).steps).toMatchObject({ standard: 8, rule: 'steps-per-step' });
  });

  it('counts every step when the file says so, and a block’s own rule wins over the file’s', () => {
    const perStep: Procedure = { ...joint, stepCounting: 'per-step' };
    expect(analyzeProcedure(perStep).steps).toMatchObject({ standard: 8, rule: 'steps-per-step' });
    const block = joint.process.states.get('joint')!;
    const mixed: Procedure = { ...perStep, process: { ...joint.process, states: new Map([...joint.process.states, ['joint', { ...block, stepCounting: 'stage' } as typeof block]]) } };
    expect(analyzeProcedure(mixed).steps).toMatchObject({ standard: 3, rule: 'steps-stage' });
  });
});

describe('compare on 企业开办 (a parallel block of four branches after the reform)', () => {
  const side = (v: string) => loadFile(join(ROOT, 'processes', 'enterprise-establishment', `${v}.yaml`)).document as Procedure;
  const c = compareDocuments(side('before'), side('after'));
  const steps = c.measures.find((m) => m.key === 'steps')!;

  it('shows 10 → 4 环节, names the rule, and gives the step-by-step count 10 → 7 beside it', () => {
    expect(steps).toMatchObject({ before: 10, after: 4, cutPercent: 60, rule: { before: 'steps-stage', after: 'steps-stage' } });
    expect(steps.alternative).toEqual({ rule: 'steps-per-step', before: 10, after: 7 });
    expect(ruleText(steps, 'zh')).toBe('并联审批计 1 个环节');
    expect(ruleNotes(steps, 'zh')).toEqual(['按“逐环节计（并联分支各环节分别计）”：10个 → 7个']);
  });

  it('names a departure from the default: --step-counting per-step', () => {
    const perStep = compareDocuments(side('before'), side('after'), { stepCounting: 'per-step' }).measures.find((m) => m.key === 'steps')!;
    expect(perStep).toMatchObject({ before: 10, after: 7, cutPercent: 30 });
    expect(ruleText(perStep, 'zh')).toBe('逐环节计（并联分支各环节分别计）（非默认口径）');
    expect(perStep.alternative).toEqual({ rule: 'steps-stage', before: 10, after: 4 });
  });
});
