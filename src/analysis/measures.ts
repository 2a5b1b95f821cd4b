/**
 * The five measures (五减) of one procedure: items, materials, steps, time limits, fees and trips,
 * from its named paths, with the compliance findings a reform office must see.
 */
import type { Limit, Procedure, StepState } from '../model/types.js';
import { limitWorkdays } from '../model/normalize.js';
import { allSteps } from '../model/walk.js';
import { DEFAULT_CALENDAR, type WorkCalendar } from './calendar.js';
import { bestPath } from './exact.js';
import { findFindings } from './findings.js';
import { isPrepared, measurePath } from './measure-path.js';
import { approved, getNamedPaths, measureObjective } from './paths.js';
import type { Path, PathReport, ProcedureAnalysis, TimeRange } from './types.js';

/** Options of an analysis. */
export interface AnalyzeOptions {
  /** Date the application is made (YYYY-MM-DD), to report finish dates. */
  startDate?: string;
  /** The working-day calendar the dates are counted on (the official arrangements by default). */
  calendar?: WorkCalendar;
}

/** How distinct materials are counted, stated in every report. */
export const MATERIALS_METHOD =
  'exact per path: the set union of the materials of the steps on the path (materials are not additive, so no path optimisation is used); whole procedure: the union over every step, an upper bound for any one path';

/** Analyses one procedure; with a start date, each named path gets its finishing date on the calendar. */
export function analyzeProcedure(procedure: Procedure, options: AnalyzeOptions = {}): ProcedureAnalysis {
  const named = getNamedPaths(procedure);
  const report = (path: Path | undefined, scenario: keyof TimeRange): PathReport | undefined =>
    path && toReport(procedure, path, scenario, options);
  const standard = report(named.standard, 'mode');
  const fastest = report(named.fastest, 'min');
  const slowest = report(named.slowest, 'max');
  const mostTrips = report(named.mostTrips, 'mode');
  const steps = allSteps(procedure.process);
  const used = new Set(steps.flatMap((s) => s.materials));
  const materials = [...procedure.materials.values()];
  const prepared = materials.filter((m) => used.has(m.id) && isPrepared(m));
  const mostFees = bestPath(named.table, measureObjective(1, stepFees, 'sum'), approved);
  const itemFees = procedure.fees.reduce((sum, f) => sum + f.amount, 0);
  const analysis: ProcedureAnalysis = {
    file: procedure.file,
    id: procedure.id,
    name: procedure.name,
    version: { label: procedure.version.label, date: procedure.version.date },
    code: procedure.code,
    type: procedure.type,
    department: procedure.department,
    items: 1,
    instant: procedure.handling === '即办件' || procedure.limits.committed?.instant === true,
    handling: procedure.handling,
    online: procedure.online,
    limits: { statutory: limitFigure(procedure.limits.statutory), committed: limitFigure(procedure.limits.committed) },
    materials: {
      defined: materials.length,
      procedure: prepared.length,
      standardPath: standard?.materials.length ?? 0,
      copies: { procedure: prepared.reduce((sum, m) => sum + m.copies, 0), standardPath: standard?.copies ?? 0 },
      reform: {
        shared: materials.filter((m) => m.reform === 'shared').length,
        commitment: materials.filter((m) => m.reform === 'commitment').length,
        deferred: materials.filter((m) => m.reform === 'deferred').length,
        cancelled: materials.filter((m) => m.reform === 'cancelled').length,
      },
      method: MATERIALS_METHOD,
    },
    steps: { model: steps.length, standard: standard?.steps, fastest: fastest?.steps, slowest: slowest?.steps },
    time: { standard: standard?.timeFigure, fastest: fastest?.timeFigure, slowest: slowest?.timeFigure },
    fees: { standard: standard?.fees, max: mostFees ? mostFees.value + itemFees : undefined },
    trips: { standard: standard?.trips, worst: mostTrips?.trips },
    departments: [...new Set([...(procedure.department ? [procedure.department] : []), ...steps.flatMap((s) => (s.department ? [s.department] : []))])],
    paths: {
      approvalPaths: named.approvalPaths,
      standard,
      fastest,
      slowest,
      mostTrips,
      outcomes: named.outcomes.map((o) => ({ outcome: o.outcome, probability: o.probability, path: report(o.path, 'mode') })),
    },
    findings: [],
  };
  analysis.findings = findFindings(procedure, analysis, named.standard);
  return analysis;
}

function stepFees(step: StepState): number {
  return step.fees.reduce((sum, f) => sum + f.amount, 0);
}

function toReport(procedure: Procedure, path: Path, scenario: keyof TimeRange, options: AnalyzeOptions): PathReport {
  const m = measurePath(procedure, path);
  const elapsed = m.time[scenario];
  const figure = { elapsed, counted: m.counted[scenario], uncounted: m.uncounted[scenario] };
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  return { ...m, scenario, timeFigure: options.startDate ? { ...figure, finish: calendar.finishDate(options.startDate, elapsed) } : figure };
}

/** A limit with its working-day equivalent (calendar days count 5/7). */
export function limitFigure(limit: Limit | undefined) {
  return limit && { days: limit.days, unit: limit.unit, instant: limit.instant, workdays: limitWorkdays(limit) };
}
