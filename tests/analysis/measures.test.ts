/**
 * analyzeProcedure against figures counted by hand from the YAML. Each block of comments is the hand
 * count; the assertions below it must agree with it exactly.
 */
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analysis/measures.js';
import { measurePath } from '../../src/analysis/measure-path.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import type { ExceedsArgs, Finding } from '../../src/vocabulary/findings.js';

/** A limit breach's values; fails the test when `f` is another finding. */
function breach(f: Finding): ExceedsArgs {
  if (f.code !== 'exceeds-committed' && f.code !== 'exceeds-statutory') throw new Error(`${f.code} is not a limit breach`);
  return f.args;
}

function load(file: string): Procedure {
  const result = loadFile(file);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (result.document?.kind !== 'procedure') throw new Error(`${file} is not a procedure`);
  return result.document;
}

const START = '2024-09-27'; // a Friday, just before the 2024 National Day holiday

describe('food-business-licence, before reform (processes/food-business-licence/before.yaml)', () => {
  const analysis = analyzeProcedure(load('processes/food-business-licence/before.yaml'), { startDate: START });
  const { standard, fastest, slowest } = analysis.paths;

  // Materials: 9 defined, none with a reform mark, all handed in at 提交申请 (apply), so the applicant
  // prepares all 9 on any path — the conditional 授权委托书 (agent_letter) included — 1 copy each: 9 copies.
  it('counts the 9 materials of 提交申请, the conditional one included, 1 copy each', () => {
    expect(analysis.materials.defined).toBe(9);
    expect(analysis.materials.procedure).toBe(9);
    expect(analysis.materials.standardPath).toBe(9);
    expect(analysis.materials.copies).toEqual({ procedure: 9, standardPath: 9 });
    expect(analysis.materials.reform).toEqual({ shared: 0, commitment: 0, deferred: 0, cancelled: 0 });
    expect(standard?.materials).toEqual([
      'application', 'business_licence', 'legal_rep_id', 'floor_plan', 'equipment_layout',
      'safety_rules', 'safety_manager', 'health_certs', 'agent_letter',
    ]);
  });

  // Standard path (most probable approval with no correction):
  //   apply 提交申请 → accept 受理 (ACCEPT 0.65) → review 材料审查 → onsite 现场核查 (PASS 0.8)
  //   → decide 审批决定 (APPROVE 0.95) → issue 制作许可证 → deliver 送达 → approved
  //   7 steps of the 8 in the model (rectify 申请人整改 is off it); probability 0.65 × 0.8 × 0.95 = 0.494.
  // Time (working days), min / mode / max:
  //   apply 4 hours = 0.5 (counts: false) | accept 1 | review 3 | onsite 2/3/5 | decide 2 | issue 2 | deliver 1
  //   elapsed 11.5 / 12.5 / 14.5; counted (without apply's 0.5) 11 / 12 / 14; uncounted 0.5.
  // Trips: apply 1 + deliver 1 = 2. Fees: none.
  it('finds the standard path by hand: 7 steps, 12.5 days (12 counted), 2 trips, no fee, p = 0.494', () => {
    expect(analysis.steps.model).toBe(8);
    expect(analysis.steps.standard).toBe(7);
    expect(standard?.stepNames).toEqual(['提交申请', '受理', '材料审查', '现场核查', '审批决定', '制作许可证', '送达（窗口领证）']);
    expect(standard?.probability).toBeCloseTo(0.494, 12);
    expect(standard?.time).toEqual({ min: 11.5, mode: 12.5, max: 14.5 });
    expect(standard?.counted).toEqual({ min: 11, mode: 12, max: 14 });
    expect(standard?.uncounted).toEqual({ min: 0.5, mode: 0.5, max: 0.5 });
    expect(analysis.time.standard).toMatchObject({ elapsed: 12.5, counted: 12, uncounted: 0.5 });
    expect(analysis.trips.standard).toBe(2);
    expect(analysis.fees).toEqual({ standard: 0, max: 0 });
    expect(analysis.departments).toEqual(['县市场监督管理局']);
  });

  // Fastest path: the standard one at every step's minimum: 11.5 elapsed, 11 counted.
  it('finds the fastest path: the standard steps at their minimum, 11.5 days', () => {
    expect(fastest?.stepNames).toEqual(standard?.stepNames);
    expect(analysis.time.fastest).toMatchObject({ elapsed: 11.5, counted: 11, uncounted: 0.5 });
  });

  // Slowest path: both bounded loops once, every step at its maximum:
  //   apply 0.5 → accept 1 → CORRECT → apply 0.5 → accept 1 → review 3 → onsite 5 → RECTIFY
  //   → rectify 10 (counts: false) → RECHECK → onsite 5 → decide 2 → issue 2 → deliver 1
  //   11 steps; elapsed 0.5+1+0.5+1+3+5+10+5+2+2+1 = 31; uncounted 0.5+0.5+10 = 11; counted 20.
  //   Trips 3 (apply twice, deliver). Probability 0.3 × (0.65 / 0.7, CORRECT spent) × 0.2 × 1 (RECTIFY
  //   spent, PASS alone) × 0.95 = 0.0529286.
  it('finds the slowest path with its correction and its 整改: 11 steps, 31 days (20 counted), 3 trips', () => {
    expect(analysis.steps.slowest).toBe(11);
    expect(slowest?.stepNames).toEqual([
      '提交申请', '受理', '提交申请', '受理', '材料审查', '现场核查', '申请人整改', '现场核查', '审批决定', '制作许可证', '送达（窗口领证）',
    ]);
    expect(analysis.time.slowest).toMatchObject({ elapsed: 31, counted: 20, uncounted: 11 });
    expect(slowest?.trips).toBe(3);
    expect(slowest?.probability).toBeCloseTo((0.3 * 0.65 * 0.2 * 0.95) / 0.7, 12);
    expect(analysis.trips.worst).toBe(3);
  });

  // Paths to approval: (correction or not) × (整改 or not) = 4.
  // Outcomes: rejected = 0.05 (REFUSE at the first 受理) + 0.3 × 0.05/0.7 (REFUSE after the correction)
  //   + P(reaching 审批决定) × 0.05, and P(reaching 审批决定) = 0.65 + 0.3 × 0.65/0.7 = 0.9285714;
  //   so rejected = 0.05 + 0.0214286 + 0.0464286 = 0.1178571, approved = 0.9285714 × 0.95 = 0.8821429.
  it('counts 4 paths to approval and splits the outcomes 0.882 / 0.118', () => {
    expect(analysis.paths.approvalPaths).toBe(4);
    const outcomes = Object.fromEntries(analysis.paths.outcomes.map((o) => [o.outcome, o.probability]));
    expect(Object.keys(outcomes)).toEqual(['approved', 'rejected']);
    expect(outcomes.approved).toBeCloseTo(((0.65 + (0.3 * 0.65) / 0.7) * 0.95), 12);
    expect(outcomes.rejected).toBeCloseTo(0.05 + (0.3 * 0.05) / 0.7 + (0.65 + (0.3 * 0.65) / 0.7) * 0.05, 12);
  });

  // Limits: statutory 20, committed 15 working days. Counted days over every path: at most 20 (the
  //   slowest path), so the committed limit is exceeded and the statutory one is not (20 is not more
  //   than 20). With most likely durations the paths through the correction and the 整改 count more than
  //   15 days too, so cases do exceed it: a warning. The standard path has 2 trips: a return trip to 送达.
  //   No correction has max > 1.
  it('reports the worst path over the committed limit, cases over it, and the return trip to 送达', () => {
    expect(analysis.findings.map((f) => [f.code, f.severity])).toEqual([['exceeds-committed', 'warning'], ['return-trips', 'warning']]);
    expect(analysis.findings[0]!.args).toMatchObject({ counted: 20, limit: 15, exact: true });
    expect(breach(analysis.findings[0]!).breachMode).toBeGreaterThan(0);
    expect(analysis.findings[1]!.args).toEqual({ trips: 2, steps: '送达（窗口领证）' });
    expect(analysis.compliance.find((c) => c.limit === 'statutory')).toMatchObject({ bound: 20, worst: { counted: 20 }, breach: { mode: 0, max: 0 } });
  });

  // Finish dates from Friday 2024-09-27 on the official calendar (the day of application does not count):
  //   09-29 (Sunday, 调休) 1, 09-30 2, [10-01…10-07 国庆], 10-08 3, 10-09 4, 10-10 5, 10-11 6,
  //   10-12 (Saturday, 调休) 7, 10-14 8, 10-15 9, 10-16 10, 10-17 11, 10-18 12, 10-21 13, …, 11-14 31.
  //   Standard 12.5 → 13 working days → 10-21 (24 calendar days); fastest 11.5 → 12 → 10-18 (21);
  //   slowest 31 → 11-14 (48).
  it('dates the finish on the official calendar, National Day and its make-up days included', () => {
    expect(analysis.time.standard?.finish).toEqual({ date: '2024-10-21', calendarDays: 24 });
    expect(analysis.time.fastest?.finish).toEqual({ date: '2024-10-18', calendarDays: 21 });
    expect(analysis.time.slowest?.finish).toEqual({ date: '2024-11-14', calendarDays: 48 });
  });
});

