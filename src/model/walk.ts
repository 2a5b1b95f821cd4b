/** Ways to visit a procedure's regions and steps, shared by the checks, the compiler and the analysis. */
import type { Region, State, StepState } from './types.js';

/**
 * The lists of each process, made once: a procedure does not change once loaded (normalize.ts builds
 * it), and the checks and the analysis of one procedure walk it a dozen times.
 */
const lists = new WeakMap<Region, { regions: readonly Region[]; states?: readonly State[]; steps?: readonly StepState[] }>();

function listsOf(root: Region): { regions: readonly Region[]; states?: readonly State[]; steps?: readonly StepState[] } {
  let made = lists.get(root);
  if (!made) {
    const regions: Region[] = [];
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const region = queue[i]!;
      regions.push(region);
      for (const state of region.states.values()) if (state.type === 'parallel') queue.push(...state.regions);
    }
    lists.set(root, (made = { regions }));
  }
  return made;
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
