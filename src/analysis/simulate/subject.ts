/**
 * What a summary needs to know of what was simulated — a procedure, or a bundle of items — beside the
 * samples: how to name it, the limits whose exceedance counts, the steps in sample order and the
 * outcomes the cases can reach.
 */
import type { ResolvedItem } from '../../model/resolve-bundle.js';
import type { Bundle, Outcome, Procedure, Version } from '../../model/types.js';
import { allSteps } from '../../model/walk.js';
import { analyzeBundle } from '../bundle.js';
import type { BundleLimit } from '../bundle-limits.js';
import type { WorkCalendar } from '../calendar.js';
import { getLimits } from '../measures.js';
import type { LimitFigure as AnalysisLimit } from '../types.js';
import type { LimitFigure, SimulationSubject, SummaryInput } from './types.js';

/** The summary input of a procedure: its own limits, its steps (allSteps order) and its final outcomes. */
export function getProcedureInput(procedure: Procedure, startDate?: string, calendar?: WorkCalendar): SummaryInput {
  return {
    subject: toSubject('procedure', procedure.file, procedure.id, procedure.name, procedure.version),
    limits: countedLimits(getLimits(procedure, startDate, calendar)),
    steps: allSteps(procedure.process).map((step) => ({ key: step.key, name: step.name })),
    outcomes: getReachableOutcomes(procedure),
  };
}

/**
 * The summary input of a bundle. Limits are analyzeBundle's (the figures the comparison shows: the
 * bundle's own, else the critical path of its items' limits, none when an item has no such limit); steps are every item's in item order, keyed
 * `item/step` and named with the item's name; outcomes are those a case of the bundle can end in
 * (see bundle-engine.ts: approved when every item can be approved, and any other outcome an item reaches).
 */
export function getBundleInput(bundle: Bundle, items: readonly ResolvedItem[], dating: { startDate?: string; calendar?: WorkCalendar } = {}): SummaryInput {
  const { committed, statutory } = analyzeBundle(bundle, items, { limitDate: dating.startDate, calendar: dating.calendar }).limits;
  const itemOutcomes = items.map((item) => getReachableOutcomes(item.procedure));
  const outcomes = new Set<Outcome>(itemOutcomes.flatMap((set) => [...set].filter((o) => o !== 'approved')));
  if (itemOutcomes.every((set) => set.has('approved'))) outcomes.add('approved');
  return {
    subject: toSubject('bundle', bundle.file, bundle.id, bundle.name, bundle.version),
    limits: { statutory: bundleLimitFigure(statutory), committed: bundleLimitFigure(committed) },
    steps: items.flatMap((item) =>
      allSteps(item.procedure.process).map((step) => ({ key: `${item.id}/${step.key}`, name: `${item.procedure.name}：${step.name}` })),
    ),
    outcomes,
  };
}

/** The outcomes of a procedure's top-level final states (an end with no outcome is approved, as outcomeIndex reads it). */
export function getReachableOutcomes(procedure: Procedure): Set<Outcome> {
  return new Set([...procedure.process.states.values()].flatMap((s) => (s.type === 'final' ? [s.outcome ?? 'approved'] : [])));
}

function toSubject(kind: SimulationSubject['kind'], file: string, id: string, name: string, version: Version | undefined): SimulationSubject {
  return { kind, file, id, name, version: { label: version?.label ?? '', ...(version?.date ? { date: version.date } : {}) } };
}

/** A bundle's limit: as the bundle declares it, else the critical path's total in working days; none when unknown. */
function bundleLimitFigure(limit: BundleLimit): LimitFigure | undefined {
  if (limit.declared) return counted(limit.declared);
  if (limit.total === undefined) return undefined;
  return { days: limit.total, unit: 'workday', instant: limit.total === 0, workdays: limit.total };
}

/** The limit when it has working days to check cases against (a calendar-day limit with no date has none). */
function counted(limit: AnalysisLimit | undefined): LimitFigure | undefined {
  return limit?.workdays === undefined ? undefined : { ...limit, workdays: limit.workdays };
}

/** The limits that have working days to check cases against. */
function countedLimits(limits: { statutory?: AnalysisLimit; committed?: AnalysisLimit }): { statutory?: LimitFigure; committed?: LimitFigure } {
  const statutory = counted(limits.statutory);
  const committed = counted(limits.committed);
  return { ...(statutory ? { statutory } : {}), ...(committed ? { committed } : {}) };
}
