/**
 * The five measures (五减) of one procedure: items, materials, steps, time limits, fees and trips,
 * from its named paths, with the compliance findings a reform office must see.
 */
import type { ParallelState, Procedure, StepState } from '../model/types.js';
import { allStates, allSteps } from '../model/walk.js';
import { stepRule, type CountingRuleId, type StepCounting } from '../vocabulary/index.js';
import { DEFAULT_CALENDAR, type WorkCalendar } from './calendar.js';
import { getDepartments } from './departments.js';
import { bestPath } from './exact.js';
import { findFindings } from './findings.js';
import { limitFigure } from './calendar-days.js';
import { checkLimits } from './compliance.js';
import { limitBound } from './counted-time.js';
import { feesOf, isPrepared, measurePath, namesOf, samePath, stepCountingOf, stepsOf } from './measure-path.js';
import type { Table } from '../machine/table.js';
import { approved, getNamedPaths, measureObjective } from './paths.js';
import type { ComplianceFigure, Path, PathMeasures, PathReport, ProcedureAnalysis, TimeRange } from './types.js';

/** Options of an analysis. */
export interface AnalyzeOptions {
  /** Date the application is made (YYYY-MM-DD), to report finish dates. */
  startDate?: string;
  /** The working-day calendar the dates are counted on (the official arrangements by default). */
  calendar?: WorkCalendar;
  /**
   * Date limits in calendar days are counted from when there is no start date: a bundle's items start
   * on its schedule, so they get no finish dates, but their limits count from the application date.
   */
  limitDate?: string;
  /** How parallel blocks count as 环节, overriding the files (the command line's --step-counting). */
  stepCounting?: StepCounting;
  /**
   * Where to read a file the model names, to locate a warning in it: a file as shown (relative to the
   * user's folder) → a path to read. The name itself when absent.
   */
  readPath?: (file: string) => string;
}

/** How distinct materials are counted, stated in every report. */
export const MATERIALS_METHOD =
  'exact per path: the set union of the materials of the steps on the path (materials are not additive, so no path optimisation is used); whole procedure: the union over every step, an upper bound for any one path';

/** Analyses one procedure; with a start date, each named path gets its finishing date on the calendar. */
export function analyzeProcedure(procedure: Procedure, options: AnalyzeOptions = {}): ProcedureAnalysis {
  const named = getNamedPaths(procedure);
  const countingOf = stepCountingOf(procedure, options.stepCounting);
  // The named paths often coincide (the standard path is usually the most probable way to approval,
  // the fastest, and often the one with the most trips): each distinct path is measured once, and
  // reported once for each time scenario it is named in. A handful of paths: found by comparing them,
  // not by a key written out for each.
  const measured: Array<{ path: Path; measures: PathMeasures; reports: Partial<Record<keyof TimeRange, PathReport>> }> = [];
  const report = (path: Path | undefined, scenario: keyof TimeRange): PathReport | undefined => {
    if (!path) return undefined;
    let known = measured.find((m) => samePath(m.path, path));
    if (!known) measured.push((known = { path, measures: measurePath(procedure, path, countingOf), reports: {} }));
    return (known.reports[scenario] ??= toReport(known.measures, scenario, options));
  };
  const standard = report(named.standard, 'mode');
  const fastest = report(named.fastest, 'min');
  const slowest = report(named.slowest, 'max');
  const mostTrips = report(named.mostTrips, 'mode');
  const steps = allSteps(procedure.process);
  const used = new Set(steps.flatMap((s) => s.materials));
  const materials = [...procedure.materials.values()];
  const prepared = materials.filter((m) => used.has(m.id) && isPrepared(m));
  const mostFees = bestPath(named.table, measureObjective(1, stepFees, 'sum'), approved);
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
    limits: getLimits(procedure, options.startDate ?? options.limitDate, options.calendar),
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
    steps: {
      model: steps.length,
      standard: standard?.steps,
      fastest: fastest?.steps,
      slowest: slowest?.steps,
      rule: getStepRule(procedure, options.stepCounting),
      ...(standard ? { standardCounts: standard.stepCounts } : {}),
    },
    time: { standard: standard?.timeFigure, fastest: fastest?.timeFigure, slowest: slowest?.timeFigure },
    // The path with the most fees is found on sums of doubles; its fees are then added exactly.
    fees: { standard: standard?.fees, max: mostFees ? feesOf(procedure, stepsOf(mostFees.path)) : undefined },
    trips: { standard: standard?.trips, worst: mostTrips?.trips },
    departments: getDepartments(procedure),
    paths: {
      approvalPaths: named.approvalPaths,
      standard,
      fastest,
      slowest,
      mostTrips,
      outcomes: named.outcomes.map((o) => ({ outcome: o.outcome, probability: o.probability, path: report(o.path, 'mode') })),
    },
    compliance: [],
    findings: [],
  };
  analysis.compliance = getCompliance(named.table, analysis.limits);
  analysis.findings = findFindings(procedure, analysis, named.standard);
  return analysis;
}

