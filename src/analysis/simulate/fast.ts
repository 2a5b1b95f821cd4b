/**
 * The fast engine: each region's states flattened into typed arrays — per state its duration sampler,
 * its edges as offsets into edge arrays, and a parallel block's branches as sub-tables — walked with
 * no allocation. Correction counters live in one Int32Array, a slice per region, reset as the region
 * starts (a case, or each entry of a block), so a procedure whose loops are too many to unroll for
 * exact analysis still runs. A step without bounded transitions keeps its cumulative probabilities
 * precomputed; one with them renormalises over the enabled ones as it goes, with the additions of
 * pickAmong. Time counted toward the statutory limit inside a parallel block is measured on the
 * timeline: the union of the branches' counted intervals (counted-time.ts), kept in one reused array.
 * It means what the reference engine means (draw.ts states the order of draws), and tests hold the
 * two to the same walk for one seed.
 */
import { createCounterSpace } from '../../model/counters.js';
import type { Procedure, Region } from '../../model/types.js';
import { unionInPlace } from '../counted-time.js';
import { createDraws, drawDuration, SAMPLER, toSampler } from './draw.js';
import type { Engine, EngineOptions } from './engine.js';
import { createSamples, getStepIndex, outcomeIndex } from './samples.js';

const STEP = 0;
const PARALLEL = 1;
const FINAL = 2;

/** The regions of a procedure as typed arrays; n is a node (a state) of any table, e an edge, t a table (a region). */
export interface Program {
  /** STEP, PARALLEL or FINAL, by node. */
  kind: Uint8Array;
  /** Duration sampler kind (SAMPLER), by node. */
  sampler: Uint8Array;
  /** Sampler parameter a (see draw.ts Sampler), by node. */
  a: Float64Array;
  /** Sampler parameter b, by node. */
  b: Float64Array;
  /** Sampler parameter c, by node. */
  c: Float64Array;
  /** 1 when the node's time counts toward the statutory limit. */
  counts: Uint8Array;
  /** Trips in person, by node. */
  trips: Float64Array;
  /** Step index (samples.stepDays), by node; −1 for other nodes. */
  step: Int32Array;
  /** Outcome index of a final node. */
  outcome: Uint8Array;
  /** 1 when some edge of the node is bounded, so its choice is renormalised as the case goes. */
  guarded: Uint8Array;
  /** Edges of node n are edgeStart[n] … edgeStart[n + 1] − 1 (a block has one: its onDone). */
  edgeStart: Int32Array;
  /** Target node of each edge. */
  edgeTo: Int32Array;
  /** Probability of each edge as written (shared out), before renormalisation. */
  edgeP: Float64Array;
  /** For a node that is not guarded: cumulative renormalised probability up to each edge; −1 for an edge of probability 0. */
  edgeCumulative: Float64Array;
  /** Counter of a bounded edge within its table; −1 for an unbounded one. */
  edgeBounded: Int32Array;
  /** `max` of a bounded edge. */
  edgeMax: Int32Array;
  /** For a node that is not guarded: the last edge of positive probability, taken when rounding leaves a draw past the end. */
  lastEdge: Int32Array;
  /** Branch tables of block node n are blockTable[blockStart[n] … blockStart[n + 1] − 1]. */
  blockStart: Int32Array;
  /** Branch table indices of every block, block after block. */
  blockTable: Int32Array;
  /** Node index of each table's start node; table 0 is the root process. */
  tableStart: Int32Array;
  /** First counter of each table in the counter array; its bounded edges' counters, then its corrections. */
  counterStart: Int32Array;
  /** Bounded edges of each table (its corrections counter sits at counterStart + this). */
  boundedCount: Int32Array;
  /** Shared correction budget of each table (maxCorrections), or a number no case reaches. */
  budget: Int32Array;
  /** State keys by node, for tracing. */
  keys: string[];
}

/** A budget no case can spend: more corrections than any bounded loops allow. */
const NO_BUDGET = 0x7fffffff;

