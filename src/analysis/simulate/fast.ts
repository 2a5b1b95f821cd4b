/**
 * The fast engine: the procedure compiled to flat typed arrays (states of every region numbered
 * together, each with its duration sampler, its edges as offsets into edge arrays, and a parallel
 * block's branches as a list of sub-region indices), walked with no allocation per step. It means
 * what the reference engine means (draw.ts states the order of draws); tests hold them to it.
 */
import type { Procedure, Region } from '../../model/types.js';
import { createDraws, drawDuration, pickAmong, SAMPLER, toSampler } from './draw.js';
import type { Engine, EngineOptions } from './engine.js';
import { createSamples, getStepIndex, outcomeIndex } from './samples.js';

const STEP = 0;
const PARALLEL = 1;
const FINAL = 2;

/** A procedure as typed arrays; index s is a state of any region, e an edge, r a region. */
export interface Program {
  /** STEP, PARALLEL or FINAL, by state. */
  kind: Uint8Array;
  /** Duration sampler kind (SAMPLER) and parameters, by state. */
  sampler: Uint8Array;
  a: Float64Array;
  b: Float64Array;
  c: Float64Array;
  /** 1 when the state's time counts toward the statutory limit. */
  counts: Uint8Array;
  /** Trips in person, by state. */
  trips: Float64Array;
  /** Step index (samples.stepDays), by state; -1 for other states. */
  step: Int32Array;
  /** Outcome index of a final state. */
  outcome: Uint8Array;
  /** Edges of state s are edgeStart[s] … edgeStart[s + 1] − 1 (a block has one: its onDone). */
  edgeStart: Int32Array;
  /** Target state of each edge. */
  edgeTo: Int32Array;
  /** Written probability of each edge (renormalised over the enabled ones when drawn). */
  edgeP: Float64Array;
  /** Bound of each edge, −1 when unbounded. */
  edgeMax: Int32Array;
  /** Counter slot of a bounded edge. */
  edgeCounter: Int32Array;
  /** Branch regions of block s are blockRegion[blockStart[s] … blockStart[s + 1] − 1]. */
  blockStart: Int32Array;
  blockRegion: Int32Array;
  /** First state of each region; region 0 is the root. */
  regionInitial: Int32Array;
  /** Counter slots a region resets when it starts: counterStart[r] … counterEnd[r] − 1. */
  counterStart: Int32Array;
  counterEnd: Int32Array;
  /** Number of counter slots. */
  counters: number;
  /** Most edges out of one state. */
  maxDegree: number;
  /** State keys, for tracing. */
  keys: string[];
}

