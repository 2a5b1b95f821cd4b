/**
 * Compliance over every path, exactly: for a time limit, the path whose counted time is longest (steps
 * at their longest) with its probability, and the probability that a case's counted time breaks the
 * limit, with every step at its most likely and at its longest duration. Not three named paths: a
 * breach on any path is found.
 *
 * Both are one pass over the unrolled table (machine/table.ts), linear in its size: the worst path by
 * a backward pass that keeps, per node, the longest counted time to an end; the breach probability by
 * a forward pass that carries, per node, the distribution of counted time so far (a map from value to
 * probability: durations take few distinct values, so the maps stay small). Counted time is measured
 * on the timeline (counted-time.ts), so a parallel block's counted time depends on its branches' paths
 * together: a block is laid out for every combination of its branches' paths, up to BLOCK_BUDGET
 * combinations; past it the block counts its whole elapsed time (an upper bound) and the result says
 * it is not exact.
 */
import { isFinalNode, type Table } from '../machine/table.js';
import type { FinalState, ParallelState } from '../model/types.js';
import { countPaths } from './exact.js';
import { blockCountedTime } from './counted-time.js';
import { countedIntervals, timeOf } from './measure-path.js';
import type { Path, PathStep, TimeRange } from './types.js';

/** Combinations of branch paths laid out per parallel block before falling back to an upper bound. */
export const BLOCK_BUDGET = 4096;

/** Values closer than this are the same (sums of durations written with a few decimals). */
const EPSILON = 1e-9;

/** How a procedure stands against one limit. */
export interface LimitCompliance {
  /** The path with the most counted time, every step at its longest, and that time. */
  worst: { counted: number; probability: number; path: Path };
  /** Probability that counted time exceeds `bound`: with most likely durations, and with the longest. */
  breach: { mode: number; max: number };
  /** False when a parallel block had too many path combinations and counted its elapsed time instead. */
  exact: boolean;
}

/** One block's outcomes: every combination of its branches' paths with its counted time and probability. */
interface BlockOutcome {
  regions: Path[];
  probability: number;
  counted: TimeRange;
}

/** Where the block layouts are kept, so each block is laid out once per table. */
type Blocks = Map<ParallelState, { outcomes: BlockOutcome[]; exact: boolean; bound: TimeRange }>;

/**
 * Checks counted time against `bound` (working days) over every path of `table` to any end state.
 * Example: `checkLimit(createTable(procedure.process), 20).breach.mode` — the share of cases over 20.
 */
export function checkLimit(table: Table, bound: number): LimitCompliance {
  return checkLimits(table, [bound])[0]!;
}

/**
 * checkLimit for several bounds (a statutory and a committed limit) at the cost of one: the worst path
 * and the distributions of counted time do not depend on the bound, so they are found once and each
 * bound only reads them.
 */
export function checkLimits(table: Table, bounds: readonly number[]): LimitCompliance[] {
  const blocks: Blocks = new Map();
  const worst = worstPath(table, blocks);
  // Past the largest bound a case is over every bound whatever comes after (time only adds up), so
  // the distributions need not tell such values apart: each one is kept as one value beyond them all.
  const beyond = Math.max(...bounds) + 1;
  const mode = countedAtEnds(table, 'mode', blocks, beyond);
  const max = countedAtEnds(table, 'max', blocks, beyond);
  const exact = allExact(table, blocks);
  return bounds.map((bound) => ({ worst, breach: { mode: shareOver(mode, bound), max: shareOver(max, bound) }, exact }));
}

