/**
 * The histogram draws what the simulation counted: a case exactly on a limit is within it, so its
 * bar stands left of the limit's line, and the share drawn beyond the line is the share exceed counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCases, loadPairs } from '../../src/cli/commands/cases.js';
import { createMemoryIO } from '../../src/cli/io.js';
import type { Case } from '../../web/src/contract.js';
import { getEdges, getHistogramSides, placeOnLimits } from '../../web/src/views/histogram.js';
import { placeLimits } from '../../web/src/marks/rule.js';
import { scaleLinear } from 'd3';
import { writeOnLimitProcedure } from '../browser/generate.js';
import { createTempDir } from '../support/files.js';

let onLimit: Case;

beforeAll(async () => {
  const dir = createTempDir();
  writeOnLimitProcedure(dir);
  const io = createMemoryIO(dir);
  const { pairs, failed } = loadPairs(['on-limit'], 'zh', io);
  expect(failed, io.stderr).toBe(false);
  const built = await buildCases(pairs, 'zh', io);
  onLimit = built!.document.cases[0]!;
}, 60_000);

describe('a simulated value exactly on a limit', () => {
  it('is drawn inside the limit: the share left of each limit line is the share the simulation counts within it', () => {
    const { sides } = getHistogramSides(onLimit.simulations!, 'zh');
    for (const { sim, counted } of sides) {
      const committed = sim.exceed.committed!;
      // Half of the cases take exactly the committed limit (13 before, 5 after).
      expect(sim.measures.counted.median).toBe(committed.limit);
      const within = counted.filter((b) => b.x1 <= committed.limit).reduce((s, b) => s + b.share, 0);
      expect(within).toBeCloseTo(1 - committed.share, 9);
      const onEdge = counted.find((b) => b.x1 === committed.limit)!;
      expect(onEdge.share).toBeGreaterThan(0.45);
      expect(counted.filter((b) => b.x0 >= committed.limit).reduce((s, b) => s + b.share, 0)).toBeCloseTo(committed.share, 9);
    }
  });

  it('says so in words when every case takes the same time, rather than drawing one bar as a distribution', () => {
    const fixed = { ...onLimit.simulations!.after, measures: { ...onLimit.simulations!.after.measures, counted: { mean: 5, median: 5, p90: 5, p95: 5, min: 5, max: 5, histogram: [{ x0: 5, x1: 5, count: 100 }] } } };
    const { sides } = getHistogramSides({ before: onLimit.simulations!.before, after: fixed }, 'zh');
    expect(sides.map((s) => s.fixed)).toEqual([false, true]);
    // The point is still binned within its limit.
    expect(sides[1]!.counted.find((b) => b.share > 0)!.x1).toBe(5);
  });
});

describe('histogram edges', () => {
  it('put every limit on an edge, so no bin straddles a limit line', () => {
    const edges = getEdges(175, [13, 10]);
    expect(edges).toContain(13);
    expect(edges).toContain(10);
    expect(getEdges(31).slice(0, 3)).toEqual([0, 1, 2]);
  });

  it('move cases on a limit into the bin ending at it, and a surplus the other way', () => {
    const bins = () => [{ x0: 0, x1: 1, share: 0.2 }, { x0: 1, x1: 2, share: 0.8 }];
    expect(placeOnLimits(bins(), [{ limit: 1, cases: 0 }], 10).map((b) => b.share)).toEqual([1, 0]);
    expect(placeOnLimits(bins(), [{ limit: 1, cases: 10 }], 10).map((b) => b.share)).toEqual([0, 1]);
  });
});

describe('limit labels', () => {
  it('never cross another limit’s line nor run past the edge', () => {
    const x = scaleLinear().domain([0, 20]).range([70, 1040]);
    const placed = placeLimits(x, [{ value: 19, label: '法定时限 19：超出 12.34%' }, { value: 18, label: '承诺时限 18：超出 40.00%' }], 1060);
    for (const label of placed) {
      expect(label.from).toBeGreaterThanOrEqual(0);
      expect(label.to).toBeLessThanOrEqual(1060);
      for (const line of placed) if (line !== label && line.px >= label.from && line.px <= label.to) expect(label.row).toBeLessThan(line.row);
    }
  });
});
