/**
 * compareDocuments on the real cases in processes/: the published 新生儿出生一件事 figures, bundle vs
 * bundle, procedure vs procedure, the schedule and the ledger.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchedule } from '../../src/analysis/bundle.js';
import { compareDocuments } from '../../src/analysis/compare/compare.js';
import { cutPercent } from '../../src/analysis/compare/measures.js';
import type { SideInput } from '../../src/analysis/compare/side.js';
import { loadFile } from '../../src/model/load.js';
import { resolveBundle } from '../../src/model/resolve-bundle.js';
import { parseTarget } from '../../src/model/targets.js';
import { ROOT } from '../support/files.js';

/** Loads a file of processes/ as one side of a comparison. */
function side(path: string): SideInput {
  const doc = loadFile(join(ROOT, 'processes', path)).document!;
  if (doc.kind === 'procedure') return doc;
  const resolved = resolveBundle(doc);
  expect(resolved.diagnostics).toEqual([]);
  return { bundle: doc, items: resolved.items };
}

const figure = (c: ReturnType<typeof compareDocuments>, key: string) => c.measures.find((m) => m.key === key)!;

/** Published figures as [measure, before, after, cut in percent]. */
type Published = Array<[string, number, number, number]>;

/** One test per published figure: before, after, cut and percentage exactly as published. */
function itReproduces(c: ReturnType<typeof compareDocuments>, published: Published): void {
  it.each(published)('reproduces the published %s figure %d → %d (压减%d%)', (key, before, after, percent) => {
    expect(figure(c, key)).toMatchObject({ before, after, cut: before - after, cutPercent: percent });
  });
}

describe('compare on 新生儿出生一件事 (7 separate items vs one merged procedure)', () => {
  const c = compareDocuments(side('newborn-birth/before.yaml'), side('newborn-birth/after.yaml'));

  itReproduces(c, [
    ['items', 7, 1, 85.71],
    ['materials', 9, 2, 77.78],
    ['steps', 16, 3, 81.25],
    ['trips', 4, 1, 75],
    ['committedLimit', 32, 5, 84.38],
  ]);

  it('puts the chain birth certificate → household → insurance → payment → card on the critical path', () => {
    expect(c.before.criticalPath).toEqual(['birth-medical-certificate', 'household-registration', 'medical-insurance-enrolment', 'medical-insurance-payment', 'social-security-card']);
    const maternity = c.before.items.find((i) => i.id === 'maternity-reimbursement')!;
    expect(maternity).toMatchObject({ critical: false, start: 3, finish: 23 });
  });

  it('lists the seven items as merged into the one procedure, not cancelled', () => {
    const items = c.ledger.filter((e) => e.kind === 'item');
    expect(items).toHaveLength(7);
    expect(items.every((e) => e.change === 'merged' && e.into === 'newborn-birth' && e.intoName === '新生儿出生“一件事”')).toBe(true);
  });

  it('speaks names in the ledger: 并入 新生儿出生“一件事”联办申请表, not 并入 application', async () => {
    const { ledgerWords } = await import('../../src/report/comparison-words.js');
    const form = c.ledger.find((e) => e.id === 'birth_cert_form')!;
    expect(form.intoName).toBe('新生儿出生“一件事”联办申请表');
    expect(ledgerWords(form, 'zh').reason).toContain('并入 新生儿出生“一件事”联办申请表');
    expect(ledgerWords(form, 'zh').reason).not.toContain('application');
  });

  it('explains each material cut: shared, merged into the form, cancelled, handed in once', () => {
    const reason = (id: string) => c.ledger.find((e) => e.kind === 'material' && e.id === id)?.reason;
    expect(reason('household_book')).toBe('shared');
    expect(reason('birth_cert_form')).toBe('merged');
    expect(reason('medical_invoices')).toBe('cancelled');
    expect(c.ledger.find((e) => e.id === 'parents_id')).toMatchObject({ change: 'merged', reason: 'once', before: 2, after: 1 });
    expect(c.ledger.find((e) => e.kind === 'material' && e.change === 'added')?.id).toBe('application');
  });

  it('adds up: the ledger’s material counts take 9 down to 2', () => {
    const cut = c.ledger.filter((e) => e.kind === 'material').reduce((sum, e) => sum + (e.before ?? 0) - (e.after ?? 0), 0);
    expect(9 - cut).toBe(2);
  });

  it('counts every former step as merged into one of the three new steps', () => {
    const steps = c.ledger.filter((e) => e.kind === 'step');
    expect(steps).toHaveLength(16);
    expect(new Set(steps.map((e) => e.into))).toEqual(new Set(['newborn-birth/apply', 'newborn-birth/review', 'newborn-birth/deliver']));
  });

  it('prices the yearly burden by the Standard Cost Model from each item volume', () => {
    expect(c.money!.before).toBeGreaterThan(c.money!.after);
    expect(c.money!.saved).toBeCloseTo(c.money!.before - c.money!.after, 2);
    const after = c.money!.items.find((i) => i.side === 'after')!;
    const s = c.money!.settings;
    expect(after.perCase).toBeCloseTo(1 * s.tripCost + 2 * s.prepHours * s.hourlyCost + 5 * s.waitHours * s.hourlyCost, 2);
    expect(after.yearly).toBeCloseTo(after.perCase * 60000, 0);
  });

  it('places the standard-path steps in time, bundle items offset by their schedule start', () => {
    const card = c.before.timeline.filter((t) => t.item === 'social-security-card');
    expect(card[0]!.start).toBe(14);
    expect(card.at(-1)!.end).toBe(32);
    expect(c.after.timeline.map((t) => t.key)).toEqual(['apply', 'review', 'deliver']);
  });
});

