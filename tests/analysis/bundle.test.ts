/** The schedule of a bundle's items by their after: order, and a bundle's own limits. */
import { describe, expect, it } from 'vitest';
import { analyzeBundle, createSchedule } from '../../src/analysis/bundle.js';
import { loadFile } from '../../src/model/load.js';
import { resolveBundle } from '../../src/model/resolve-bundle.js';
import type { Bundle } from '../../src/model/types.js';
import { fixture } from '../support/files.js';

describe('createSchedule', () => {
  it('runs items with no order between them at the same time', () => {
    const s = createSchedule([{ id: 'a', after: [] }, { id: 'b', after: [] }, { id: 'c', after: ['a', 'b'] }], (id) => ({ a: 2, b: 5, c: 1 })[id]!);
    expect(s).toEqual({ items: [{ id: 'a', start: 0, finish: 2 }, { id: 'b', start: 0, finish: 5 }, { id: 'c', start: 5, finish: 6 }], total: 6, critical: ['b', 'c'] });
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
  it('is the bundle’s figure, with the critical path of its items’ limits beside it', () => {
    const doc = loadFile(fixture('diagnostics', 'bundle-limit-below-fastest.yaml')).document as Bundle;
    const a = analyzeBundle(doc, resolveBundle(doc).items);
    expect(a.limits.committed).toMatchObject({ rule: 'limit-bundle', total: 5, declared: { days: 5, unit: 'workday' }, schedule: { total: 5 }, missing: [] });
    expect(a.limits.statutory).toMatchObject({ rule: 'limit-critical-path', missing: ['执照办理', '现场检查'] });
    expect(a.limits.statutory.total).toBeUndefined();
    expect(a.warnings.map((w) => [w.code, w.code === 'bundle-limit-below-fastest' && w.args.fastest])).toEqual([['bundle-limit-below-fastest', 8]]);
  });
});
