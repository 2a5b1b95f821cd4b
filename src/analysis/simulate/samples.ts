/** The samples an engine fills, and the numbering of steps and outcomes both engines share. */
import type { Outcome, Procedure, StepState } from '../../model/types.js';
import { allSteps } from '../../model/walk.js';
import { OUTCOMES, type CaseSamples } from './types.js';

/** Empty samples for `runs` cases of a procedure with `stepCount` steps. */
export function createSamples(runs: number, stepCount: number): CaseSamples {
  return {
    workdays: new Float64Array(runs),
    counted: new Float64Array(runs),
    trips: new Uint32Array(runs),
    outcome: new Uint8Array(runs),
    stepDays: new Float64Array(stepCount),
    corrections: 0,
    visits: 0,
  };
}

/** The steps of a procedure in the order samples number them (allSteps order). */
export function getStepIndex(procedure: Procedure): Map<StepState, number> {
  return new Map(allSteps(procedure.process).map((step, i) => [step, i]));
}

/** The index of an outcome in OUTCOMES (CaseSamples.outcome). */
export function outcomeIndex(outcome: Outcome | undefined): number {
  return Math.max(0, OUTCOMES.indexOf(outcome ?? 'approved'));
}
