/**
 * Listing paths one by one, for `analyze --list-paths`: exponential in the number of branches, so it
 * runs only when a listing is asked for, and refuses up front when the exact count (exact.ts) is above
 * the limit. Paths are read off the unrolled table in one pass from the ends backward, each node's
 * paths built once on those of the nodes after it and each block's branches listed once, so the work
 * is the size of the listing (a block of 1,000 one-step branches is one path of 1,000 branches).
 * enumerate-xstate.ts lists the same paths with XState's getSimplePaths, for tests to compare.
 */
import { createTable, isFinalNode, type Table } from '../machine/table.js';
import type { FinalState, ParallelState, Procedure } from '../model/types.js';
import { DEFAULT_PATH_LIMIT } from './defaults.js';
import { countPaths } from './exact.js';
import type { Path, PathStep } from './types.js';

export { DEFAULT_PATH_LIMIT };

/** A listing: the paths, or the count that was over the limit. */
export type Enumeration = { ok: true; paths: Path[] } | { ok: false; total: number; limit: number };

/** Lists every path from the start to an end state, or refuses when there are more than `limit`. */
export function enumeratePaths(procedure: Procedure, limit = DEFAULT_PATH_LIMIT): Enumeration {
  const table = createTable(procedure.process);
  const total = countPaths(table, () => true);
  if (total > limit) return { ok: false, total, limit };
  return { ok: true, paths: listPaths(table, new Map()) };
}

/** Steps from a node to an end, shared between the paths that pass the node. */
interface Steps {
  head: PathStep;
  tail?: Steps;
}

/** A path from a node to an end, its steps shared. */
interface Suffix {
  steps?: Steps;
  end: FinalState;
  probability: number;
}

/** Every path of `table` from its start to an end; `blocks` keeps each block's branch combinations. */
function listPaths(table: Table, blocks: Map<ParallelState, Array<{ regions: Path[]; probability: number }>>): Path[] {
  const suffixes: Suffix[][] = [];
  for (let k = table.order.length - 1; k >= 0; k--) {
    const i = table.order[k]!;
    const node = table.nodes[i]!;
    if (isFinalNode(node)) {
      suffixes[i] = [{ end: node.state, probability: 1 }];
      continue;
    }
    const out: Suffix[] = [];
    const state = node.state;
    if (state.type === 'step') {
      for (const edge of node.edges) {
        for (const s of suffixes[edge.to]!) out.push({ steps: { head: { type: 'step', state, via: edge.transition }, tail: s.steps }, end: s.end, probability: edge.p * s.probability });
      }
    } else if (state.type === 'parallel') {
      let combinations = blocks.get(state);
      if (!combinations) {
        combinations = combine(table.blocks.get(state)!.map((branch) => listPaths(branch, blocks)));
        blocks.set(state, combinations);
      }
      const after = suffixes[node.edges[0]!.to]!;
      for (const { regions, probability } of combinations) {
        for (const s of after) out.push({ steps: { head: { type: 'parallel', state, regions }, tail: s.steps }, end: s.end, probability: probability * s.probability });
      }
    }
    suffixes[i] = out;
  }
  return suffixes[0]!.map((s) => {
    const steps: PathStep[] = [];
    for (let at = s.steps; at; at = at.tail) steps.push(at.head);
    return { steps, end: s.end, probability: s.probability };
  });
}

/** Every choice of one path per branch, the first branch varying slowest. */
function combine(branches: Path[][]): Array<{ regions: Path[]; probability: number }> {
  let out: Array<{ regions: Path[]; probability: number }> = [{ regions: [], probability: 1 }];
  for (const paths of branches) {
    out = out.flatMap((c) => paths.map((p) => ({ regions: [...c.regions, p], probability: c.probability * p.probability })));
  }
  return out;
}
