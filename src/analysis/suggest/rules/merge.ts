/**
 * 环节合并 (受理即审查, 即办; 行政许可法第三十四条: decide on the spot where possible): consecutive
 * steps that one department handles, with nothing for the applicant to do between them, become one
 * step. Its time is the steps' times added (min, most likely and longest each), so no path gets faster
 * or slower on paper: the cut is the steps themselves. A step entered from elsewhere too (a recheck
 * after rectification), a step with more than one way out (a decision, a correction), a step where the
 * applicant hands something in or comes in person, and a pair counted differently toward the limit
 * (Art. 45) stay apart, since merging them would change what the model says.
 */
import type { Procedure, Region, StepState } from '../../../model/types.js';
import type { Duration } from '../../../model/types.js';
import type { RuleMiss } from '../../../vocabulary/index.js';
import { NodeCopy } from '../draft.js';
import type { Opportunity, Rule, RuleResult } from '../types.js';
import type { ResolvedItem } from '../../../model/resolve-bundle.js';
import { findStepRuns, itemFile, sameHandlers, waysIn } from './common.js';

/** Actors that may share a merged step: the department's window and the department itself. */
const DEPARTMENT_ACTORS: ReadonlySet<string> = new Set(['window', 'department']);

/** Why `a` and the step after it, `b`, cannot be one step; undefined when they can. */
function whyApart(procedure: Procedure, region: Region, a: StepState, b: StepState): RuleMiss<'merge'> | undefined {
  if (a.transitions.length !== 1) return { rule: 'merge', code: 'way-out', args: { step: a.name } };
  if (!sameHandlers(procedure, a, b)) return { rule: 'merge', code: 'other-department', args: { first: a.name, second: b.name } };
  if (waysIn(region, b.id) !== 1) return { rule: 'merge', code: 'way-in', args: { step: b.name } };
  if (b.materials.length > 0 || b.trips > 0) return { rule: 'merge', code: 'applicant-action', args: { step: b.name } };
  const together = a.actor === b.actor || (DEPARTMENT_ACTORS.has(a.actor) && DEPARTMENT_ACTORS.has(b.actor));
  if (!together) return { rule: 'merge', code: 'other-actor', args: { first: a.name, second: b.name } };
  if (a.counts !== b.counts) return { rule: 'merge', code: 'counted-differently', args: { first: a.name, second: b.name } };
  return undefined;
}

/** The durations of steps one after the other, as one step's duration: fixed when every one is. */
export function addDurations(durations: readonly Duration[]): number | { min: number; mode: number; max: number } {
  const sum = (pick: (d: Duration) => number) => durations.reduce((total, d) => total + pick(d), 0);
  const fixed = durations.every((d) => d.min === d.mode && d.mode === d.max);
  return fixed ? sum((d) => d.mode) : { min: sum((d) => d.min), mode: sum((d) => d.mode), max: sum((d) => d.max) };
}

function toOpportunity(item: ResolvedItem, steps: readonly StepState[]): Opportunity<'merge'> {
  const [first, ...rest] = steps as [StepState, ...StepState[]];
  const last = steps[steps.length - 1]!;
  const file = itemFile(item);
  const fees = steps.flatMap((s) => s.fees);
  const value = new NodeCopy(first.path, {
    name: steps.map((s) => s.name).join('、'),
    ...(last.kind !== undefined && last.kind !== first.kind ? { kind: last.kind } : {}),
    ...(last.actor !== first.actor ? { actor: last.actor } : {}),
    duration: addDurations(steps.map((s) => s.duration)),
    ...(fees.length > first.fees.length ? { fees: fees.map((f) => ({ name: f.name, amount: f.amount, ...(f.basis ? { basis: f.basis } : {}) })) } : {}),
    // What the draft merged of this version (the steps' own merges name an earlier reform's: left out).
    merges: rest.map((s) => s.key),
    on: new NodeCopy([...last.path, 'on']),
  });
  return {
    rule: 'merge',
    item: item.id,
    args: { steps: steps.map((s) => s.name).join('、') },
    changes: [{ file, op: 'set', path: first.path, value }, ...rest.map((s) => ({ file, op: 'delete' as const, path: s.path }))],
    anchor: { file, path: first.path },
  };
}

/** Consecutive steps of one department with no applicant action between them → one step (merges). */
export const merge: Rule<'merge'> = {
  key: 'merge',
  find(input) {
    const result: RuleResult<'merge'> = { found: [], misses: [] };
    for (const item of input.items) {
      const p = item.procedure;
      const { runs, misses } = findStepRuns(p, (s) => s.actor !== 'applicant', (region, run, b) => whyApart(p, region, run[run.length - 1]!, b));
      result.found.push(...runs.map((steps) => toOpportunity(item, steps)));
      result.misses.push(...misses.map((m) => (input.bundle ? { ...m, item: item.id } : m)));
    }
    return result;
  },
};
