/**
 * 并联审批 (行政许可法第二十六条: joint and centralised handling): reviews that different departments
 * carry out one after another, with no material or decision passing between them, run at the same
 * time in a parallel block, each in its own branch. Nothing passes when each step has one way out (no
 * decision or correction decides what follows) and one way in (no recheck returns to it), and none is
 * a decision, an issue or a delivery, whose result what follows needs. The block takes the first
 * step's id, so whatever led to the first step leads to the block.
 */
import type { ResolvedItem } from '../../../model/resolve-bundle.js';
import type { Procedure, Region, StepState } from '../../../model/types.js';
import { DRAFT_WORDS, type RuleMiss } from '../../../vocabulary/index.js';
import { AuthoredValue, NodeCopy } from '../draft.js';
import type { Opportunity, Rule, RuleResult } from '../types.js';
import { findStepRuns, handlersOf, itemFile, waysIn } from './common.js';

/** Actors whose steps are reviews by a department, an expert or an agency (not the applicant, the window or the system). */
const REVIEWERS: ReadonlySet<string> = new Set(['department', 'expert', 'third-party']);

/** Step kinds whose result the steps after them need: the decision, the licence, its delivery, acceptance. */
const GATE_KINDS: ReadonlySet<string> = new Set(['受理', '审批决定', '制证', '送达']);

/** Why `b` cannot run beside the run ending in `a`; undefined when it can. */
function whyInSequence(procedure: Procedure, region: Region, run: readonly StepState[], b: StepState): RuleMiss<'parallel'> | undefined {
  const a = run[run.length - 1]!;
  for (const s of [a, b]) if (s.kind !== undefined && GATE_KINDS.has(s.kind)) return { rule: 'parallel', code: 'not-review', args: { step: s.name } };
  for (const s of [a, b]) if (s.transitions.length !== 1) return { rule: 'parallel', code: 'way-out', args: { step: s.name } };
  if (waysIn(region, b.id) !== 1) return { rule: 'parallel', code: 'way-in', args: { step: b.name } };
  const handlers = handlersOf(procedure, b);
  const same = run.find((s) => handlersOf(procedure, s).some((d) => handlers.includes(d)));
  if (same) return { rule: 'parallel', code: 'same-department', args: { first: same.name, second: b.name } };
  return undefined;
}

/** The id of each branch's end state: "done", or another word when a step is called that. */
function endId(steps: readonly StepState[]): string {
  return ['done', 'end', 'finish'].find((id) => steps.every((s) => s.id !== id)) ?? `${steps[0]!.id}_done`;
}

function toOpportunity(item: ResolvedItem, steps: readonly StepState[]): Opportunity<'parallel'> {
  const first = steps[0]!;
  const last = steps[steps.length - 1]!;
  const file = itemFile(item);
  const end = endId(steps);
  const names = steps.map((s) => s.name);
  const block = {
    type: new AuthoredValue('stateType', 'parallel'),
    name: DRAFT_WORDS.parallelName(names),
    regions: Object.fromEntries(
      steps.map((s) => [
        s.id,
        { name: s.name, initial: s.id, states: { [s.id]: new NodeCopy(s.path, { on: { [s.transitions[0]!.event]: end } }), [end]: { type: new AuthoredValue('stateType', 'final') } } },
      ]),
    ),
    onDone: last.transitions[0]!.target,
  };
  return {
    rule: 'parallel',
    item: item.id,
    args: { steps: names.join('、') },
    changes: [{ file, op: 'set', path: first.path, value: block }, ...steps.slice(1).map((s) => ({ file, op: 'delete' as const, path: s.path }))],
    anchor: { file, path: first.path },
  };
}

/** Reviews by different departments one after another with nothing passing between them → a parallel block. */
export const parallel: Rule<'parallel'> = {
  key: 'parallel',
  find(input) {
    const result: RuleResult<'parallel'> = { found: [], misses: [] };
    for (const item of input.items) {
      const p = item.procedure;
      const { runs, misses } = findStepRuns(p, (s) => REVIEWERS.has(s.actor), (region, run, b) => whyInSequence(p, region, run, b));
      result.found.push(...runs.map((steps) => toOpportunity(item, steps)));
      result.misses.push(...misses.map((m) => (input.bundle ? { ...m, item: item.id } : m)));
    }
    return result;
  },
};
