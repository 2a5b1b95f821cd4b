/**
 * The correction counters of one region, as the XState machine (machine/compile.ts), the unrolled
 * table (machine/table.ts), the path listing and the state-space check all read them: a bounded
 * transition (one with `max`) is enabled while it has fired fewer than `max` times and, when the
 * region has a shared budget (`maxCorrections`), while the region's bounded transitions together
 * have fired fewer than that.
 *
 * The unrolled graph's nodes are (state, counters). Counters that cannot change what happens next are
 * set to 0 before a node is keyed, so that such nodes are one: a loop whose step can no longer be
 * reached, every counter once the shared budget is spent, and a counter whose own `max` cannot bind
 * before the budget does. A chain of N review steps, each with a one-time correction back to the start,
 * thus has (N + 1)·2^N + 1 nodes without a budget and 2N + 3 with `maxCorrections: 1`.
 */
import type { Region, State, StepState, Transition } from './types.js';
import { reachable } from './check/digraph.js';
import { derivedOf } from './derived.js';
import { regionGraphs } from './walk.js';

/**
 * Most nodes the exact analysis unrolls for one procedure, over all its regions: a few hundred
 * milliseconds of analysis (bench/state-space.ts), far above any real procedure (the bundled ones need
 * at most 21), and far below what a chain of independent corrections can ask for (2^N).
 */
export const MAX_UNROLLED_NODES = 100_000;

/** Counter values of a region: one per bounded transition, then the corrections used of the budget. */
export type Counts = readonly number[];

/** A region's counters: which transitions they bound and how they move. */
export interface CounterSpace {
  /** The region's bounded transitions, in a fixed order (counter i counts bounded[i]). */
  bounded: readonly Transition[];
  /** The shared budget, if the region has one. */
  budget?: number;
  /** The counters at the region's start: all 0. */
  start: Counts;
  /** Whether `t`, a transition of a step of this region, may fire with these counters. */
  isEnabled(t: Transition, counts: Counts): boolean;
  /** The counters after `t` fires and the case moves to `target`, with those that cannot matter at `target` set to 0. */
  next(counts: Counts, t: Transition, target: string): Counts;
  /** The key of node (state, counters): equal keys have the same future (a number where the counters' ranges allow). */
  key(stateId: string, counts: Counts): string | number;
}

/** Builds the counter space of `region` (its own states only; parallel branches have their own). */
export function createCounterSpace(region: Region): CounterSpace {
  const bounded: Transition[] = [];
  const source = new Map<Transition, string>();
  for (const state of region.states.values()) {
    if (state.type !== 'step') continue;
    for (const t of state.transitions) {
      if (t.max === undefined) continue;
      bounded.push(t);
      source.set(t, state.id);
    }
  }
  const index = new Map(bounded.map((t, i) => [t, i]));
  const budget = bounded.length > 0 ? region.maxCorrections : undefined;
  const used = bounded.length;
  // Which bounded transitions can still fire from a state: those whose step it can reach (found on first need).
  const live = new Map<string, boolean[] | undefined>();
  // The states each bounded transition's step can be reached from: one search back from each of a few
  // steps, rather than one forward from every state the unrolled graph visits.
  let reaching: Array<Set<string>> | undefined;
  /** The flags of the bounded transitions that can still fire from `id`; undefined when none can. */
  const liveAt = (id: string): boolean[] | undefined => {
    if (live.has(id)) return live.get(id);
    reaching ??= reachingEach(region, bounded.map((t) => source.get(t)!));
    // A plain array filled by a loop: a Uint8Array.from with a mapping function took a fifth of unrolling.
    const flags = new Array<boolean>(used);
    let any = false;
    for (let i = 0; i < used; i++) any = (flags[i] = reaching[i]!.has(id)) || any;
    const alive = any ? flags : undefined;
    live.set(id, alive);
    return alive;
  };
  // A node's key is a number where every counter's range fits one with the state's index (a Map finds
  // numbers several times faster than the strings written out otherwise); counter i runs 0..max, the
  // corrections used 0..budget. (A region with no counter keys a node by its state's id.)
  const stateIndex = used === 0 ? undefined : new Map([...region.states.keys()].map((id, i) => [id, i]));
  const radices = [...bounded.map((t) => t.max! + 1), (budget ?? 0) + 1];
  const numeric = radices.every(Number.isInteger) && Number.isSafeInteger(radices.reduce((span, r) => span * r, region.states.size));
  const start: Counts = new Array<number>(bounded.length + 1).fill(0);
  // Every counter once the shared budget is spent: nothing more can fire, so one array serves every node.
  const spent: Counts = budget === undefined ? start : [...start.slice(0, used), budget];
  return {
    bounded,
    budget,
    start,
    isEnabled(t, counts) {
      const i = index.get(t);
      if (i === undefined) return true;
      return counts[i]! < t.max! && (budget === undefined || counts[used]! < budget);
    },
    next(counts, t, target) {
      // No bounded transition in the region: no counter, nothing to work out.
      if (used === 0) return start;
      const alive = liveAt(target);
      if (!alive) return start;
      const fired = index.get(t) ?? -1;
      const usedAfter = counts[used]! + (fired >= 0 ? 1 : 0);
      if (budget !== undefined && usedAfter >= budget) return spent;
      // Each counter after `t` fires, kept only where it can still bind (see the module comment).
      const after = new Array<number>(used + 1);
      for (let i = 0; i < used; i++) {
        const c = counts[i]! + (i === fired ? 1 : 0);
        after[i] = alive[i] && (budget === undefined || bounded[i]!.max! - c < budget - usedAfter) ? c : 0;
      }
      after[used] = budget === undefined ? 0 : usedAfter;
      return after;
    },
    key(stateId, counts) {
      if (used === 0) return stateId;
      if (!numeric) return `${stateId}|${counts.join(',')}`;
      let code = stateIndex!.get(stateId)!;
      for (let i = 0; i <= used; i++) code = code * radices[i]! + counts[i]!;
      return code;
    },
  };
}

