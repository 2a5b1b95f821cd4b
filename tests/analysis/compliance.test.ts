/**
 * Limits checked over every path, exactly: the worst path and its probability, and the share of cases
 * over the limit; counted time measured on the timeline; 即办 as the same working day.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLimit, checkLimits } from '../../src/analysis/compliance.js';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { simulateProcedure } from '../../src/analysis/simulate/index.js';
import { createTable } from '../../src/machine/table.js';
import { loadFile, loadText } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { findingText } from '../../src/report/words.js';
import { fixture } from '../support/files.js';
import { procedureArb, toYaml } from './random-procedure.js';

const load = (name: string) => loadFile(fixture('counting', name)).document as Procedure;

describe('a breach on a path none of the named paths takes', () => {
  const procedure = load('hidden-breach.yaml');
  const analysis = analyzeProcedure(procedure);

  it('is not on the standard, fastest or slowest path', () => {
    for (const path of [analysis.paths.standard, analysis.paths.fastest, analysis.paths.slowest]) {
      expect(path!.stepNames).toContain('专家评审');
      expect(path!.timeFigure.counted).toBeLessThanOrEqual(10);
    }
  });

  it('is found over every path: worst path 3 + 12 + 1 = 16 counted days, probability 0.3, 30% of cases over', () => {
    const [c] = analysis.compliance;
    expect(analysis.compliance).toHaveLength(1);
    expect(c).toMatchObject({ limit: 'statutory', bound: 10, worst: { counted: 16, steps: ['审查', '现场核查', '决定'] }, exact: true, rules: ['counted-timeline'] });
    expect(c!.worst.probability).toBeCloseTo(0.3, 12);
    expect(c!.breach.mode).toBeCloseTo(0.3, 12);
    expect(c!.breach.max).toBeCloseTo(0.3, 12);
    const finding = analysis.findings.find((f) => f.code === 'exceeds-statutory')!;
    expect(finding.severity).toBe('warning');
    expect(findingText(finding, 'zh')).toBe('最坏路径（各环节取最长用时）计入时限的时间 16 个工作日，超过法定办结时限 10 个工作日；该路径概率 30%：审查 → 现场核查 → 决定。超时限的案件比例：按最可能用时 30%，各环节取最长用时 30%');
  });
});

describe('counted time in a parallel block', () => {
  // 消防 counts days 0–3, 卫生 3–4 (its 3-day test does not count), 规划 0–2: the clock runs 0–4.
  const analysis = analyzeProcedure(load('joint-review.yaml'));

  it('is measured on the timeline: 4 days in the block (the largest branch alone counts 3), 5 in all', () => {
    expect(analysis.paths.standard!.counted).toEqual({ min: 5, mode: 5, max: 5 });
    expect(analysis.paths.standard!.time).toEqual({ min: 5, mode: 5, max: 5 });
  });

  it('is what the compliance check lays out too', () => {
    expect(checkLimit(createTable(load('joint-review.yaml').process), 4.5)).toMatchObject({ worst: { counted: 5 }, breach: { mode: 1, max: 1 }, exact: true });
  });
});

describe('即办', () => {
  it('is not late when the case is done within the same working day (4 hours)', () => {
    const analysis = analyzeProcedure(load('instant.yaml'));
    expect(analysis.compliance.map((c) => [c.limit, c.bound, c.worst.counted, c.rules])).toEqual([
      ['committed', 1, 0.5, ['counted-timeline', 'instant-same-day']],
      ['statutory', 1, 0.5, ['counted-timeline', 'instant-same-day']],
    ]);
    expect(analysis.findings.filter((f) => f.code.startsWith('exceeds'))).toEqual([]);
  });

  it('is not late in a simulation either, against the same bound; a step of 10 hours (1.25 working days) is', async () => {
    const procedure = load('instant.yaml');
    for (const engine of ['fast', 'reference'] as const) {
      const onTime = await simulateProcedure(procedure, { runs: 200, seed: 1, engine });
      expect(onTime.exceed.statutory).toMatchObject({ limit: 1, cases: 0 });
      expect(onTime.exceed.committed).toMatchObject({ limit: 1, cases: 0 });
    }
    const text = readFileSync(fixture('counting', 'instant.yaml'), 'utf8').replace('value: 4, unit: hour', 'value: 10, unit: hour');
    const slow = loadText('instant-10h.yaml', text).document as Procedure;
    const late = await simulateProcedure(slow, { runs: 200, seed: 1 });
    expect(late.exceed.statutory).toMatchObject({ limit: 1, cases: 200 });
    expect(analyzeProcedure(slow).compliance.map((c) => c.breach.mode)).toEqual([1, 1]);
  });
});

describe('the share of cases over a limit', () => {
  // The distributions keep every value past the largest bound checked as one value: that must not show.
  it('is the same checked alone or beside a larger bound, on random procedures', () => {
    fc.assert(
      fc.property(procedureArb, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 30 }), (spec, bound, more) => {
        const table = createTable((loadText('random.yaml', toYaml(spec)).document as Procedure).process);
        const alone = checkLimit(table, bound);
        const [beside, larger] = checkLimits(table, [bound, bound + more]);
        expect(beside!.breach.mode).toBeCloseTo(alone.breach.mode, 12);
        expect(beside!.breach.max).toBeCloseTo(alone.breach.max, 12);
        expect(larger!.breach.mode).toBeLessThanOrEqual(alone.breach.mode + 1e-12);
        expect(beside!.worst).toEqual(alone.worst);
      }),
      { seed: 1203, numRuns: 150 },
    );
  });
});