describe('food-business-licence, after reform (processes/food-business-licence/after.yaml)', () => {
  const analysis = analyzeProcedure(load('processes/food-business-licence/after.yaml'), { startDate: START });
  const { standard, slowest } = analysis.paths;

  // Materials: 10 defined, all handed in at 网上申请 (apply). Not prepared: business_licence and
  //   legal_rep_id (shared), safety_rules and safety_manager (commitment), health_certs (cancelled).
  //   Prepared: application, floor_plan, equipment_layout (deferred is still prepared, later),
  //   agent_letter (conditional), food_commitment_letter: 5 materials, 1 copy each.
  it('counts 5 prepared materials out of 10: shared, committed and cancelled ones excluded', () => {
    expect(analysis.materials.defined).toBe(10);
    expect(analysis.materials.procedure).toBe(5);
    expect(analysis.materials.standardPath).toBe(5);
    expect(analysis.materials.copies).toEqual({ procedure: 5, standardPath: 5 });
    expect(analysis.materials.reform).toEqual({ shared: 2, commitment: 2, deferred: 1, cancelled: 1 });
    expect(standard?.materials).toEqual(['application', 'floor_plan', 'equipment_layout', 'agent_letter', 'food_commitment_letter']);
  });

  // Standard path: apply (2 hours = 0.25, counts: false) → decide (4 hours = 0.5, APPROVE 0.88)
  //   → issue (0) → approved: 3 steps, elapsed 0.75, counted 0.5, uncounted 0.25, 0 trips, no fee.
  // Slowest: apply → decide → CORRECT → apply → decide → issue: 5 steps, 0.25+0.5+0.25+0.5 = 1.5
  //   elapsed, 1.0 counted — equal to the committed 1 working day, so not over it.
  it('finds 3 steps, 0.75 days (0.5 counted), no trip; the slowest path with its correction, 1.5 days', () => {
    expect(analysis.steps).toMatchObject({ model: 3, standard: 3, fastest: 3, slowest: 5, rule: 'steps-stage' });
    expect(standard?.probability).toBeCloseTo(0.88, 12);
    expect(analysis.time.standard).toMatchObject({ elapsed: 0.75, counted: 0.5, uncounted: 0.25 });
    expect(analysis.time.fastest).toMatchObject({ elapsed: 0.75, counted: 0.5, uncounted: 0.25 });
    expect(analysis.time.slowest).toMatchObject({ elapsed: 1.5, counted: 1, uncounted: 0.5 });
    expect(slowest?.stepNames).toEqual(['网上申请（签署告知承诺书）', '受理、审查、决定（合一）', '网上申请（签署告知承诺书）', '受理、审查、决定（合一）', '电子证照制发与送达']);
    expect(analysis.trips).toEqual({ standard: 0, worst: 0 });
    expect(analysis.fees).toEqual({ standard: 0, max: 0 });
    expect(analysis.paths.approvalPaths).toBe(2);
  });

  // No finding: counted days at most 1 (= the committed limit), no trip, the only correction has max 1.
  it('has no finding, as a counted time equal to the committed limit does not exceed it', () => {
    expect(analysis.findings).toEqual([]);
  });

  // 0.75 days rounds up to 1 working day: the next working day after Friday 09-27 is Sunday 09-29 (调休).
  //   Slowest 1.5 → 2 → 09-30.
  it('finishes on Sunday 2024-09-29, a make-up working day', () => {
    expect(analysis.time.standard?.finish).toEqual({ date: '2024-09-29', calendarDays: 2 });
    expect(analysis.time.slowest?.finish).toEqual({ date: '2024-09-30', calendarDays: 3 });
  });
});

