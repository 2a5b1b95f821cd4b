/**
 * Exact answers to "which path is best under this measure?" by dynamic programming over the unrolled
 * table (see machine/table.ts): one pass over the nodes in reverse topological order, so the time is
 * linear in the size of the graph however many paths it holds. A parallel block is solved branch by
 * branch, as its branches are independent: its time is the slowest branch's, its counts the sum.
 */
import type { FinalState, ParallelState } from '../model/types.js';
import { isFinalNode, type Table } from '../machine/table.js';
import type { Objective, Path, PathStep } from './types.js';

/** Values within this distance are equal, so ties fall to the more probable path. */
const EPSILON = 1e-9;

/** The best path's measure value and the path itself. */
export interface Best {
  /** The measure summed along the path (the log-probability for a probability objective). */
  value: number;
  /** The path. */
  path: Path;
}

/** A solved table; its per-node arrays are plain arrays, which a table of tens of nodes allocates several times faster than typed ones. */
interface Solved {
  value: number[];
  logp: number[];
  choice: number[];
  blocks: Map<ParallelState, Solved[]>;
  table: Table;
}

/**
 * The best path from the start of `table` to an end state that `accept` admits, or undefined when
 * none exists. Ties go to the more probable path, then to the earlier-written transition.
 */
export function bestPath(table: Table, objective: Objective, accept: (end: FinalState) => boolean): Best | undefined {
  const solved = solve(table, objective, accept);
  if (Number.isNaN(solved.value[0]!)) return undefined;
  return { value: solved.value[0]!, path: walk(solved, 0) };
}

function solve(table: Table, objective: Objective, accept: (end: FinalState) => boolean): Solved {
  const n = table.nodes.length;
  const value = new Array<number>(n).fill(NaN);
  const logp = new Array<number>(n).fill(NaN);
  const choice = new Array<number>(n).fill(-1);
  const blocks = new Map<ParallelState, Solved[]>();
  for (let k = n - 1; k >= 0; k--) {
    const i = table.order[k]!;
    const node = table.nodes[i]!;
    if (isFinalNode(node)) {
      if (accept(node.state)) {
        value[i] = 0;
        logp[i] = 0;
      }
      continue;
    }
    let bestValue = NaN;
    let bestLogp = NaN;
    for (let e = 0; e < node.edges.length; e++) {
      const edge = node.edges[e]!;
      if (!objective.corrections && edge.transition?.max !== undefined) continue;
      if (Number.isNaN(value[edge.to]!)) continue;
      const lp = logp[edge.to]! + Math.log(edge.p);
      const v = objective.probability ? lp : value[edge.to]!;
      if (Number.isNaN(bestValue) || better(objective.sense, v, lp, bestValue, bestLogp)) {
        bestValue = v;
        bestLogp = lp;
        choice[i] = e;
      }
    }
    if (Number.isNaN(bestValue)) continue;
    let own = 0;
    let ownLogp = 0;
    if (node.state.type === 'step') {
      own = objective.probability ? 0 : objective.weight(node.state);
    } else if (node.state.type === 'parallel') {
      const branches = blocks.get(node.state) ?? table.blocks.get(node.state)!.map((t) => solve(t, objective, () => true));
      blocks.set(node.state, branches);
      if (branches.some((b) => Number.isNaN(b.value[0]!))) continue;
      const values = branches.map((b) => b.value[0]!);
      ownLogp = branches.reduce((sum, b) => sum + b.logp[0]!, 0);
      own = objective.probability ? ownLogp : objective.combine === 'max' ? Math.max(...values) : values.reduce((a, b) => a + b, 0);
    }
    value[i] = bestValue + own;
    logp[i] = bestLogp + ownLogp;
  }
  return { value, logp, choice, blocks, table };
}

/** Whether (v, lp) beats (bestV, bestLp): the measure first, then the probability. */
function better(sense: 1 | -1, v: number, lp: number, bestV: number, bestLp: number): boolean {
  const d = sense * (v - bestV);
  if (d > EPSILON) return true;
  if (d < -EPSILON) return false;
  return lp > bestLp + EPSILON;
}

/** Follows the recorded choices from node `start` to an end state. */
function walk(solved: Solved, start: number): Path {
  const steps: PathStep[] = [];
  let i = start;
  for (;;) {
    const node = solved.table.nodes[i]!;
    if (isFinalNode(node)) return { steps, end: node.state, probability: Math.exp(solved.logp[start]!) };
    const edge = node.edges[solved.choice[i]!]!;
    if (node.state.type === 'step') steps.push({ type: 'step', state: node.state, via: edge.transition });
    else if (node.state.type === 'parallel') {
      steps.push({ type: 'parallel', state: node.state, regions: solved.blocks.get(node.state)!.map((b) => walk(b, 0)) });
    }
    i = edge.to;
  }
}

/** How many distinct paths lead from the start to an accepted end (a block multiplies its branches' counts). */
export function countPaths(table: Table, accept: (end: FinalState) => boolean): number {
  const count = new Array<number>(table.nodes.length).fill(0);
  const blockCounts = new Map<ParallelState, number>();
  for (let k = table.order.length - 1; k >= 0; k--) {
    const i = table.order[k]!;
    const node = table.nodes[i]!;
    if (isFinalNode(node)) {
      count[i] = accept(node.state) ? 1 : 0;
      continue;
    }
    let sum = 0;
    for (const e of node.edges) sum += count[e.to]!;
    if (node.state.type === 'parallel') {
      const state = node.state;
      if (!blockCounts.has(state)) {
        blockCounts.set(state, table.blocks.get(state)!.reduce((product, t) => product * countPaths(t, () => true), 1));
      }
      sum *= blockCounts.get(state)!;
    }
    count[i] = sum;
  }
  return count[0]!;
}

/** The probability of ending in each end state, by a forward pass over the table. */
export function endProbabilities(table: Table): Map<FinalState, number> {
  const mass = new Array<number>(table.nodes.length).fill(0);
  mass[0] = 1;
  const out = new Map<FinalState, number>();
  for (const i of table.order) {
    const node = table.nodes[i]!;
    if (isFinalNode(node)) out.set(node.state, (out.get(node.state) ?? 0) + mass[i]!);
    for (const e of node.edges) mass[e.to]! += mass[i]! * e.p;
  }
  return out;
}