/** Compiles a procedure's regions to a Program. */
export function createProgram(procedure: Procedure): Program {
  const steps = getStepIndex(procedure);
  const kind: number[] = [], sampler: number[] = [], a: number[] = [], b: number[] = [], c: number[] = [];
  const counts: number[] = [], trips: number[] = [], step: number[] = [], outcome: number[] = [], keys: string[] = [];
  const edges: Array<Array<{ to: number; p: number; bounded: number; max: number }>> = [];
  const blocks: number[][] = [];
  const tableStart: number[] = [], counterStart: number[] = [], boundedCount: number[] = [], budget: number[] = [];
  let counters = 0;
  const compileTable = (region: Region): number => {
    const t = tableStart.length;
    const first = kind.length;
    const space = createCounterSpace(region);
    const ids = [...region.states.keys()];
    // The initial state is node 0 of its table.
    ids.splice(ids.indexOf(region.initial), 1);
    ids.unshift(region.initial);
    const node = new Map(ids.map((id, i) => [id, first + i]));
    tableStart.push(first);
    counterStart.push(counters);
    boundedCount.push(space.bounded.length);
    budget.push(space.budget ?? NO_BUDGET);
    counters += space.bounded.length + 1;
    const branches: Array<[number, Region[]]> = [];
    for (const id of ids) {
      const state = region.states.get(id)!;
      const sam = state.type === 'step' ? toSampler(state.duration) : { kind: SAMPLER.fixed, a: 0, b: 0, c: 0 };
      kind.push(state.type === 'step' ? STEP : state.type === 'parallel' ? PARALLEL : FINAL);
      sampler.push(sam.kind), a.push(sam.a), b.push(sam.b), c.push(sam.c);
      counts.push(state.type === 'step' && state.counts ? 1 : 0);
      trips.push(state.type === 'step' ? state.trips : 0);
      step.push(state.type === 'step' ? steps.get(state)! : -1);
      outcome.push(state.type === 'final' ? outcomeIndex(state.outcome) : 0);
      keys.push(state.key);
      blocks.push([]);
      if (state.type === 'step') {
        edges.push(state.transitions.map((x) => ({ to: node.get(x.target)!, p: x.p, bounded: space.bounded.indexOf(x), max: x.max ?? 0 })));
      } else if (state.type === 'parallel') {
        edges.push([{ to: node.get(state.onDone)!, p: 1, bounded: -1, max: 0 }]);
        branches.push([node.get(id)!, state.regions]);
      } else {
        edges.push([]);
      }
    }
    for (const [n, regions] of branches) blocks[n] = regions.map(compileTable);
    return t;
  };
  compileTable(procedure.process);
  const flat = edges.flat();
  const edgeCumulative = new Float64Array(flat.length);
  const lastEdge = new Int32Array(edges.length);
  const guarded = Uint8Array.from(edges, (list) => (list.some((x) => x.bounded >= 0) ? 1 : 0));
  let e = 0;
  edges.forEach((list, n) => {
    // The same additions, in the same order, as pickAmong makes for the reference engine.
    const total = list.reduce((sum, x) => sum + x.p, 0);
    let cumulative = 0;
    for (const edge of list) {
      const share = total > 0 ? edge.p / total : 1 / list.length;
      if (share > 0) {
        cumulative += share;
        lastEdge[n] = e;
      }
      edgeCumulative[e++] = share > 0 ? cumulative : -1;
    }
  });
  return {
    kind: Uint8Array.from(kind), sampler: Uint8Array.from(sampler), a: Float64Array.from(a), b: Float64Array.from(b), c: Float64Array.from(c),
    counts: Uint8Array.from(counts), trips: Float64Array.from(trips), step: Int32Array.from(step), outcome: Uint8Array.from(outcome), guarded,
    edgeStart: offsets(edges), edgeTo: Int32Array.from(flat, (x) => x.to), edgeP: Float64Array.from(flat, (x) => x.p), edgeCumulative,
    edgeBounded: Int32Array.from(flat, (x) => x.bounded), edgeMax: Int32Array.from(flat, (x) => x.max),
    lastEdge, blockStart: offsets(blocks), blockTable: Int32Array.from(blocks.flat()), tableStart: Int32Array.from(tableStart),
    counterStart: Int32Array.from(counterStart), boundedCount: Int32Array.from(boundedCount), budget: Int32Array.from(budget), keys,
  };
}

/** Start offsets of consecutive lists: [0, |l0|, |l0| + |l1|, …]. */
function offsets(lists: readonly unknown[][]): Int32Array {
  const out = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (out[i + 1] = out[i]! + list.length));
  return out;
}

