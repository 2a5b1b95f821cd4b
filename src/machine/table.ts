/**
 * A procedure compiled to a table for exact analysis: each region's state graph with its correction
 * counters unrolled (model/counters.ts), so every node is (state, counters that still matter) and the
 * graph is acyclic. It follows the XState machine's semantics (see compile.ts): a bounded transition is
 * enabled while its counter is below `max` and the region's shared budget is not spent, and the
 * probabilities of the enabled transitions are renormalised to sum to 1. The whole table holds at most
 * MAX_UNROLLED_NODES nodes; a procedure that needs more is refused by validation (state-space-too-large).
 */
import { MAX_UNROLLED_NODES, unrollRegion, type UnrolledEdge, type UnrolledNode } from '../model/counters.js';
import type { FinalState, ParallelState, Region, StepState } from '../model/types.js';

/** An edge of the unrolled graph. */
export type TableEdge = UnrolledEdge;

/** A node of the unrolled graph: a state with particular counter values. */
export type TableNode = UnrolledNode;

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

/** Thrown when a region's unrolled graph would pass MAX_UNROLLED_NODES (validation should have refused it). */
export class TableTooLargeError extends Error {
  constructor(readonly region: Region) {
    super(`createTable: region "${region.key || 'process'}" unrolls to more than ${MAX_UNROLLED_NODES} nodes`);
  }
}

/**
 * Builds the unrolled table of a region and, recursively, of every parallel block in it, with at most
 * `limit.left` nodes in all. Throws TableTooLargeError beyond that.
 */
export function createTable(region: Region, limit = { left: MAX_UNROLLED_NODES }): Table {
  const nodes = unrollRegion(region, limit.left);
  if (!nodes) throw new TableTooLargeError(region);
  limit.left -= nodes.length;
  const blocks = new Map<ParallelState, Table[]>();
  for (const state of region.states.values()) {
    if (state.type === 'parallel') blocks.set(state, state.regions.map((r) => createTable(r, limit)));
  }
  return { region, nodes, order: topologicalOrder(nodes), blocks };
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
