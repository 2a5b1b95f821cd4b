/**
 * The fast engine: the unrolled table of machine/table.ts — nodes are (state, correction counters), so
 * bounded transitions need no counter at run time and every node's edges carry their renormalised
 * probabilities — flattened into typed arrays: per node its duration sampler, its edges as offsets
 * into edge arrays with cumulative probabilities, and a parallel block's branches as sub-tables. A
 * case walks it with no allocation. It means what the reference engine means (draw.ts states the
 * order of draws), and tests hold the two to the same walk for one seed.
 */
import { createTable, type Table } from '../../machine/table.js';
import type { Procedure } from '../../model/types.js';
import { unionInPlace } from '../counted-time.js';
import { createDraws, drawDuration, SAMPLER, toSampler } from './draw.js';
import type { Engine, EngineOptions } from './engine.js';
import { createSamples, getStepIndex, outcomeIndex } from './samples.js';

const STEP = 0;
const PARALLEL = 1;
const FINAL = 2;

/** The tables of a procedure as typed arrays; n is a node of any table, e an edge, t a table. */
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
  /** Edges of node n are edgeStart[n] … edgeStart[n + 1] − 1 (a block has one: its onDone). */
  edgeStart: Int32Array;
  /** Target node of each edge. */
  edgeTo: Int32Array;
  /** Cumulative renormalised probability up to and including each edge; −1 for an edge of probability 0. */
  edgeCumulative: Float64Array;
  /** 1 when the edge is a bounded (correction) transition. */
  edgeBounded: Uint8Array;
  /** The last edge of positive probability of each node, taken when rounding leaves a draw past the end. */
  lastEdge: Int32Array;
  /** Branch tables of block node n are blockTable[blockStart[n] … blockStart[n + 1] − 1]. */
  blockStart: Int32Array;
  /** Branch table indices of every block, block after block. */
  blockTable: Int32Array;
  /** Node index of each table's start node; table 0 is the root process. */
  tableStart: Int32Array;
  /** State keys by node, for tracing. */
  keys: string[];
}

/** Compiles a procedure's unrolled tables to a Program. */
export function createProgram(procedure: Procedure): Program {
  const steps = getStepIndex(procedure);
  const kind: number[] = [], sampler: number[] = [], a: number[] = [], b: number[] = [], c: number[] = [];
  const counts: number[] = [], trips: number[] = [], step: number[] = [], outcome: number[] = [], keys: string[] = [];
  const edges: Array<Array<{ to: number; p: number; bounded: boolean }>> = [];
  const blocks: number[][] = [];
  const tableStart: number[] = [];
  const compiled = new Map<Table, number>();
  const compileTable = (table: Table): number => {
    const known = compiled.get(table);
    if (known !== undefined) return known;
    const t = tableStart.length;
    const first = kind.length;
    compiled.set(table, t);
    tableStart.push(first);
    for (const node of table.nodes) {
      const state = node.state;
      const sam = state.type === 'step' ? toSampler(state.duration) : { kind: SAMPLER.fixed, a: 0, b: 0, c: 0 };
      kind.push(state.type === 'step' ? STEP : state.type === 'parallel' ? PARALLEL : FINAL);
      sampler.push(sam.kind), a.push(sam.a), b.push(sam.b), c.push(sam.c);
      counts.push(state.type === 'step' && state.counts ? 1 : 0);
      trips.push(state.type === 'step' ? state.trips : 0);
      step.push(state.type === 'step' ? steps.get(state)! : -1);
      outcome.push(state.type === 'final' ? outcomeIndex(state.outcome) : 0);
      keys.push(state.key);
      edges.push(node.edges.map((e) => ({ to: first + e.to, p: e.p, bounded: e.transition?.max !== undefined })));
      blocks.push([]);
    }
    table.nodes.forEach((node, i) => {
      if (node.state.type === 'parallel') blocks[first + i] = table.blocks.get(node.state)!.map(compileTable);
    });
    return t;
  };
  compileTable(createTable(procedure.process));
  const flat = edges.flat();
  const edgeCumulative = new Float64Array(flat.length);
  const lastEdge = new Int32Array(edges.length);
  let e = 0;
  edges.forEach((list, n) => {
    let cumulative = 0;
    for (const edge of list) {
      // The same additions, in the same order, as pickAmong makes for the reference engine.
      if (edge.p > 0) {
        cumulative += edge.p;
        lastEdge[n] = e;
      }
      edgeCumulative[e++] = edge.p > 0 ? cumulative : -1;
    }
  });
  return {
    kind: Uint8Array.from(kind), sampler: Uint8Array.from(sampler), a: Float64Array.from(a), b: Float64Array.from(b), c: Float64Array.from(c),
    counts: Uint8Array.from(counts), trips: Float64Array.from(trips), step: Int32Array.from(step), outcome: Uint8Array.from(outcome),
    edgeStart: offsets(edges), edgeTo: Int32Array.from(flat, (x) => x.to), edgeCumulative, edgeBounded: Uint8Array.from(flat, (x) => (x.bounded ? 1 : 0)),
    lastEdge, blockStart: offsets(blocks), blockTable: Int32Array.from(blocks.flat()), tableStart: Int32Array.from(tableStart), keys,
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
  const { kind, sampler, a, b, c, counts, trips, step, edgeStart, edgeTo, edgeCumulative, edgeBounded, lastEdge, blockStart, blockTable, tableStart } = prog;
  const samples = createSamples(options.runs, getStepIndex(procedure).size);
  const { stepDays } = samples;
  const draws = createDraws(options.seed);
  const uniform = draws.uniform;
  const onStep = options.onStep;
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

  /**
   * Walks table t from its start (at day `base` of the case) to an end; leaves its elapsed and counted
   * days in tableTime, tableCounted. Inside a block it also records its counted intervals.
   */
  const runTable = (t: number, base: number): void => {
    let time = 0, counted = 0;
    let n = tableStart[t]!;
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
          if (depth > 0) pushInterval(base + time, base + time + d);
        }
        time += d;
        caseTrips += trips[n]!;
        stepDays[step[n]!]! += d;
        visits++;
        if (onStep !== undefined) onStep(prog.keys[n]!);
        const first = edgeStart[n]!, end = edgeStart[n + 1]!;
        let chosen = first;
        if (end - first > 1) {
          const u = uniform();
          chosen = lastEdge[n]!;
          for (let e = first; e < end; e++) {
            if (u < edgeCumulative[e]!) {
              chosen = e;
              break;
            }
          }
        }
        if (edgeBounded[chosen] === 1) corrections++;
        n = edgeTo[chosen]!;
      } else {
        let slowest = 0;
        const from = ivCount;
        depth++;
        for (let i = blockStart[n]!, end = blockStart[n + 1]!; i < end; i++) {
          runTable(blockTable[i]!, base + time);
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