describe('compare on 开办餐饮店一件事, 广元口径 (5 separate items vs one merged procedure)', () => {
  const c = compareDocuments(side('open-restaurant-guangyuan/before.yaml'), side('open-restaurant-guangyuan/after.yaml'));

  itReproduces(c, [
    ['materials', 35, 17, 51.43],
    ['formFields', 100, 58, 42],
    ['committedLimit', 48, 13, 72.92],
    ['steps', 17, 2, 88.24],
    ['trips', 6, 1, 83.33],
  ]);

  it('counts forms only where the files declare fields: 5 → 1 here, none (not 0) where no form is declared', () => {
    expect(figure(c, 'forms')).toMatchObject({ before: 5, after: 1, rule: { before: 'forms-declared', after: 'forms-declared' } });
    const newborn = compareDocuments(side('newborn-birth/before.yaml'), side('newborn-birth/after.yaml'));
    expect(figure(newborn, 'forms')).toMatchObject({ before: null, after: null, cut: null });
  });

  it('accounts in the ledger for every material counted before', () => {
    const cut = c.ledger.filter((e) => e.kind === 'material').reduce((sum, e) => sum + (e.before ?? 0) - (e.after ?? 0), 0);
    expect(35 - cut).toBe(17);
  });
});

describe('compare on 开办餐饮店一件事 (bundle vs bundle)', () => {
  const c = compareDocuments(side('open-restaurant/before.yaml'), side('open-restaurant/after.yaml'), {
    targets: ['材料压减>=30%', '承诺时限<=5'].map((t) => (parseTarget(t) as { ok: true; target: never }).target),
  });

  it('counts a material handed in once for several items once only when the bundle declares it the same document', () => {
    expect(c.ledger.find((e) => e.id === 'floor_plan' && e.kind === 'material')).toMatchObject({ reason: 'once', before: 2, after: 1 });
    // Four different application forms share the id "application"; not declared the same, they count four times.
    expect(c.ledger.find((e) => e.id === 'application' && e.kind === 'material' && e.reason === 'once')).toBeUndefined();
  });

  it('counts 38 → 14 materials (63.16%), and the ledger accounts for every one', () => {
    expect(figure(c, 'materials')).toMatchObject({ before: 38, after: 14, cutPercent: 63.16 });
    const cut = c.ledger.filter((e) => e.kind === 'material').reduce((sum, e) => sum + (e.before ?? 0) - (e.after ?? 0), 0);
    expect(38 - cut).toBe(14);
  });

  it('names items and what a thing was merged into, not their ids', () => {
    const plan = c.ledger.find((e) => e.id === 'floor_plan')!;
    expect(plan.itemName).toBe('公众聚集场所投入使用、营业前消防安全检查、食品经营许可（新办）');
  });

  it('says met and not met for each target', () => {
    expect(c.targets.map((t) => [t.measure, t.met])).toEqual([['materials', true], ['committedLimit', false]]);
  });
});

describe('compare on one procedure', () => {
  it('matches steps and materials by id, with a rename map for changed ids', () => {
    const before = side('enterprise-establishment/before.yaml');
    const after = side('enterprise-establishment/after.yaml');
    const plain = compareDocuments(before, after);
    expect(figure(plain, 'items')).toMatchObject({ before: 1, after: 1, cutPercent: 0 });
    const renamed = compareDocuments(before, after, { rename: new Map([['name_form', 'application']]) });
    expect(plain.ledger.find((e) => e.id === 'name_form')?.reason).toBe('cancelled');
    expect(renamed.ledger.find((e) => e.id === 'name_form')).toBeUndefined();
  });

  it('reports a figure that went up as a negative cut', () => {
    const c = compareDocuments(side('food-business-licence/after.yaml'), side('food-business-licence/before.yaml'));
    expect(figure(c, 'materials').cut).toBeLessThan(0);
    expect(figure(c, 'materials').cutPercent).toBeLessThan(0);
  });
});

