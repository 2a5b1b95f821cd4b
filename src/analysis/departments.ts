/**
 * Departments (部门) as offices count them: distinct departments, each entry of a `department:` list
 * one department; a comprehensive window (actor: window) and an online platform (actor: system) are
 * where a case is handed in or decided by machine, not departments, so what their steps name is not
 * counted.
 */
import type { Procedure, StepState } from '../model/types.js';
import { allSteps } from '../model/walk.js';

/** True when the step is done at the window or by the platform: its department is not counted. */
export function isWindowOrPlatform(step: StepState): boolean {
  return step.actor === 'window' || step.actor === 'system';
}

/**
 * The departments a step counts: its own list, else the item's (unless the applicant does it); none
 * at the window or the platform.
 */
export function stepDepartments(step: StepState, procedure: Procedure): string[] {
  if (isWindowOrPlatform(step)) return [];
  if (step.departments.length > 0) return step.departments;
  return step.actor === 'applicant' ? [] : procedure.departments;
}

/** The distinct departments of a procedure: its 实施主体 and every step's own (window and platform steps aside). */
export function getDepartments(procedure: Procedure): string[] {
  const named = allSteps(procedure.process).flatMap((s) => (isWindowOrPlatform(s) ? [] : s.departments));
  return [...new Set([...procedure.departments, ...named])];
}
