/** What several rules read of a procedure: materials handed in, who handles a step, how steps link up. */
import type { ResolvedItem } from '../../../model/resolve-bundle.js';
import type { Procedure, Region, State, StepState } from '../../../model/types.js';
import { allRegions, allSteps } from '../../../model/walk.js';
import type { FileRef } from '../types.js';

/** The file an item's changes go to. */
export function itemFile(item: ResolvedItem): FileRef {
  return { item: item.id };
}

/** Ids of the materials some step of `procedure` takes. */
export function usedMaterials(procedure: Procedure): Set<string> {
  return new Set(allSteps(procedure.process).flatMap((s) => s.materials));
}

/**
 * Who handles a step, as the rules compare steps: each department it names, else the item's; none for
 * the applicant's own steps. (A window step named by no department is the item's own window.)
 */
export function handlersOf(procedure: Procedure, step: StepState): string[] {
  if (step.actor === 'applicant') return [];
  return step.departments.length > 0 ? step.departments : procedure.departments;
}

/** True when two steps are handled by the same departments. */
export function sameHandlers(procedure: Procedure, a: StepState, b: StepState): boolean {
  const [x, y] = [handlersOf(procedure, a), handlersOf(procedure, b)];
  return x.length === y.length && x.every((d) => y.includes(d));
}

/** How many ways lead into state `id` of `region`: transitions, the region's start, blocks joining there. */
export function waysIn(region: Region, id: string): number {
  let count = region.initial === id ? 1 : 0;
  for (const state of region.states.values()) {
    if (state.type === 'step') count += state.transitions.filter((t) => t.target === id).length;
    if (state.type === 'parallel' && state.onDone === id) count += 1;
  }
  return count;
}

/** The state `step`'s only transition leads to, when it has exactly one. */
function onlyWayOut(region: Region, step: StepState): State | undefined {
  if (step.transitions.length !== 1) return undefined;
  return region.states.get(step.transitions[0]!.target);
}

/**
 * Pairs of steps one after the other in a region: a step, and each step a transition of it leads to
 * that the file lists later (not a loop back). The candidates a merge or a parallel block looks at.
 */
function forwardPairs(procedure: Procedure): Array<{ region: Region; a: StepState; b: StepState }> {
  const pairs: Array<{ region: Region; a: StepState; b: StepState }> = [];
  for (const region of allRegions(procedure.process)) {
    const order = [...region.states.keys()];
    for (const a of region.states.values()) {
      if (a.type !== 'step') continue;
      for (const target of new Set(a.transitions.map((t) => t.target))) {
        const b = region.states.get(target);
        if (b?.type === 'step' && order.indexOf(target) > order.indexOf(a.id)) pairs.push({ region, a, b });
      }
    }
  }
  return pairs;
}

/**
 * Runs of consecutive steps in each region, each step the only way out of the one before, that `joins`
 * accepts step by step (given the run so far), at least two steps long and as long as they can be, in
 * the order the file lists them.
 */
function findRuns(procedure: Procedure, joins: (region: Region, run: readonly StepState[], b: StepState) => boolean): Array<{ region: Region; steps: StepState[] }> {
  const runs: Array<{ region: Region; steps: StepState[] }> = [];
  for (const region of allRegions(procedure.process)) {
    const next = (run: readonly StepState[]): StepState | undefined => {
      const a = run[run.length - 1]!;
      const b = onlyWayOut(region, a);
      return b?.type === 'step' && !run.includes(b) && joins(region, run, b) ? b : undefined;
    };
    // A run starts at a step that joins the next one and is not joined from the one before.
    const joinedFromBefore = new Set<string>();
    for (const state of region.states.values()) {
      if (state.type !== 'step') continue;
      const b = next([state]);
      if (b) joinedFromBefore.add(b.id);
    }
    const taken = new Set<string>();
    for (const state of region.states.values()) {
      if (state.type !== 'step' || joinedFromBefore.has(state.id) || taken.has(state.id)) continue;
      const steps = [state];
      for (let b = next(steps); b && !taken.has(b.id); b = next(steps)) steps.push(b);
      if (steps.length < 2) continue;
      for (const s of steps) taken.add(s.id);
      runs.push({ region, steps });
    }
  }
  return runs;
}

/**
 * The runs of steps a rule joins, and why each other pair of consecutive candidate steps stays apart:
 * `why(region, run, b)` says why step b cannot join the run before it (undefined: it can). A pair after
 * a run that could not take its next step is judged with that run (a department repeated in it).
 */
export function findStepRuns<M>(
  procedure: Procedure,
  candidate: (step: StepState) => boolean,
  why: (region: Region, run: readonly StepState[], b: StepState) => M | undefined,
): { runs: StepState[][]; misses: M[] } {
  const runs = findRuns(procedure, (region, run, b) => candidate(run[0]!) && candidate(b) && why(region, run, b) === undefined);
  const inRun = new Set(runs.flatMap((r) => r.steps));
  const misses: M[] = [];
  for (const { region, a, b } of forwardPairs(procedure)) {
    if (!candidate(a) || !candidate(b) || (inRun.has(a) && inRun.has(b))) continue;
    const miss = why(region, runs.find((r) => r.steps[r.steps.length - 1] === a)?.steps ?? [a], b);
    if (miss !== undefined) misses.push(miss);
  }
  return { runs: runs.map((r) => r.steps), misses };
}
