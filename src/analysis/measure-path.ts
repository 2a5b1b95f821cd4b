/**
 * The measures of one path: steps, the distinct materials the applicant prepares, copies, trips,
 * fees, departments, and time (elapsed, counted toward the statutory limit, not counted).
 */
import type { Material, Procedure, StepState } from '../model/types.js';
import { isPreparedMark } from '../vocabulary/index.js';
import type { Path, PathMeasures, TimeRange } from './types.js';

/** True when the applicant still prepares this material (the rule of its reform mark: not shared, committed, cancelled or merged). */
export function isPrepared(material: Material): boolean {
  return isPreparedMark(material.reform);
}

/** Every step on a path, branches of parallel blocks included, in order. */
export function stepsOf(path: Path): StepState[] {
  return path.steps.flatMap((s) => (s.type === 'step' ? [s.state] : s.regions.flatMap(stepsOf)));
}

/** Measures one path of `procedure`. */
export function measurePath(procedure: Procedure, path: Path): PathMeasures {
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
  for (const step of steps) {
    const department = step.department ?? (step.actor === 'applicant' ? undefined : procedure.department);
    if (department) departments.add(department);
  }
  const itemFees = procedure.fees.reduce((sum, f) => sum + f.amount, 0);
  const time = timeOf(path, () => true);
  const counted = timeOf(path, (s) => s.counts);
  return {
    steps: steps.length,
    stepNames: namesOf(path),
    materials,
    copies: materials.reduce((sum, id) => sum + procedure.materials.get(id)!.copies, 0),
    trips: steps.reduce((sum, s) => sum + s.trips, 0),
    fees: itemFees + steps.reduce((sum, s) => sum + s.fees.reduce((a, f) => a + f.amount, 0), 0),
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
 * block takes as long as its longest branch (for counted time: the branch with the most counted days).
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

/** Step names in order, a block shown as its branches joined by " ∥ ". */
function namesOf(path: Path): string[] {
  return path.steps.map((s) =>
    s.type === 'step' ? s.state.name : `${s.state.name}（${s.regions.map((r) => namesOf(r).join('→')).join(' ∥ ')}）`,
  );
}
