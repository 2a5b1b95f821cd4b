/** createCase on the real procedures: the comparison, simulations and graphs the app reads, all in one case. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/model/load.js';
import { resolveBundle } from '../../src/model/resolve-bundle.js';
import type { Procedure } from '../../src/model/types.js';
import type { ComparisonJson } from '../../src/report/comparison-json.js';
import { createCase } from '../../src/report/presentation.js';
import { getMaterialRows } from '../../web/src/views/materials.js';
import { getItemPairs } from '../../web/src/views/process.js';
import { getTimelineRows } from '../../web/src/views/timeline.js';
import { ROOT } from '../support/files.js';

function load(item: string, version: 'before' | 'after') {
  const document = loadFiles([join(ROOT, 'processes', item, `${version}.yaml`)])[0]?.document;
  if (!document) throw new Error(`processes/${item}/${version}.yaml did not load`);
  return document.kind === 'procedure' ? document : { bundle: document, items: resolveBundle(document).items };
}

describe('createCase', () => {
  it('compares, simulates and draws a procedure pair, with the cut worded as the comparison words it', async () => {
    const made = await createCase({ id: 'food-business-licence', before: load('food-business-licence', 'before'), after: load('food-business-licence', 'after'), runs: 2000 });
    const materials = made.comparison.measures.find((m) => m.key === 'materials')!;
    expect([materials.before, materials.after, materials.text.zh]).toEqual([9, 5, '压减44.44%']);
    expect(made.title).toBe('食品经营许可（新办）');
    expect(made.simulations?.before.completed).toBe(2000);
    expect(made.simulations!.before.measures.workdays.mean).toBeGreaterThan(made.simulations!.after.measures.workdays.mean);
    expect(made.graphs.before[0]!.states.map((s) => s.key)).toContain('onsite');
    expect(getTimelineRows(made.comparison.before).length).toBeGreaterThan(getTimelineRows(made.comparison.after).length);
  });

  it('draws every item of a bundle and simulates each version on its schedule', async () => {
    const made = await createCase({ id: 'open-restaurant', before: load('open-restaurant', 'before'), after: load('open-restaurant', 'after'), runs: 2000 });
    const { before, after } = made.simulations!;
    expect([before.completed, after.completed]).toEqual([2000, 2000]);
    expect(before.measures.workdays.mean).toBeGreaterThan(after.measures.workdays.mean);
    expect(before.exceed.committed!.limit).toBe(made.comparison.measures.find((m) => m.key === 'committedLimit')!.before);
    expect(made.graphs.before.map((g) => g.id)).toEqual(made.comparison.before.items.map((i) => i.id));
    expect(getTimelineRows(made.comparison.before)).toHaveLength(5);
    const shared = getMaterialRows(made.comparison).find((r) => r.id === 'business_licence')!;
    expect(shared.reason).toBe('shared');
  });

  it('keeps a comparison it is given and simulates nothing when told not to', async () => {
    const before = load('food-business-licence', 'before') as Procedure;
    // A stand-in, not a real comparison: createCase must pass it on untouched (it reads only the
    // ledger, for the words of the diagrams).
    const given = { given: true, ledger: [] } as unknown as ComparisonJson;
    const made = await createCase({ id: 'x', title: 'given', before, after: before, comparison: given, simulations: false });
    expect(made).toMatchObject({ id: 'x', title: 'given', comparison: { given: true } });
    expect(made.simulations).toBeUndefined();
  });
});

describe('getItemPairs', () => {
  it('pairs each of seven items with the one procedure they were merged into', async () => {
    const made = await createCase({ id: 'newborn-birth', before: load('newborn-birth', 'before'), after: load('newborn-birth', 'after'), simulations: false });
    const pairs = getItemPairs(made);
    expect(pairs).toHaveLength(7);
    expect(new Set(pairs.map((p) => p.after?.id)).size).toBe(1);
    expect(pairs[0]!.label).toContain(' → ');
  });

  it('pairs a bundle’s items by id', async () => {
    const made = await createCase({ id: 'open-restaurant', before: load('open-restaurant', 'before'), after: load('open-restaurant', 'after') });
    expect(getItemPairs(made).map((p) => [p.before?.id, p.after?.id]).every(([b, a]) => b === a)).toBe(true);
  });
});
