/** The boxes of a process diagram and what each stands for: a state, or a region of a parallel block. */
import type { GraphRegion, GraphState, ProcessGraph } from '../process-graph.js';

/**
 * What each box of `graph` stands for, by box id: the states (blocks' branches included) by key, and
 * the regions of parallel blocks by "region:" + key.
 */
export function getBoxOwners(graph: Pick<ProcessGraph, 'states'>): { states: Map<string, GraphState>; regions: Map<string, GraphRegion> } {
  const states = new Map<string, GraphState>();
  const regions = new Map<string, GraphRegion>();
  const visit = (list: readonly GraphState[]) => {
    for (const s of list) {
      states.set(s.key, s);
      for (const r of s.regions ?? []) {
        regions.set(`region:${r.key}`, r);
        visit(r.states);
      }
    }
  };
  visit(graph.states);
  return { states, regions };
}