/** The fast engine over a procedure. */
export function createFastEngine(procedure: Procedure, options: EngineOptions): Engine {
  const prog = createProgram(procedure);
  const { kind, sampler, a, b, c, counts, trips, step, guarded, edgeStart, edgeTo, edgeP, edgeCumulative, edgeBounded, edgeMax, lastEdge } = prog;
  const { blockStart, blockTable, tableStart, counterStart, boundedCount, budget } = prog;
  const samples = createSamples(options.runs, getStepIndex(procedure).size);
  const { stepDays } = samples;
  const draws = createDraws(options.seed);
  const uniform = draws.uniform;
  const onStep = options.onStep;
  const counters = new Int32Array(counterStart.at(-1)! + boundedCount.at(-1)! + 1);
  let widest = 0;
  for (let n = 0; n < kind.length; n++) widest = Math.max(widest, edgeStart[n + 1]! - edgeStart[n]!);
  const enabled = new Int32Array(widest);
  let caseTrips = 0, corrections = 0, visits = 0, endOutcome = 0;
  let tableTime = 0, tableCounted = 0;
  // Counted intervals of the steps inside parallel blocks, as pairs, reused case after case
  // (counted-time.ts: in a block the branches' counted intervals are merged on the timeline).
  let iv = new Float64Array(64);
  let ivCount = 0;
  const merged = new Int32Array(1);
  let depth = 0;
  const pushInterval = (start: number, end: number): void => {
    if (2 * ivCount + 2 > iv.length) {
      const grown = new Float64Array(iv.length * 2);
      grown.set(iv);
      iv = grown;
    }
    iv[2 * ivCount] = start;
    iv[2 * ivCount + 1] = end;
    ivCount++;
  };

  /** The edge a guarded node takes: its enabled edges renormalised, as pickAmong does. */
  const chooseGuarded = (n: number, base: number, spent: boolean): number => {
    let count = 0;
    for (let e = edgeStart[n]!, end = edgeStart[n + 1]!; e < end; e++) {
      const k = edgeBounded[e]!;
      if (k < 0 || (!spent && counters[base + k]! < edgeMax[e]!)) enabled[count++] = e;
    }
    if (count === 1) return enabled[0]!;
    const u = uniform();
    let total = 0;
    for (let i = 0; i < count; i++) total += edgeP[enabled[i]!]!;
    let cumulative = 0;
    let last = 0;
    for (let i = 0; i < count; i++) {
      const share = total > 0 ? edgeP[enabled[i]!]! / total : 1 / count;
      if (share <= 0) continue;
      cumulative += share;
      last = i;
      if (u < cumulative) return enabled[i]!;
    }
    return enabled[last]!;
  };

  /**
   * Walks table t from its start (at day `start` of the case) to an end; leaves its elapsed and counted
   * days in tableTime, tableCounted. Inside a block it also records its counted intervals.
   */
  const runTable = (t: number, start: number): void => {
    let time = 0, counted = 0;
    let n = tableStart[t]!;
    const base = counterStart[t]!;
    // The table's corrections counter sits right after its bounded edges' counters.
    const used = base + boundedCount[t]!;
    const limit = budget[t]!;
    counters.fill(0, base, used + 1);
    for (;;) {
      const k = kind[n]!;
      if (k === FINAL) {
        if (t === 0) endOutcome = prog.outcome[n]!;
        break;
      }
      if (k === STEP) {
        const sk = sampler[n]!;
        const d = sk === SAMPLER.fixed ? a[n]! : drawDuration(draws, sk, a[n]!, b[n]!, c[n]!);
        if (counts[n] === 1) {
          counted += d;
          if (depth > 0) pushInterval(start + time, start + time + d);
        }
        time += d;
        caseTrips += trips[n]!;
        stepDays[step[n]!]! += d;
        visits++;
        if (onStep !== undefined) onStep(prog.keys[n]!);
        const first = edgeStart[n]!, end = edgeStart[n + 1]!;
        let chosen = first;
        if (guarded[n] === 1) {
          chosen = chooseGuarded(n, base, counters[used]! >= limit);
          const counter = edgeBounded[chosen]!;
          if (counter >= 0) {
            counters[base + counter]!++;
            counters[used]!++;
            corrections++;
          }
        } else if (end - first > 1) {
          const u = uniform();
          chosen = lastEdge[n]!;
          for (let e = first; e < end; e++) {
            if (u < edgeCumulative[e]!) {
              chosen = e;
              break;
            }
          }
        }
        n = edgeTo[chosen]!;
      } else {
        let slowest = 0;
        const from = ivCount;
        depth++;
        for (let i = blockStart[n]!, end = blockStart[n + 1]!; i < end; i++) {
          runTable(blockTable[i]!, start + time);
          if (tableTime > slowest) slowest = tableTime;
        }
        depth--;
        counted += unionInPlace(iv, from, ivCount, merged);
        // Outside every block the intervals are no longer needed; inside one they stay for the outer union.
        ivCount = depth > 0 ? merged[0]! : from;
        time += slowest;
        n = edgeTo[edgeStart[n]!]!;
      }
    }
    tableTime = time;
    tableCounted = counted;
  };

  return {
    samples,
    runCase(i: number) {
      caseTrips = 0;
      ivCount = 0;
      runTable(0, 0);
      samples.workdays[i] = tableTime;
      samples.counted[i] = tableCounted;
      samples.trips[i] = caseTrips;
      samples.outcome[i] = endOutcome;
      samples.corrections = corrections;
      samples.visits = visits;
    },
  };
}
