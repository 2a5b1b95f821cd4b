/** getLedger: the reduction ledger (减量清单) of the real cases, every change explained and adding up to the measures. */
import { describe, expect, it } from 'vitest';
import { compareDocuments, compareLedger } from '../../../src/analysis/compare/compare.js';
import { getLedger } from '../../../src/analysis/compare/ledger.js';
import { ledgerWords } from '../../../src/report/comparison-words.js';
import { getProcessPairs } from '../../support/cases.js';
import { getSideView, loadSide } from './support.js';

/** The ledger of a case folder of processes/, before → after. */
function ledgerOf(folder: string, rename: ReadonlyMap<string, string> = new Map()) {
  return getLedger(getSideView(loadSide(`${folder}/before.yaml`)), getSideView(loadSide(`${folder}/after.yaml`)), rename);
}

describe('the ledger of 新生儿出生一件事 (7 separate items vs one merged procedure)', () => {
  const ledger = ledgerOf('newborn-birth');

  it('lists the seven items as merged into the one procedure, not cancelled', () => {
    const items = ledger.filter((e) => e.kind === 'item');
    expect(items).toHaveLength(7);
    expect(items.every((e) => e.change === 'merged' && e.into === 'newborn-birth' && e.intoName === '新生儿出生“一件事”')).toBe(true);
  });

  it('speaks names in the ledger: 并入 新生儿出生“一件事”联办申请表, not 并入 application', () => {
    const form = ledger.find((e) => e.id === 'birth_cert_form')!;
    expect(form.intoName).toBe('新生儿出生“一件事”联办申请表');
    expect(ledgerWords(form, 'zh').reason).toContain('并入 新生儿出生“一件事”联办申请表');
    expect(ledgerWords(form, 'zh').reason).not.toContain('application');
  });

  it('explains each material cut: shared, merged into the form, cancelled, handed in once', () => {
    const reason = (id: string) => ledger.find((e) => e.kind === 'material' && e.id === id)?.reason;
    expect(reason('household_book')).toBe('shared');
    expect(reason('birth_cert_form')).toBe('merged');
    expect(reason('medical_invoices')).toBe('cancelled');
    expect(ledger.find((e) => e.id === 'parents_id')).toMatchObject({ change: 'merged', reason: 'once', before: 2, after: 1 });
    expect(ledger.find((e) => e.kind === 'material' && e.change === 'added')?.id).toBe('application');
  });

  it('adds up: the ledger’s material counts take 9 down to 2', () => {
    const cut = ledger.filter((e) => e.kind === 'material').reduce((sum, e) => sum + (e.before ?? 0) - (e.after ?? 0), 0);
    expect(9 - cut).toBe(2);
  });

  it('counts every former step as merged into one of the three new steps', () => {
    const steps = ledger.filter((e) => e.kind === 'step');
    expect(steps).toHaveLength(16);
    expect(new Set(steps.map((e) => e.into))).toEqual(new Set(['newborn-birth/apply', 'newborn-birth/review', 'newborn-birth/deliver']));
  });
});

describe('the ledger of 开办餐饮店一件事, 广元口径', () => {
  it('accounts for every material counted before', () => {
    const cut = ledgerOf('open-restaurant-guangyuan').filter((e) => e.kind === 'material').reduce((sum, e) => sum + (e.before ?? 0) - (e.after ?? 0), 0);
    expect(35 - cut).toBe(17);
  });
});

describe('the ledger of 开办餐饮店一件事 (bundle vs bundle)', () => {
  const ledger = ledgerOf('open-restaurant');

  it('counts a material handed in once for several items once only when the bundle declares it the same document', () => {
    expect(ledger.find((e) => e.id === 'floor_plan' && e.kind === 'material')).toMatchObject({ reason: 'once', before: 2, after: 1 });
    // Four different application forms share the id "application"; not declared the same, they count four times.
    expect(ledger.find((e) => e.id === 'application' && e.kind === 'material' && e.reason === 'once')).toBeUndefined();
  });

  it('accounts for every material: 38 → 14', () => {
    const cut = ledger.filter((e) => e.kind === 'material').reduce((sum, e) => sum + (e.before ?? 0) - (e.after ?? 0), 0);
    expect(38 - cut).toBe(14);
  });

  it('names items and what a thing was merged into, not their ids', () => {
    const plan = ledger.find((e) => e.id === 'floor_plan')!;
    expect(plan.itemName).toBe('公众聚集场所投入使用、营业前消防安全检查、食品经营许可（新办）');
  });

  it('lists a dependency the reform removed as 串联改并联', () => {
    const removed = ledger.filter((e) => e.kind === 'dependency');
    expect(removed.map((e) => [e.name, e.change, e.reason])).toEqual([
      ['公众聚集场所投入使用、营业前消防安全检查 → 食品经营许可（新办）', 'removed', 'parallel'],
      ['食品行业从业人员预防性健康检查（健康证明办理） → 食品经营许可（新办）', 'removed', 'parallel'],
    ]);
  });
});

describe('the ledger of one procedure', () => {
  it('matches steps and materials by id, with a rename map for changed ids', () => {
    const plain = ledgerOf('enterprise-establishment');
    const renamed = ledgerOf('enterprise-establishment', new Map([['name_form', 'application']]));
    expect(plain.find((e) => e.id === 'name_form')?.reason).toBe('cancelled');
    expect(renamed.find((e) => e.id === 'name_form')).toBeUndefined();
  });
});

describe('compareLedger', () => {
  it('gives the ledger compareDocuments gives, from the documents alone, for every pair in processes/', () => {
    for (const { id, before, after } of getProcessPairs()) {
      expect(compareLedger(before.side!, after.side!), id).toEqual(compareDocuments(before.side!, after.side!).ledger);
    }
  });
});