describe('enterprise-establishment, after reform: a parallel block (processes/enterprise-establishment/after.yaml)', () => {
  const analysis = analyzeProcedure(load('processes/enterprise-establishment/after.yaml'), { startDate: START });

  // apply (2 h = 0.25, counts: false) → register (4 h = 0.5) → setup: 刻章 2/4/8 h, 税务 2/4/8 h,
  //   社保 2 h, 银行 2/4/8 h, so the block takes max = 0.25/0.5/1 days → deliver (0).
  //   Elapsed 1 / 1.25 / 1.75, counted (without apply) 0.75 / 1 / 1.5. Steps: apply, register, the
  //   block as one 并联 stage, deliver = 4 (step by step 2 + 4 branch steps + 1 = 7).
  //   Materials: of apply's 12, prepared are application, articles, officers_docs, agent_letter (4);
  //   the branches use business_licence and legal_rep_id, both shared.
  it('takes the slowest branch’s time and counts the block as one 环节 (7 step by step)', () => {
    const standard = analysis.paths.standard!;
    expect(standard.steps).toBe(4);
    expect(standard.stepCounts).toEqual({ stage: 4, perStep: 7 });
    expect(standard.time).toEqual({ min: 1, mode: 1.25, max: 1.75 });
    expect(standard.counted).toEqual({ min: 0.75, mode: 1, max: 1.5 });
    expect(standard.materials).toEqual(['application', 'articles', 'officers_docs', 'agent_letter']);
    expect(analysis.steps).toEqual({ model: 7, standard: 4, fastest: 4, slowest: 6, rule: 'steps-stage', standardCounts: { stage: 4, perStep: 7 } });
  });

  // Slowest: apply, register, CORRECT, apply, register, block at 1 day, deliver:
  //   0.25 + 0.5 + 0.25 + 0.5 + 1 = 2.5 elapsed, 2 counted > committed 1. With most likely durations the
  //   corrected path counts 0.5 + 0.5 + 0.5 = 1.5 > 1: its 0.1 × 0.88 / 0.9 of the cases are over.
  it('warns of the cases over the one-day commitment, those with a correction', () => {
    expect(analysis.time.slowest).toMatchObject({ elapsed: 2.5, counted: 2, uncounted: 0.5 });
    expect(analysis.findings.map((f) => [f.code, f.severity, breach(f).counted, breach(f).limit])).toEqual([['exceeds-committed', 'warning', 2, 1]]);
    expect(analysis.compliance[0]!.breach.mode).toBeCloseTo((0.1 * 0.88) / 0.9, 12);
  });
});

