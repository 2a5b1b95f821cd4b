/**
 * The union of counted intervals (counted-time.ts), which the exact analysis and the fast engine both
 * take: for intervals in any order and for steps laid one after another (the quick way), the total is
 * the length of the union counted cell by cell, the merged intervals are sorted, apart and cover the same
 * days, and what stands before `from` is left alone; the fast engine's unionInPlace agrees. A block's
 * branches merged in place (blockCountedTime) give countedTimeOf's value to the last bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockCountedTime, unionFrom, unionInPlace } from '../../src/analysis/counted-time.js';

/** Intervals on half days 0–40, as [start, end] pairs. */
const pairArb = fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 12 })).map(([s, d]) => [s / 2, (s + d) / 2] as const);

/** Steps one after another from day 0, some of them not counted (a gap) and some of no time. */
const laidArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean()), { maxLength: 12 }).map((steps) => {
  const pairs: Array<readonly [number, number]> = [];
  let t = 0;
  for (const [d, counts] of steps) {
    if (counts) pairs.push([t / 2, (t + d) / 2]);
    t += d;
  }
  return pairs;
});

/** Half-day cells the pairs cover. */
function cells(pairs: ReadonlyArray<readonly [number, number]>): Set<number> {
  const covered = new Set<number>();
  for (const [s, e] of pairs) for (let c = s * 2; c < e * 2; c++) covered.add(c);
  return covered;
}

/** The flat list's pairs from pair `from` on. */
function pairsOf(list: readonly number[], from: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = from * 2; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
  return pairs;
}

/** Checks unionFrom and unionInPlace on `before` (kept as they are) followed by `pairs`. */
function expectUnion(before: ReadonlyArray<readonly [number, number]>, pairs: ReadonlyArray<readonly [number, number]>): void {
  const list = [...before, ...pairs].flat();
  const total = unionFrom(list, before.length);
  const covered = cells(pairs);
  expect(total).toBe(covered.size / 2);
  expect(list.slice(0, before.length * 2)).toEqual(before.flat());
  const merged = pairsOf(list, before.length);
  expect(cells(merged)).toEqual(covered);
  merged.forEach(([s, e], i) => {
    expect(e).toBeGreaterThan(s);
    if (i > 0) expect(s).toBeGreaterThan(merged[i - 1]![1]);
  });
  const iv = Float64Array.from([...before, ...pairs].flat());
  const out = new Int32Array(1);
  expect(unionInPlace(iv, before.length, before.length + pairs.length, out)).toBe(total);
  expect(pairsOf([...iv.subarray(0, out[0]! * 2)], before.length)).toEqual(merged);
}

describe('unionFrom', () => {
  it('gives the length of the union of intervals in any order, merged in place after `from`', () => {
    fc.assert(fc.property(fc.array(pairArb, { maxLength: 3 }), fc.array(pairArb, { maxLength: 10 }), expectUnion), { numRuns: 2000 });
  });

  it('gives the same for steps laid one after another, joining the touching ones', () => {
    fc.assert(fc.property(fc.array(pairArb, { maxLength: 3 }), laidArb, expectUnion), { numRuns: 2000 });
    const list = [9, 9, 0, 2, 2, 2, 2, 5, 6, 7];
    expect(unionFrom(list, 1)).toBe(6);
    expect(list).toEqual([9, 9, 0, 5, 6, 7]);
  });
});

describe('blockCountedTime', () => {
  /** A branch: steps of decimal durations one after another from day 0, some not counted, some of no time. */
  const branchArb = fc.array(fc.tuple(fc.constantFrom(0, 0.1, 0.2, 0.25, 1 / 3, 0.7, 1, 1.5, 2.3, 5), fc.boolean()), { maxLength: 8 }).map((steps) => {
    const list: number[] = [];
    let t = 0;
    for (const [d, counts] of steps) {
      if (counts) list.push(t, t + d);
      t += d;
    }
    return list;
  });

  it('gives, to the last bit, what merging the branches laid one after another and adding the merged lengths gives', () => {
    fc.assert(
      fc.property(fc.array(branchArb, { minLength: 1, maxLength: 4 }), (branches) => {
        // As countedTimeOf lays a block out: the branches' intervals in one list, merged, then measured.
        const list = branches.flat();
        unionFrom(list, 0);
        expect(blockCountedTime(branches)).toBe(unionFrom(list, 0));
      }),
      { numRuns: 3000 },
    );
    expect(blockCountedTime([[0, 2, 4, 5], [1, 3]])).toBe(4);
    expect(blockCountedTime([[], []])).toBe(0);
  });
});
