/**
 * What is worked out from a region once and asked for again: its process lists and its graphs
 * (walk.ts), its unrolled nodes (counters.ts). A procedure does not change once loaded (normalize.ts
 * builds it), and the checks and the analysis of one procedure ask for these a dozen times.
 *
 * Kept on the region itself, under a symbol that is not enumerable, so they live and die with it and
 * no output sees them: JSON, a structured clone to or from a worker, a test's toEqual and a spread all
 * leave them out. Not in maps beside the procedures: a WeakMap keyed by region, and a Map of the latest
 * regions unrolled, kept each catalogue file's procedure alive through V8's collections of its young
 * generation: 1.2 MB promoted to the old one at each, 2.3 ms a collection, the collector a sixth of each
 * thread's time; kept here, about 20 KB and 0.5 ms (--trace-gc-nvp over bench/catalogue.ts's files).
 */
import type { UnrolledNode } from './counters.js';
import type { Region } from './types.js';
import type { ProcessLists, RegionGraphs } from './walk.js';

/** What has been worked out from one region so far. */
export interface Derived {
  /** Its process's regions, states and steps, when it is a process's root (walk.ts). */
  lists?: ProcessLists;
  /** Its graph both ways round (walk.ts regionGraphs). */
  graphs?: RegionGraphs;
  /** Its unrolled nodes, or the limit unrolling it passed (counters.ts unrollRegion). */
  unrolled?: UnrolledNode[] | { passed: number };
}

const DERIVED = Symbol('derived');

/**
 * The record of what has been worked out from `region`, made empty on first use.
 * @example derivedOf(region).unrolled // the nodes unrollRegion(region) built, or undefined before it ran
 */
export function derivedOf(region: Region): Derived {
  const holder = region as Region & { [DERIVED]?: Derived };
  let derived = holder[DERIVED];
  if (!derived) {
    derived = {};
    // Not enumerable: no copy or comparison of the region sees it.
    Object.defineProperty(holder, DERIVED, { value: derived });
  }
  return derived;
}
