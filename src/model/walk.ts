/** Ways to visit a procedure's regions and steps, shared by the checks, the compiler and the analysis. */
import { reversed, type Digraph } from './check/digraph.js';
import { derivedOf } from './derived.js';
import type { Region, State, StepState } from './types.js';

/** A process's regions, states and steps, each listed when first asked for. */
export interface ProcessLists {
  regions: readonly Region[];
  states?: readonly State[];
  steps?: readonly StepState[];
}

/** The lists of a process, made once and kept on its root (derived.ts). */
function listsOf(root: Region): ProcessLists {
  const derived = derivedOf(root);
  if (!derived.lists) {
    // The list is its own queue: each region's branches are added behind it, breadth first.
    const regions = [root];
    for (let i = 0; i < regions.length; i++) {
      for (const state of regions[i]!.states.values()) if (state.type === 'parallel') regions.push(...state.regions);
    }
    derived.lists = { regions };
  }
  return derived.lists;
}

/** Every region of a process, the root first, then each parallel block's branches breadth-first. */
export function allRegions(root: Region): readonly Region[] {
  return listsOf(root).regions;
}

/** Every state of a process, in every region. */
export function allStates(root: Region): readonly State[] {
  const made = listsOf(root);
  made.states ??= made.regions.flatMap((r) => [...r.states.values()]);
  return made.states;
}

/** Every ordinary step (环节) of a process, in every region. */
export function allSteps(root: Region): readonly StepState[] {
  const made = listsOf(root);
  made.steps ??= allStates(root).filter((s): s is StepState => s.type === 'step');
  return made.steps;
}

/** The ids a state can move to within its region: its transitions' targets, or a parallel block's onDone. */
export function successors(state: State): string[] {
  if (state.type === 'step') return state.transitions.map((t) => t.target);
  if (state.type === 'parallel') return [state.onDone];
  return [];
}

/** A region's states and where each can go; correction transitions only when `bounded`. */
export function regionGraph(region: Region, bounded: boolean): Digraph {
  const g: Digraph = new Map();
  for (const state of region.states.values()) {
    const next = state.type === 'step' ? state.transitions.filter((t) => bounded || t.max === undefined).map((t) => t.target) : successors(state);
    g.set(state.id, next);
  }
  return g;
}

/** A region's graph with its correction transitions, both ways round. */
export interface RegionGraphs {
  /** Where each state can go in one move. */
  forward: Digraph;
  /** Where each state can be reached from in one move. */
  back: Digraph;
}

/**
 * A region's graph, correction transitions included, and the same with every edge turned round: made
 * once and kept on the region (derived.ts), as the reachability check and the correction counters both search them.
 */
export function regionGraphs(region: Region): RegionGraphs {
  const derived = derivedOf(region);
  if (!derived.graphs) {
    const forward = regionGraph(region, true);
    derived.graphs = { forward, back: reversed(forward) };
  }
  return derived.graphs;
}
