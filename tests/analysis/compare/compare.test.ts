/**
 * compareDocuments on the real cases in processes/: the published figures of 新生儿出生一件事 and 广元
 * 开办餐饮店一件事 reproduced exactly, bundle vs bundle with targets, procedure vs procedure.
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/analysis/compare/compare.js';
import { parseTarget } from '../../../src/model/targets.js';
import { loadSide } from './support.js';

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
  const c = compareDocuments(loadSide('newborn-birth/before.yaml'), loadSide('newborn-birth/after.yaml'));

  itReproduces(c, [
    ['items', 7, 1, 85.71],
    ['materials', 9, 2, 77.78],
    ['steps', 16, 3, 81.25],
    ['trips', 4, 1, 75],
    ['committedLimit', 32, 5, 84.38],
  ]);
});

describe('compare on 开办餐饮店一件事, 广元口径 (5 separate items vs one merged procedure)', () => {
  const c = compareDocuments(loadSide('open-restaurant-guangyuan/before.yaml'), loadSide('open-restaurant-guangyuan/after.yaml'));

  itReproduces(c, [
    ['materials', 35, 17, 51.43],
    ['formFields', 100, 58, 42],
    ['committedLimit', 48, 13, 72.92],
    ['steps', 17, 2, 88.24],
    ['trips', 6, 1, 83.33],
  ]);

  it('counts forms only where the files declare fields: 5 → 1 here, none (not 0) where no form is declared', () => {
    expect(figure(c, 'forms')).toMatchObject({ before: 5, after: 1, rule: { before: 'forms-declared', after: 'forms-declared' } });
    const newborn = compareDocuments(loadSide('newborn-birth/before.yaml'), loadSide('newborn-birth/after.yaml'));
    expect(figure(newborn, 'forms')).toMatchObject({ before: null, after: null, cut: null });
  });
});

describe('compare on 开办餐饮店一件事 (bundle vs bundle)', () => {
  it('counts 38 → 14 materials (63.16%): four different application forms are not one because they share an id', () => {
    const c = compareDocuments(loadSide('open-restaurant/before.yaml'), loadSide('open-restaurant/after.yaml'));
    expect(figure(c, 'materials')).toMatchObject({ before: 38, after: 14, cutPercent: 63.16, rule: { after: 'materials-once-declared' } });
  });

  it('counts copies (材料份数) by a rule of their own: 41 → 14, the copies each counted material asks for, not 材料’s distinct documents', () => {
    const c = compareDocuments(loadSide('open-restaurant/before.yaml'), loadSide('open-restaurant/after.yaml'));
    expect(figure(c, 'copies')).toMatchObject({ before: 41, after: 14, rule: { before: 'copies-per-item', after: 'copies-once-declared' } });
    const single = compareDocuments(loadSide('food-business-licence/before.yaml'), loadSide('food-business-licence/after.yaml'));
    expect(figure(single, 'copies').rule).toEqual({ before: 'copies-procedure', after: 'copies-procedure' });
  });

  it('says met and not met for each target', () => {
    const c = compareDocuments(loadSide('open-restaurant/before.yaml'), loadSide('open-restaurant/after.yaml'), {
      targets: ['材料压减>=30%', '承诺时限<=5'].map((t) => (parseTarget(t) as { ok: true; target: never }).target),
    });
    expect(c.targets.map((t) => [t.measure, t.met])).toEqual([['materials', true], ['committedLimit', false]]);
  });
});

describe('compare on one procedure', () => {
  it('counts one item on each side', () => {
    const plain = compareDocuments(loadSide('enterprise-establishment/before.yaml'), loadSide('enterprise-establishment/after.yaml'));
    expect(figure(plain, 'items')).toMatchObject({ before: 1, after: 1, cutPercent: 0 });
  });

  it('reports a figure that went up as a negative cut', () => {
    const c = compareDocuments(loadSide('food-business-licence/after.yaml'), loadSide('food-business-licence/before.yaml'));
    expect(figure(c, 'materials').cut).toBeLessThan(0);
    expect(figure(c, 'materials').cutPercent).toBeLessThan(0);
  });
});
