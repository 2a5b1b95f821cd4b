/** getMoney: the yearly burden by the Standard Cost Model, priced from each item's volume. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MONEY } from '../../../src/analysis/defaults.js';
import { getMoney } from '../../../src/analysis/compare/money.js';
import { analyzeProcedure } from '../../../src/analysis/measures.js';
import { Exit } from '../../../src/cli/io.js';
import { loadFile } from '../../../src/model/load.js';
import type { Procedure } from '../../../src/model/types.js';
import { wujian } from '../../support/cli.js';
import { createTempDir, ROOT, writeIn } from '../../support/files.js';
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

describe('fees in yuan and fen, many of them, at a large volume', () => {
  /** A chain of 50 steps, each with one fee of `fee`, taken 10^9 times a year. */
  const procedure = (label: string, fee: number) =>
    [
      'id: fees',
      'name: 收费',
      `version: { label: ${label}, date: 2024-01-01 }`,
      'volume: 1000000000',
      'materials: []',
      'process:',
      '  initial: s0',
      '  states:',
      ...Array.from(
        { length: 50 },
        (_, i) => `    s${i}: { name: 环节${i}, fees: [{ name: 费${i}, amount: ${fee} }], on: { GO: ${i < 49 ? `s${i + 1}` : 'done'} } }`,
      ),
      '    done: { type: final, outcome: approved }',
      '',
    ].join('\n');
  const dir = createTempDir();
  const before = writeIn(dir, 'before.yaml', procedure('改革前', 100_000_000));
  const after = writeIn(dir, 'after.yaml', procedure('改革后', 99_999_999.99));

  it('are added exactly, on the standard path and the most expensive one', () => {
    const { document } = loadFile(after);
    const analysis = analyzeProcedure(document as Procedure);
    // Added as doubles, 50 × 99,999,999.99 is 4,999,999,999.499993.
    expect(analysis.fees).toEqual({ standard: 4_999_999_999.5, max: 4_999_999_999.5 });
  });

  it('save the cut of each case times the volume to the fen, though the yearly burdens pass 2^53', async () => {
    const { code, stdout } = await wujian(ROOT, 'compare', before, after, '--format', 'json');
    expect(code).toBe(Exit.OK);
    const { money } = JSON.parse(stdout);
    expect(money.before).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(money.saved).toBe(500_000_000);
    expect(money.savedWan).toBe(50_000);
  });
});