/** Compiles a procedure to a Program. */
export function createProgram(procedure: Procedure): Program {
  const steps = getStepIndex(procedure);
  const kind: number[] = [], sampler: number[] = [], a: number[] = [], b: number[] = [], c: number[] = [];
  const counts: number[] = [], trips: number[] = [], step: number[] = [], outcome: number[] = [], keys: string[] = [];
  const edges: Array<Array<{ to: number; p: number; max: number; counter: number }>> = [];
  const blocks: number[][] = [];
  const regionInitial: number[] = [], counterStart: number[] = [], counterEnd: number[] = [];
  let counters = 0;
  const compileRegion = (region: Region): number => {
    const r = regionInitial.length;
    regionInitial.push(-1);
    counterStart.push(0);
    counterEnd.push(0);
    const index = new Map<string, number>();
    for (const state of region.states.values()) index.set(state.id, kind.length + index.size);
    for (const state of region.states.values()) {
      const sam = state.type === 'step' ? toSampler(state.duration) : { kind: SAMPLER.fixed, a: 0, b: 0, c: 0 };
      kind.push(state.type === 'step' ? STEP : state.type === 'parallel' ? PARALLEL : FINAL);
      sampler.push(sam.kind), a.push(sam.a), b.push(sam.b), c.push(sam.c);
      counts.push(state.type === 'step' && state.counts ? 1 : 0);
      trips.push(state.type === 'step' ? state.trips : 0);
      step.push(state.type === 'step' ? steps.get(state)! : -1);
      outcome.push(state.type === 'final' ? outcomeIndex(state.outcome) : 0);
      keys.push(state.key);
      edges.push([]);
      blocks.push([]);
    }
    counterStart[r] = counters;
    for (const state of region.states.values()) {
      const s = index.get(state.id)!;
      if (state.type === 'step') {
        edges[s] = state.transitions.map((t) => ({ to: index.get(t.target)!, p: t.p, max: t.max ?? -1, counter: t.max === undefined ? -1 : counters++ }));
      } else if (state.type === 'parallel') {
        edges[s] = [{ to: index.get(state.onDone)!, p: 1, max: -1, counter: -1 }];
      }
    }
    counterEnd[r] = counters;
    regionInitial[r] = index.get(region.initial)!;
    for (const state of region.states.values()) {
      if (state.type === 'parallel') blocks[index.get(state.id)!] = state.regions.map(compileRegion);
    }
    return r;
  };
  compileRegion(procedure.process);
  const flat = edges.flat();
  return {
    kind: Uint8Array.from(kind), sampler: Uint8Array.from(sampler), a: Float64Array.from(a), b: Float64Array.from(b), c: Float64Array.from(c),
    counts: Uint8Array.from(counts), trips: Float64Array.from(trips), step: Int32Array.from(step), outcome: Uint8Array.from(outcome),
    edgeStart: offsets(edges), edgeTo: Int32Array.from(flat, (e) => e.to), edgeP: Float64Array.from(flat, (e) => e.p),
    edgeMax: Int32Array.from(flat, (e) => e.max), edgeCounter: Int32Array.from(flat, (e) => e.counter),
    blockStart: offsets(blocks), blockRegion: Int32Array.from(blocks.flat()),
    regionInitial: Int32Array.from(regionInitial), counterStart: Int32Array.from(counterStart), counterEnd: Int32Array.from(counterEnd),
    counters, maxDegree: Math.max(1, ...edges.map((e) => e.length)), keys,
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
  const { kind, sampler, a, b, c, counts, trips, step, edgeStart, edgeTo, edgeP, edgeMax, edgeCounter, blockStart, blockRegion } = prog;
  const samples = createSamples(options.runs, getStepIndex(procedure).size);
  const { stepDays } = samples;
  const draws = createDraws(options.seed);
  const uniform = draws.uniform;
  const onStep = options.onStep;
  const counters = new Int32Array(prog.counters);
  const scratchP = new Float64Array(prog.maxDegree);
  const scratchE = new Int32Array(prog.maxDegree);
  let caseTrips = 0, corrections = 0, visits = 0, endOutcome = 0;
  let regionTime = 0, regionCounted = 0;

  /** Walks region r to its end; leaves its elapsed and counted days in regionTime, regionCounted. */
  const runRegion = (r: number): void => {
    counters.fill(0, prog.counterStart[r]!, prog.counterEnd[r]!);
    let time = 0, counted = 0;
    let s = prog.regionInitial[r]!;
    for (;;) {
      const k = kind[s]!;
      if (k === FINAL) {
        if (r === 0) endOutcome = prog.outcome[s]!;
        break;
      }
      if (k === STEP) {
        const sk = sampler[s]!;
        const d = sk === SAMPLER.fixed ? a[s]! : drawDuration(draws, sk, a[s]!, b[s]!, c[s]!);
        time += d;
        if (counts[s] === 1) counted += d;
        caseTrips += trips[s]!;
        stepDays[step[s]!]! += d;
        visits++;
        if (onStep !== undefined) onStep(prog.keys[s]!);
        let n = 0;
        for (let e = edgeStart[s]!, end = edgeStart[s + 1]!; e < end; e++) {
          if (edgeMax[e]! < 0 || counters[edgeCounter[e]!]! < edgeMax[e]!) {
            scratchP[n] = edgeP[e]!;
            scratchE[n++] = e;
          }
        }
        const chosen = n === 1 ? scratchE[0]! : scratchE[pickAmong(uniform(), scratchP, n)]!;
        if (edgeMax[chosen]! >= 0) {
          counters[edgeCounter[chosen]!]!++;
          corrections++;
        }
        s = edgeTo[chosen]!;
      } else {
        let slowest = 0, mostCounted = 0;
        for (let i = blockStart[s]!, end = blockStart[s + 1]!; i < end; i++) {
          runRegion(blockRegion[i]!);
          if (regionTime > slowest) slowest = regionTime;
          if (regionCounted > mostCounted) mostCounted = regionCounted;
        }
        time += slowest;
        counted += mostCounted;
        s = edgeTo[edgeStart[s]!]!;
      }
    }
    regionTime = time;
    regionCounted = counted;
  };

  return {
    samples,
    runCase(i: number) {
      caseTrips = 0;
      runRegion(0);
      samples.workdays[i] = regionTime;
      samples.counted[i] = regionCounted;
      samples.trips[i] = caseTrips;
      samples.outcome[i] = endOutcome;
      samples.corrections = corrections;
      samples.visits = visits;
    },
  };
}