/** The rule the procedure's 环节 are counted by: one for every block, or as each block declares when they differ. */
export function getStepRule(procedure: Procedure, override?: StepCounting): CountingRuleId {
  const countingOf = stepCountingOf(procedure, override);
  const blocks = allStates(procedure.process).filter((s): s is ParallelState => s.type === 'parallel');
  const rules = new Set(blocks.map(countingOf));
  if (rules.size > 1) return 'steps-declared';
  return stepRule(rules.values().next().value ?? override ?? procedure.stepCounting ?? 'stage');
}

function stepFees(step: StepState): number {
  return step.fees.reduce((sum, f) => sum + f.amount, 0);
}

/** The report of a path measured as `m`, its time figure taken in `scenario`, with a finish date when there is a start date. */
function toReport(m: PathMeasures, scenario: keyof TimeRange, options: AnalyzeOptions): PathReport {
  const elapsed = m.time[scenario];
  const figure = { elapsed, counted: m.counted[scenario], uncounted: m.uncounted[scenario] };
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const timeFigure = options.startDate ? { ...figure, finish: calendar.finishDate(options.startDate, elapsed) } : figure;
  // Written out rather than spread from `m` (a third of the time of a catalogue file's reports), in its order.
  const { steps, stepCounts, stepNames, materials, copies, trips, fees, departments, time, counted, uncounted, probability, outcome } = m;
  return { steps, stepCounts, stepNames, materials, copies, trips, fees, departments, time, counted, uncounted, probability, outcome, scenario, timeFigure };
}

/**
 * A procedure's limits with their working days; one in calendar days is counted on the calendar from
 * the application date, else the version date; with neither, a limit in calendar days has no working
 * days (the loader warns: calendar-day-without-date).
 */
export function getLimits(procedure: Procedure, startDate?: string, calendar: WorkCalendar = DEFAULT_CALENDAR): ProcedureAnalysis['limits'] {
  const from = startDate ?? procedure.version.date;
  return { statutory: limitFigure(procedure.limits.statutory, from, calendar), committed: limitFigure(procedure.limits.committed, from, calendar) };
}

/** Each limit the procedure has, checked over every path of its table (one pass for both). */
function getCompliance(table: Table, limits: ProcedureAnalysis['limits']): ComplianceFigure[] {
  // A limit in calendar days with no date to count from has no working days to check against.
  const checked = (['committed', 'statutory'] as const).flatMap((name) => {
    const limit = limits[name];
    return limit && limit.workdays !== undefined ? [{ name, limit, workdays: limit.workdays }] : [];
  });
  // 即办 means within the same working day: up to one working day of counted time is not late.
  const bounds = checked.map(({ limit, workdays }) => limitBound({ instant: limit.instant, workdays }));
  const results = checked.length > 0 ? checkLimits(table, bounds) : [];
  // The worst path does not depend on the limit: both limits name it with the same list.
  const worstSteps = results.length > 0 ? namesOf(results[0]!.worst.path) : [];
  return checked.map(({ name, limit }, k) => {
    const c = results[k]!;
    const rules: CountingRuleId[] = limit.instant ? ['counted-timeline', 'instant-same-day'] : ['counted-timeline'];
    return { limit: name, bound: bounds[k]!, days: limit.days, unit: limit.unit, ...(limit.from ? { from: limit.from } : {}), worst: { counted: c.worst.counted, probability: c.worst.probability, steps: worstSteps }, breach: c.breach, exact: c.exact, rules };
  });
}