/** The block's outcomes, laid out on first use. */
function layOutBlock(table: Table, block: ParallelState, blocks: Blocks) {
  let found = blocks.get(block);
  if (found) return found;
  const branches = table.blocks.get(block)!;
  const combinations = branches.reduce((n, t) => n * countPaths(t, () => true), 1);
  if (combinations > BLOCK_BUDGET) {
    // Too many to lay out: the block's counted time is at most its elapsed time, its longest branch.
    const longest = branches.map((t) => worstPath(t, blocks, (s) => s.duration.max).path);
    const bound = { min: 0, mode: Math.max(...longest.map((p) => timeOf(p, () => true).mode)), max: Math.max(...longest.map((p) => timeOf(p, () => true).max)) };
    found = { outcomes: [{ regions: longest, probability: 1, counted: bound }], exact: false, bound };
  } else {
    const lists = branches.map((t) => listPaths(t, blocks));
    // Each branch path is laid out once; a combination only merges its branches' intervals.
    const laid = lists.map((list) => list.map((p) => ({ min: countedIntervals(p, 'min'), mode: countedIntervals(p, 'mode'), max: countedIntervals(p, 'max') })));
    const outcomes: BlockOutcome[] = [];
    const chosen: number[] = [];
    const pick = (k: number, probability: number): void => {
      if (k === lists.length) {
        const of = (scenario: keyof TimeRange) => blockCountedTime(chosen.map((j, b) => laid[b]![j]![scenario]));
        outcomes.push({ regions: chosen.map((j, b) => lists[b]![j]!), probability, counted: { min: of('min'), mode: of('mode'), max: of('max') } });
        return;
      }
      lists[k]!.forEach((p, j) => {
        chosen[k] = j;
        pick(k + 1, probability * p.probability);
      });
    };
    pick(0, 1);
    found = { outcomes, exact: true, bound: { min: 0, mode: 0, max: 0 } };
  }
  blocks.set(block, found);
  return found;
}

/** Every path of a (small) branch table, a nested block as its own combinations. */
function listPaths(table: Table, blocks: Blocks, start = 0): Path[] {
  const node = table.nodes[start]!;
  if (isFinalNode(node)) return [{ steps: [], end: node.state, probability: 1 }];
  const out: Path[] = [];
  const heads: Array<{ step: PathStep; probability: number; to: number }> = [];
  if (node.state.type === 'step') {
    for (const e of node.edges) heads.push({ step: { type: 'step', state: node.state, via: e.transition }, probability: e.p, to: e.to });
  } else if (node.state.type === 'parallel') {
    for (const o of layOutBlock(table, node.state, blocks).outcomes) {
      heads.push({ step: { type: 'parallel', state: node.state, regions: o.regions }, probability: o.probability, to: node.edges[0]!.to });
    }
  }
  for (const head of heads) {
    for (const rest of listPaths(table, blocks, head.to)) {
      out.push({ steps: [head.step, ...rest.steps], end: rest.end, probability: head.probability * rest.probability });
    }
  }
  return out;
}

/**
 * The path with the most counted time to any end, steps at their longest (`weight`), by a backward
 * pass: value[i] = own counted time of node i + the best value over its edges; ties to the more probable.
 */
function worstPath(table: Table, blocks: Blocks, weight = (s: { counts: boolean; duration: TimeRange }) => (s.counts ? s.duration.max : 0)): { counted: number; probability: number; path: Path } {
  const n = table.nodes.length;
  // Plain arrays: a table of tens of nodes allocates them several times faster than typed ones.
  const value = new Array<number>(n).fill(0);
  const logp = new Array<number>(n).fill(0);
  const choice = new Array<number>(n).fill(-1);
  const outcome = new Array<number>(n).fill(-1);
  for (let k = n - 1; k >= 0; k--) {
    const i = table.order[k]!;
    const node = table.nodes[i]!;
    if (isFinalNode(node)) continue;
    let own = 0;
    let ownLogp = 0;
    if (node.state.type === 'step') own = weight(node.state);
    else if (node.state.type === 'parallel') {
      const laid = layOutBlock(table, node.state, blocks);
      laid.outcomes.forEach((o, j) => {
        const lp = Math.log(o.probability);
        if (outcome[i]! < 0 || o.counted.max > own + EPSILON || (Math.abs(o.counted.max - own) <= EPSILON && lp > ownLogp)) {
          own = o.counted.max;
          ownLogp = lp;
          outcome[i] = j;
        }
      });
    }
    let best = -1;
    node.edges.forEach((e, j) => {
      const v = value[e.to]!;
      const lp = logp[e.to]! + Math.log(e.p);
      if (best < 0 || v > value[i]! + EPSILON || (Math.abs(v - value[i]!) <= EPSILON && lp > logp[i]!)) {
        best = j;
        value[i] = v;
        logp[i] = lp;
      }
    });
    choice[i] = best;
    value[i] = value[i]! + own;
    logp[i] = logp[i]! + ownLogp;
  }
  const steps: PathStep[] = [];
  let i = 0;
  for (;;) {
    const node = table.nodes[i]!;
    if (isFinalNode(node)) {
      return { counted: value[0]!, probability: Math.exp(logp[0]!), path: { steps, end: node.state as FinalState, probability: Math.exp(logp[0]!) } };
    }
    const edge = node.edges[choice[i]!]!;
    if (node.state.type === 'step') steps.push({ type: 'step', state: node.state, via: edge.transition });
    else if (node.state.type === 'parallel') {
      steps.push({ type: 'parallel', state: node.state, regions: layOutBlock(table, node.state, blocks).outcomes[outcome[i]!]!.regions });
    }
    i = edge.to;
  }
}