describe('Art. 45 time and parallel blocks (tests/fixtures/engine/expert-parallel.yaml)', () => {
  const analysis = analyzeProcedure(load('tests/fixtures/engine/expert-parallel.yaml'), { startDate: START });
  const standard = analysis.paths.standard!;

  // min / mode / max: apply 1 (counts: false) + block max(技术审查 1/2/3, 专家评审会 3/5/10,
  //   现场勘验 1 + 勘验确认 1 = 2) + 听证 2 (Art. 45) + 决定 1 = 7 / 9 / 14 elapsed.
  //   Counted: block max(1/2/3, 0 (专家评审 does not count), 2) + 决定 1 = 3 / 3 / 4.
  it('keeps 专家评审 and 听证 out of the counted time', () => {
    expect(standard.time).toEqual({ min: 7, mode: 9, max: 14 });
    expect(standard.counted).toEqual({ min: 3, mode: 3, max: 4 });
    expect(standard.uncounted).toEqual({ min: 4, mode: 6, max: 10 });
    expect(analysis.time.standard).toMatchObject({ elapsed: 9, counted: 3, uncounted: 6 });
  });

  // Steps: apply, the block as one stage, hearing, decide = 4; step by step apply, 3 branches with
  //   1 + 1 + 2 steps, hearing, decide = 7. Materials: form and report (3 copies): 2 materials, 4 copies.
  it('counts the block as one 环节 (7 step by step), adds its branches’ materials, and names it with its branches', () => {
    expect(standard.steps).toBe(4);
    expect(standard.stepCounts).toEqual({ stage: 4, perStep: 7 });
    expect(standard.stepNames).toEqual(['申请', '并联审查（技术审查 ∥ 专家评审会 ∥ 现场勘验→勘验确认）', '听证', '决定']);
    expect(standard.materials).toEqual(['form', 'report']);
    expect(standard.copies).toBe(4);
  });

  // Committed limit 4: 9 elapsed days but only 3 counted (4 on the slowest path): no finding.
  it('finds no excess when only the uncounted days run past the committed limit', () => {
    expect(analysis.findings).toEqual([]);
  });

  // 9 working days from 09-27 → 10-15 (18 calendar days); the fastest, 7 → Saturday 10-12 (调休).
  it('dates the finish by elapsed days, uncounted ones included', () => {
    expect(analysis.time.standard?.finish).toEqual({ date: '2024-10-15', calendarDays: 18 });
    expect(analysis.time.fastest?.finish).toEqual({ date: '2024-10-12', calendarDays: 15 });
  });
});

