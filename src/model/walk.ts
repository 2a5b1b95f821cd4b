/** Ways to visit a procedure's regions and steps, shared by the checks, the compiler and the analysis. */
import type { Region, State, StepState } from './types.js';

/** Every region of a process, the root first, then each parallel block's branches depth-first. */
export function allRegions(root: Region): Region[] {
  const out: Region[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const region = stack.shift()!;
    out.push(region);
    for (const state of region.states.values()) {
      if (state.type === 'parallel') stack.push(...state.regions);
    }
  }
  return out;
}

/** Every state of a process, in every region. */
export function allStates(root: Region): State[] {
  return allRegions(root).flatMap((r) => [...r.states.values()]);
}

/** Every ordinary step (环节) of a process, in every region. */
export function allSteps(root: Region): StepState[] {
  return allStates(root).filter((s): s is StepState => s.type === 'step');
}

/** The ids a state can move to within its region: its transitions' targets, or a parallel block's onDone. */
export function successors(state: State): string[] {
  if (state.type === 'step') return state.transitions.map((t) => t.target);
  if (state.type === 'parallel') return [state.onDone];
  return [];
}
