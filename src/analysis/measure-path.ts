/**
 * The measures of one path: steps, the distinct materials the applicant prepares, copies, trips,
 * fees, departments, and time (elapsed, counted toward the statutory limit, not counted).
 */
import type { Material, ParallelState, Procedure, StepCounting, StepState } from '../model/types.js';
import { isPreparedMark } from '../vocabulary/index.js';
import { unionFrom, type Intervals } from './counted-time.js';
import { sumAmounts } from './decimal.js';
import { stepDepartments } from './departments.js';
import type { Path, PathMeasures, TimeRange } from './types.js';

/** True when the applicant still prepares this material (the rule of its reform mark: not shared, committed, cancelled or merged). */
export function isPrepared(material: Material): boolean {
  return isPreparedMark(material.reform);
}

/** A path as a string: its steps, events and end, branches in order. */
export function pathKey(path: Path): string {
  return path.steps
    .map((s) => (s.type === 'step' ? `${s.state.key}>${s.via?.event}` : `[${s.regions.map(pathKey).join('|')}]`))
    .join(',') + `#${path.end.key}`;
}

/**
 * Whether two paths are one: the same steps left by the same transitions, the same branch paths, the
 * same end (what pathKey writes out, compared without writing it: the paths of one table share their
 * states and transitions).
 */
export function samePath(a: Path, b: Path): boolean {
  if (a === b) return true;
  if (a.end !== b.end || a.steps.length !== b.steps.length) return false;
  for (let i = 0; i < a.steps.length; i++) {
    const [s, t] = [a.steps[i]!, b.steps[i]!];
    if (s.state !== t.state) return false;
    // One state, one kind: a step's transition, or a block's branch paths, tell the two apart.
    if (s.type === 'step' && t.type === 'step') {
      if (s.via !== t.via) return false;
    } else if (s.type === 'parallel' && t.type === 'parallel' && !s.regions.every((r, k) => samePath(r, t.regions[k]!))) return false;
  }
  return true;
}

/** Every step on a path, branches of parallel blocks included, in order (added to `into`). */
export function stepsOf(path: Path, into: StepState[] = []): StepState[] {
  for (const s of path.steps) {
    if (s.type === 'step') into.push(s.state);
    else for (const region of s.regions) stepsOf(region, into);
  }
  return into;
}

/** How each parallel block counts as 环节: the command line's rule, else the block's, else the procedure's, else stage. */
export type StepCountingOf = (block: ParallelState) => StepCounting;

/** The step-counting rule of each block of `procedure`, `override` (the command line's) winning. */
export function stepCountingOf(procedure: Procedure, override?: StepCounting): StepCountingOf {
  return (block) => override ?? block.stepCounting ?? procedure.stepCounting ?? 'stage';
}

/**
 * 环节 on a path: an ordinary step is one; a parallel block is one stage, or the steps of its branches
 * (each nested block again by its own rule), as `countingOf` says.
 * @example countSteps(path, () => 'stage') // 并联审批计 1 个环节
 */
export function countSteps(path: Path, countingOf: StepCountingOf): number {
  let n = 0;
  for (const s of path.steps) {
    if (s.type === 'step') n += 1;
    else n += countingOf(s.state) === 'stage' ? 1 : s.regions.reduce((sum, r) => sum + countSteps(r, countingOf), 0);
  }
  return n;
}

/** The fees of `procedure` with its steps `steps` (those of a path): the item's own and each step's, added exactly. */
export function feesOf(procedure: Procedure, steps: readonly StepState[]): number {
  const amounts = procedure.fees.map((f) => f.amount);
  for (const step of steps) for (const fee of step.fees) amounts.push(fee.amount);
  return sumAmounts(amounts);
}

/** Measures one path of `procedure`, counting 环节 by `countingOf` (default: the file's rules). */
export function measurePath(procedure: Procedure, path: Path, countingOf: StepCountingOf = stepCountingOf(procedure)): PathMeasures {
  const steps = stepsOf(path);
  const materialIds = new Set<string>();
  for (const step of steps) {
    for (const id of step.materials) {
      const material = procedure.materials.get(id);
      if (material && isPrepared(material)) materialIds.add(id);
    }
  }
  const materials = [...materialIds];
  const departments = new Set<string>();
  for (const step of steps) for (const department of stepDepartments(step, procedure)) departments.add(department);
  const time = timeOf(path, () => true);
  const counted = countedTimeOf(path);
  return {
    steps: countSteps(path, countingOf),
    stepCounts: { stage: countSteps(path, () => 'stage'), perStep: steps.length },
    stepNames: namesOf(path),
    materials,
    copies: materials.reduce((sum, id) => sum + procedure.materials.get(id)!.copies, 0),
    trips: steps.reduce((sum, s) => sum + s.trips, 0),
    fees: feesOf(procedure, steps),
    departments: [...departments],
    time,
    counted,
    uncounted: { min: time.min - counted.min, mode: time.mode - counted.mode, max: time.max - counted.max },
    probability: path.probability,
    outcome: path.end.outcome,
  };
}

/**
 * Working days along a path for the steps `include` admits, under each duration scenario; a parallel
 * block takes as long as its longest branch. (Counted time is measured on the timeline: countedTimeOf.)
 */
export function timeOf(path: Path, include: (step: StepState) => boolean): TimeRange {
  const total = { min: 0, mode: 0, max: 0 };
  for (const s of path.steps) {
    if (s.type === 'step') {
      if (!include(s.state)) continue;
      total.min += s.state.duration.min;
      total.mode += s.state.duration.mode;
      total.max += s.state.duration.max;
    } else {
      const branches = s.regions.map((r) => timeOf(r, include));
      total.min += Math.max(...branches.map((b) => b.min));
      total.mode += Math.max(...branches.map((b) => b.mode));
      total.max += Math.max(...branches.map((b) => b.max));
    }
  }
  return total;
}

/**
 * Working days counted toward the statutory limit along a path under each duration scenario, on the
 * timeline: the union of the counted steps' intervals (see counted-time.ts).
 */
export function countedTimeOf(path: Path): TimeRange {
  const at = (scenario: keyof TimeRange) => {
    const intervals: Intervals = [];
    layOut(path, scenario, 0, intervals);
    return unionFrom(intervals, 0);
  };
  return { min: at('min'), mode: at('mode'), max: at('max') };
}

/** A path's counted intervals laid out from day 0 under `scenario` (a nested block's already merged), sorted by start. */
export function countedIntervals(path: Path, scenario: keyof TimeRange): Intervals {
  const intervals: Intervals = [];
  layOut(path, scenario, 0, intervals);
  return intervals;
}

/** Lays a path's counted steps out from `start` into `intervals` (a block's branches merged); returns its end. */
function layOut(path: Path, scenario: keyof TimeRange, start: number, intervals: Intervals): number {
  let t = start;
  for (const s of path.steps) {
    if (s.type === 'step') {
      const d = s.state.duration[scenario];
      if (s.state.counts) intervals.push(t, t + d);
      t += d;
    } else {
      const from = intervals.length / 2;
      const ends = s.regions.map((r) => layOut(r, scenario, t, intervals));
      unionFrom(intervals, from);
      t = Math.max(t, ...ends);
    }
  }
  return t;
}

/** Step names in order, a block shown as its branches joined by " ∥ ". */
export function namesOf(path: Path): string[] {
  return path.steps.map((s) =>
    s.type === 'step' ? s.state.name : `${s.state.name}（${s.regions.map((r) => namesOf(r).join('→')).join(' ∥ ')}）`,
  );
}