describe('findings (tests/fixtures/engine/correction-twice.yaml)', () => {
  const analysis = analyzeProcedure(load('tests/fixtures/engine/correction-twice.yaml'));

  // apply 1 → accept 2 (fee 5) → decide 3, all counted: 6 days against a committed 5 on every path, so
  //   every case is over; the worst path has two corrections, 1+2+1+2+1+2+3 = 12 days, probability
  //   0.4 × 0.4 = 0.16. Statutory 20 is not exceeded. 1 trip on the standard path: no return trip.
  //   CORRECT has max 2.
  it('reports exceeds-committed once, with the worst path, and correction-repeats for a max: 2 loop', () => {
    expect(analysis.findings.map((f) => [f.code, f.severity])).toEqual([['exceeds-committed', 'warning'], ['correction-repeats', 'warning']]);
    expect(analysis.findings[0]!.args).toMatchObject({ counted: 12, limit: 5, breachMode: 1, breachMax: 1, steps: '申请 → 受理 → 申请 → 受理 → 申请 → 受理 → 决定' });
    expect(breach(analysis.findings[0]!).probability).toBeCloseTo(0.16, 12);
    expect(analysis.findings[1]).toEqual({ code: 'correction-repeats', severity: 'warning', args: { step: '受理', event: 'CORRECT', max: 2 } });
  });

  // Fees: item 10 + 受理 5 = 15 on the standard path; 10 + 3 × 5 = 25 when 受理 runs three times.
  //   Trips: 1, and 3 on the slowest path. Materials: form (2 copies) and plan: 2, 3 copies.
  //   Paths to approval: 0, 1 or 2 corrections = 3; slowest probability 0.4 × 0.4 × 1 = 0.16.
  it('adds item and step fees, and counts each pass through a step', () => {
    expect(analysis.fees).toEqual({ standard: 15, max: 25 });
    expect(analysis.trips).toEqual({ standard: 1, worst: 3 });
    expect(analysis.materials.copies).toEqual({ procedure: 3, standardPath: 3 });
    expect(analysis.paths.approvalPaths).toBe(3);
    expect(analysis.steps.slowest).toBe(7);
    expect(analysis.paths.slowest?.probability).toBeCloseTo(0.16, 12);
    expect(analysis.time.slowest?.finish).toBeUndefined();
  });
});

describe('a named path’s report', () => {
  it("carries every measure of the path, in the measures' order, then its scenario and time figure", () => {
    const procedure = load('processes/food-business-licence/before.yaml');
    const { standard } = analyzeProcedure(procedure, { startDate: START }).paths;
    const measured = measurePath(procedure, { steps: [], end: { type: 'final', id: 'x', key: 'x', path: [], name: 'x' }, probability: 1 });
    expect(Object.keys(standard!)).toEqual([...Object.keys(measured), 'scenario', 'timeFigure']);
  });
});