/**
 * The counted time a case ends with, under one scenario, as [value, probability] pairs (several may
 * share a value: one per end state that it reaches), by a forward pass carrying each node's distribution.
 * Every value past `beyond - 1` is kept as `beyond`: the pairs then tell whether a case is over any
 * bound up to `beyond - 1`, which is all they are read for, in as many values as there are days below it.
 */
function countedAtEnds(table: Table, scenario: 'mode' | 'max', blocks: Blocks, beyond: number): Array<[number, number]> {
  const dist: Array<Distribution | undefined> = table.nodes.map(() => undefined);
  dist[0] = new Distribution();
  dist[0].add(0, 1);
  const ends: Array<[number, number]> = [];
  const add = (i: number, v: number, p: number) => {
    const key = v > beyond - 1 + EPSILON ? beyond : Math.round(v / EPSILON) * EPSILON;
    (dist[i] ??= new Distribution()).add(key, p);
  };
  for (const i of table.order) {
    const here = dist[i];
    if (!here) continue;
    dist[i] = undefined;
    const node = table.nodes[i]!;
    const { values, probabilities } = here;
    if (isFinalNode(node)) {
      for (let k = 0; k < values.length; k++) ends.push([values[k]!, probabilities[k]!]);
      continue;
    }
    if (node.state.type === 'parallel') {
      const outcomes = layOutBlock(table, node.state, blocks).outcomes;
      for (const e of node.edges) {
        for (let k = 0; k < values.length; k++) for (const o of outcomes) add(e.to, values[k]! + o.counted[scenario], probabilities[k]! * o.probability * e.p);
      }
    } else {
      // A step adds its counted time with certainty (p × 1 × e.p is p × e.p to the last bit).
      const w = node.state.type === 'step' && node.state.counts ? node.state.duration[scenario] : 0;
      for (const e of node.edges) for (let k = 0; k < values.length; k++) add(e.to, values[k]! + w, probabilities[k]! * e.p);
    }
  }
  return ends;
}

/**
 * Counted time so far at a node: values and their probabilities in the order first met. Found by a
 * scan while there are few (durations take few distinct values), by an index past INDEXED_FROM; lighter
 * than a Map a node, which was the most the compliance pass allocated.
 */
class Distribution {
  readonly values: number[] = [];
  readonly probabilities: number[] = [];
  private index?: Map<number, number>;

  /** Adds probability `p` to `value`. */
  add(value: number, p: number): void {
    const { values, probabilities } = this;
    let at = -1;
    if (this.index) at = this.index.get(value) ?? -1;
    else for (let k = 0; k < values.length && at < 0; k++) if (values[k] === value) at = k;
    if (at >= 0) {
      probabilities[at]! += p;
      return;
    }
    values.push(value);
    // 0 + p, as the Map's (get(value) ?? 0) + p was: the same bits.
    probabilities.push(0 + p);
    if (this.index) this.index.set(value, values.length - 1);
    else if (values.length > INDEXED_FROM) this.index = new Map(values.map((v, k) => [v, k]));
  }
}

/** Values a distribution holds before it is indexed. */
const INDEXED_FROM = 24;

/** P(counted time > bound) from the counted time at the ends (countedAtEnds). */
function shareOver(ends: ReadonlyArray<[number, number]>, bound: number): number {
  let over = 0;
  for (const [v, p] of ends) if (v > bound + EPSILON) over += p;
  // A sum of many products can stray past 1 in the last bits; a probability is reported within [0, 1].
  return Math.min(1, Math.max(0, over));
}

/** True when no block of the table (or of its branches) fell back to an upper bound. */
function allExact(table: Table, blocks: Blocks): boolean {
  for (const [state, branches] of table.blocks) {
    if (blocks.get(state)?.exact === false) return false;
    if (!branches.every((t) => allExact(t, blocks))) return false;
  }
  return true;
}
