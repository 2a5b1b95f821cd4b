/**
 * A procedure compiled to a table for fast analysis: each region's state graph with its correction
 * counters unrolled, so every node is (state, counters) and the graph is acyclic. It follows the
 * XState machine's semantics (see compile.ts): a bounded transition is enabled while its counter is
 * below `max`, and the probabilities of the enabled transitions are renormalised to sum to 1.
 */
import type { FinalState, ParallelState, Region, State, StepState, Transition } from '../model/types.js';

/** An edge of the unrolled graph. */
export interface TableEdge {
  /** Index of the node it leads to. */
  to: number;
  /** Probability of taking it from its node (renormalised over enabled transitions). */
  p: number;
  /** The transition (absent for a parallel block's join). */
  transition?: Transition;
}

/** A node of the unrolled graph: a state with particular counter values. */
export interface TableNode {
  /** The model state. */
  state: State;
  /** Outgoing edges. */
  edges: TableEdge[];
}

/** A region's unrolled graph. */
export interface Table {
  /** The region it was built from. */
  region: Region;
  /** Nodes; node 0 is the start. */
  nodes: TableNode[];
  /** Node indices in topological order (every edge goes from earlier to later). */
  order: number[];
  /** Tables of each parallel block's branches, by block. */
  blocks: Map<ParallelState, Table[]>;
}

/** Builds the unrolled table of a region and, recursively, of every parallel block in it. */
export function createTable(region: Region): Table {
  const bounded = boundedTransitions(region);
  const nodes: TableNode[] = [];
  const index = new Map<string, number>();
  const queue: Array<[number, number[]]> = [];
  const visit = (stateId: string, counts: number[]): number => {
    const key = bounded.length === 0 ? stateId : `${stateId}|${counts.join(',')}`;
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.length;
      index.set(key, i);
      nodes.push({ state: region.states.get(stateId)!, edges: [] });
      queue.push([i, counts]);
    }
    return i;
  };
  visit(region.initial, bounded.map(() => 0));
  for (let head = 0; head < queue.length; head++) {
    const [i, counts] = queue[head]!;
    const node = nodes[i]!;
    node.edges = edgesOf(node.state, counts, bounded, visit);
  }
  const blocks = new Map<ParallelState, Table[]>();
  for (const state of region.states.values()) {
    if (state.type === 'parallel') blocks.set(state, state.regions.map(createTable));
  }
  return { region, nodes, order: topologicalOrder(nodes), blocks };
}

function edgesOf(
  state: State,
  counts: number[],
  bounded: Transition[],
  visit: (stateId: string, counts: number[]) => number,
): TableEdge[] {
  if (state.type === 'final') return [];
  if (state.type === 'parallel') return [{ to: visit(state.onDone, counts), p: 1 }];
  const enabled = state.transitions.filter((t) => {
    const b = bounded.indexOf(t);
    return b < 0 || counts[b]! < t.max!;
  });
  const total = enabled.reduce((sum, t) => sum + t.p, 0);
  return enabled.map((t) => {
    const b = bounded.indexOf(t);
    const next = b < 0 ? counts : counts.map((c, j) => (j === b ? c + 1 : c));
    return { to: visit(t.target, next), p: total > 0 ? t.p / total : 1 / enabled.length, transition: t };
  });
}

/** The transitions of a region that carry a bound, in a fixed order. */
function boundedTransitions(region: Region): Transition[] {
  return [...region.states.values()].flatMap((s) => (s.type === 'step' ? s.transitions.filter((t) => t.max !== undefined) : []));
}

/** Kahn's algorithm; the unrolled graph is acyclic because every cycle passes a bounded transition. */
function topologicalOrder(nodes: TableNode[]): number[] {
  const indegree = nodes.map(() => 0);
  for (const node of nodes) for (const e of node.edges) indegree[e.to]!++;
  const ready = nodes.map((_, i) => i).filter((i) => indegree[i] === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    const i = ready.pop()!;
    order.push(i);
    for (const e of nodes[i]!.edges) if (--indegree[e.to]! === 0) ready.push(e.to);
  }
  if (order.length !== nodes.length) throw new Error('createTable: a cycle without a bounded transition (validation should have refused it)');
  return order;
}

/** True when the node's state is a step (环节). */
export function isStepNode(node: TableNode): node is TableNode & { state: StepState } {
  return node.state.type === 'step';
}

/** True when the node's state is an end state. */
export function isFinalNode(node: TableNode): node is TableNode & { state: FinalState } {
  return node.state.type === 'final';
}
