/** getMoney: the yearly burden by the Standard Cost Model, priced from each item's volume. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MONEY } from '../../../src/analysis/defaults.js';
import { getMoney } from '../../../src/analysis/compare/money.js';
import { getMoneySide, loadSide } from './support.js';

describe('the money of 新生儿出生一件事', () => {
  const money = getMoney(getMoneySide(loadSide('newborn-birth/before.yaml')), getMoneySide(loadSide('newborn-birth/after.yaml')), DEFAULT_MONEY)!;

  it('prices the yearly burden by the Standard Cost Model from each item volume', () => {
    expect(money.before).toBeGreaterThan(money.after);
    expect(money.saved).toBeCloseTo(money.before - money.after, 2);
    const after = money.items.find((i) => i.side === 'after')!;
    const s = money.settings;
    expect(after.perCase).toBeCloseTo(1 * s.tripCost + 2 * s.prepHours * s.hourlyCost + 5 * s.waitHours * s.hourlyCost, 2);
    expect(after.yearly).toBeCloseTo(after.perCase * 60000, 0);
  });
});