/** An edge of the unrolled graph. */
export interface UnrolledEdge {
  /** Index of the node it leads to. */
  to: number;
  /** Probability of taking it from its node (renormalised over the enabled transitions). */
  p: number;
  /** The transition (absent for a parallel block's join). */
  transition?: Transition;
}

/** A node of the unrolled graph: a state with particular counter values. */
export interface UnrolledNode {
  /** The model state. */
  state: State;
  /** Outgoing edges. */
  edges: UnrolledEdge[];
}

/**
 * The nodes (state, counters) reachable from the start of `region` (node 0), breadth first, with their
 * edges; undefined as soon as there are more than `limit`. A parallel block is one node whose edge is its
 * join; its branches are unrolled on their own. Validation's state-space check and the analysis's table
 * unroll the same regions one after the other, and the graph depends on the region only: what the
 * first built (its nodes, never changed once built, or the limit it passed) is kept on the region
 * (derived.ts) for the second, as long as the region is kept.
 */
export function unrollRegion(region: Region, limit = Infinity): UnrolledNode[] | undefined {
  const derived = derivedOf(region);
  const known = derived.unrolled;
  if (Array.isArray(known)) return known.length > limit ? undefined : known;
  if (known && limit <= known.passed) return undefined;
  const nodes = unrollUncached(region, limit);
  derived.unrolled = nodes ?? { passed: limit };
  return nodes;
}

function unrollUncached(region: Region, limit: number): UnrolledNode[] | undefined {
  const space = createCounterSpace(region);
  const nodes: UnrolledNode[] = [];
  const counters: Counts[] = [];
  const index = new Map<string | number, number>();
  const visit = (stateId: string, counts: Counts): number => {
    const key = space.key(stateId, counts);
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.length;
      index.set(key, i);
      nodes.push({ state: region.states.get(stateId)!, edges: [] });
      counters.push(counts);
    }
    return i;
  };
  visit(region.initial, space.start);
  for (let head = 0; head < nodes.length; head++) {
    if (nodes.length > limit) return undefined;
    const node = nodes[head]!;
    const counts = counters[head]!;
    const state = node.state;
    if (state.type === 'parallel')
      node.edges = [
        {
          to: visit(state.onDone, space.next(counts, JOIN, state.onDone)),
          p: 1,
        },
      ];
    if (state.type !== 'step') continue;
    const enabled = enabledTransitions(space, state, counts);
    const total = enabled.reduce((sum, t) => sum + t.p, 0);
    node.edges = enabled.map((t) => ({
      to: visit(t.target, space.next(counts, t, t.target)),
      p: total > 0 ? t.p / total : 1 / enabled.length,
      transition: t,
    }));
  }
  return nodes.length > limit ? undefined : nodes;
}

/** Stands for a parallel block's join, which no counter bounds. */
const JOIN = {
  event: '',
  target: '',
  p: 1,
  pGiven: false,
  path: [],
} as Transition;

/** The enabled transitions of `step` with these counters, in written order. */
export function enabledTransitions(space: CounterSpace, step: StepState, counts: Counts): Transition[] {
  return step.transitions.filter((t) => space.isEnabled(t, counts));
}

/** For each of `targets` (state ids of `region`), the ids of the states it can be reached from within the region, itself included. */
function reachingEach(region: Region, targets: readonly string[]): Array<Set<string>> {
  const { back } = regionGraphs(region);
  const found = new Map<string, Set<string>>();
  return targets.map((target) => {
    let from = found.get(target);
    if (!from) found.set(target, (from = reachable(back, [target])));
    return from;
  });
}