describe('the building blocks', () => {
  it('computes the cut in percent as the reform offices do, to two decimals', () => {
    expect([cutPercent(35, 17), cutPercent(48, 13), cutPercent(17, 2), cutPercent(6, 1), cutPercent(0, 3)]).toEqual([51.43, 72.92, 88.24, 83.33, null]);
  });

  it('runs items with no order between them at the same time', () => {
    const s = createSchedule([{ id: 'a', after: [] }, { id: 'b', after: [] }, { id: 'c', after: ['a', 'b'] }], (id) => ({ a: 2, b: 5, c: 1 })[id]!);
    expect(s).toEqual({ items: [{ id: 'a', start: 0, finish: 2 }, { id: 'b', start: 0, finish: 5 }, { id: 'c', start: 5, finish: 6 }], total: 6, critical: ['b', 'c'] });
  });

  it('reads targets in symbols and in Chinese words', () => {
    expect(parseTarget('材料压减>=30%')).toMatchObject({ ok: true, target: { measure: 'materials', op: 'cutPercent>=', value: 30 } });
    expect(parseTarget('跑动不超过1')).toMatchObject({ ok: true, target: { measure: 'trips', op: 'after<=', value: 1 } });
    expect(parseTarget('时限压减至少50%')).toMatchObject({ ok: true, target: { measure: 'committedLimit', op: 'cutPercent>=', value: 50 } });
    expect(parseTarget('承诺时限 ≤ 5 工作日')).toMatchObject({ ok: true, target: { measure: 'committedLimit', op: 'after<=', value: 5 } });
    expect(parseTarget('速度>=3')).toEqual({ ok: false, problem: 'measure' });
  });
});

describe('dependencies between items', () => {
  it('lists a dependency the reform removed as 串联改并联 in the ledger', () => {
    const c = compareDocuments(side('open-restaurant/before.yaml'), side('open-restaurant/after.yaml'));
    const removed = c.ledger.filter((e) => e.kind === 'dependency');
    expect(removed.map((e) => [e.name, e.change, e.reason])).toEqual([
      ['公众聚集场所投入使用、营业前消防安全检查 → 食品经营许可（新办）', 'removed', 'parallel'],
      ['食品行业从业人员预防性健康检查（健康证明办理） → 食品经营许可（新办）', 'removed', 'parallel'],
    ]);
  });

  it('schedules a start-to-start dependency with a lag: b starts 2 days after a starts, c after b finishes', () => {
    const s = createSchedule([
      { id: 'a', after: [] },
      { id: 'b', after: ['a'], dependencies: [{ item: 'a', from: 'start', lag: 2 }] },
      { id: 'c', after: ['b'], dependencies: [{ item: 'b', from: 'finish', lag: 1 }] },
    ], (id) => ({ a: 5, b: 4, c: 1 })[id]!);
    expect(s).toEqual({ items: [{ id: 'a', start: 0, finish: 5 }, { id: 'b', start: 2, finish: 6 }, { id: 'c', start: 7, finish: 8 }], total: 8, critical: ['a', 'b', 'c'] });
  });
});

describe('a bundle’s own limit', () => {
  it('is the bundle’s figure, with the critical path of its items’ limits beside it', async () => {
    const { analyzeBundle } = await import('../../src/analysis/bundle.js');
    const { fixture } = await import('../support/files.js');
    const doc = loadFile(fixture('diagnostics', 'bundle-limit-below-fastest.yaml')).document as Extract<SideInput, { bundle: unknown }>['bundle'];
    const a = analyzeBundle(doc, resolveBundle(doc).items);
    expect(a.limits.committed).toMatchObject({ rule: 'limit-bundle', total: 5, declared: { days: 5, unit: 'workday' }, schedule: { total: 5 }, missing: [] });
    expect(a.limits.statutory).toMatchObject({ rule: 'limit-critical-path', missing: ['执照办理', '现场检查'] });
    expect(a.limits.statutory.total).toBeUndefined();
    expect(a.warnings.map((w) => [w.code, w.args.fastest])).toEqual([['bundle-limit-below-fastest', 8]]);
  });
});
